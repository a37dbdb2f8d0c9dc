import type { ImportDb } from '../db'

/**
 * A unit the accounting system marks vacant (`vacantSince`) gets a vacancy tenancy from that day
 * (SPEC F-12), so staff only add reason and comment. It is created once (its key names unit and
 * day), and only while no tenancy of the unit's tenant timeline still runs on that day: when the
 * tenant's move-out arrives with the tenancies file, the vacancy follows in the same run.
 * Returns how many were created, and how many marked units still wait for a move-out.
 */
export async function createMarkedVacancies(
  db: ImportDb,
  unitIds: string,
): Promise<{ created: number; waiting: number }> {
  const created = await db.query(`
    insert into tenancies (unit_id, kind, move_in, source, external_key)
    select u.id, 'vacancy', u.vacant_since, 'accounting',
           'hauswerk:vacancy:' || u.external_key || ':' || to_char(u.vacant_since at time zone 'UTC', 'YYYY-MM-DD')
    from units u
    where u.id in (${unitIds}) and u.vacant_since is not null
      and not exists (
        select 1 from tenancies t
        where t.unit_id = u.id and t.kind in ('tenant', 'vacancy')
          and coalesce(t.move_out, 'infinity') >= u.vacant_since)
    on conflict (external_key) do nothing`)
  const waiting = await db.query<{ count: string }>(`
    select count(*) as count from units u
    where u.id in (${unitIds}) and u.vacant_since is not null
      and not exists (select 1 from tenancies v where v.unit_id = u.id and v.kind = 'vacancy'
                      and v.move_in <= u.vacant_since and coalesce(v.move_out, 'infinity') >= u.vacant_since)`)
  return { created: created.rowCount ?? 0, waiting: Number(waiting.rows[0].count) }
}

/**
 * Letting a unit ends its vacancy: an open vacancy the import created ends the day before the
 * first tenant tenancy that starts after it. Vacancies entered by staff are left to them (an
 * overlap with one is reported).
 */
export async function endVacanciesOnLetting(db: ImportDb): Promise<number> {
  const ended = await db.query(`
    update tenancies v set move_out = next.move_in - interval '1 day', updated_at = now()
    from (
      select v2.id, min(t.move_in) as move_in
      from tenancies v2
      join tenancies t on t.unit_id = v2.unit_id and t.kind = 'tenant' and t.move_in > v2.move_in
      join stage s on s.key = t.external_key
      where v2.kind = 'vacancy' and v2.move_out is null and v2.external_key like 'hauswerk:vacancy:%'
      group by v2.id) next
    where v.id = next.id`)
  return ended.rowCount ?? 0
}
