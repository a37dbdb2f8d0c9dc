import type pg from 'pg'

/**
 * The tenant the portal benches measure (documents, portal), and the hand-written SQL of their
 * released documents. The tenant lives in the dataset's first object, which every size generates
 * alike, so both sizes measure the same person with the same documents.
 */
export const firstObject = 'O00001'

/** Noon of today in Vienna, as the application stores days. */
export const todaySql = `((now() at time zone 'Europe/Vienna')::date + time '12:00') at time zone 'UTC'`
/** A release `r` (with its tenancy `t`) that is valid today (`today.day`). */
export const releasedTodaySql = `(r.valid_from is null or r.valid_from <= today.day) and (r.valid_until is null or r.valid_until >= today.day)
      and (r.tenancy_id is null or t.move_out is null or t.move_out >= today.day)`

export type BenchTenant = { id: number; externalKey: string; visible: number; releases: number }

/** The current tenant of the first object with the most documents visible today (ties: the smaller key). */
export async function chooseTenant(client: pg.ClientBase): Promise<BenchTenant> {
  const { rows } = await client.query(
    `with today as (select ${todaySql} as day),
    current_tenants as (
      select distinct h.persons_id as person
      from tenancies_rels h join tenancies c on c.id = h.parent_id join units u on u.id = c.unit_id
      join objects o on o.id = u.object_id cross join today
      where o.external_key = $1 and h.path = 'holders' and c.kind = 'tenant'
        and c.move_in <= today.day and (c.move_out is null or c.move_out >= today.day))
    select p.id, p.external_key, count(r.id) filter (where ${releasedTodaySql}) as visible, count(r.id) as releases
    from current_tenants ct join persons p on p.id = ct.person cross join today
    left join document_releases r on r.person_id = p.id
    left join tenancies t on t.id = r.tenancy_id
    group by p.id, p.external_key
    order by visible desc, p.external_key
    limit 1`,
    [firstObject],
  )
  if (!rows[0]) throw new Error(`no current tenant in ${firstObject}`)
  return {
    id: Number(rows[0].id),
    externalKey: rows[0].external_key as string,
    visible: Number(rows[0].visible),
    releases: Number(rows[0].releases),
  }
}

/**
 * A person's documents page by hand ($1 the person): released to them today
 * (window, tenancy), newest first, 20, with the total.
 */
export const documentsPageSql = `
  with today as (select ${todaySql} as day),
  visible as (
    select r.document_id as id from document_releases r cross join today left join tenancies t on t.id = r.tenancy_id
    where r.person_id = $1 and ${releasedTodaySql}
  )
  select d.id, d.title, d.category, d.year, d.filename, d.mime_type, d.filesize, d.url, d.file_version, d.created_at,
    count(*) over () as total
  from documents d where d.id in (select id from visible)
  order by d.created_at desc, d.id desc limit 20`
