import { createLocalReq, type Payload } from 'payload'

import { personOf, type PortalUser } from '@/access/portal'
import { todayStamp } from '@/access/portal-scope'
import { addMonths } from '@/lib/dates'
import { runStatement, statement } from '@/db/client'

import { personRoles, type RoleScope } from './roles.server'
import { today } from '@/globals/settings-reader'

/** The units the person owns today (active owner tenancies), from the same (hidden-from-them) join as the scope. */
const ownedUnits = `
      owned as (
        select distinct o.unit_id, o.move_in as since
        from tenancies o
        join tenancies_rels h on h.parent_id = o.id and h.path = 'holders' and h.persons_id = $1
        cross join today
        where o.kind = 'owner'
          and (o.move_in is null or o.move_in <= today.day) and (o.move_out is null or o.move_out >= today.day)
      )`

const monthsStatement = statement(
  'owner-overview-months',
  `
      with today as (select ${todayStamp} as day), ${ownedUnits},
      booked as (
        select p.id, p.kind, p.amount, p.reverses_id, to_char(p.date at time zone 'UTC', 'YYYY-MM') as month
        from postings p
        join tenancies t on t.id = p.tenancy_id and t.kind = 'tenant'
        join owned on owned.unit_id = t.unit_id
        cross join today
        where (owned.since is null or p.date >= owned.since) and p.date <= today.day
      ),
      hidden as (
        select id from booked where kind = 'reversal'
        union select reverses_id from booked where kind = 'reversal' and reverses_id is not null
      )
      select case when month < $2 then 'before' else month end as month,
        coalesce(sum(round(amount * 100)) filter (where kind = 'charge'), 0)::bigint::text as target_cents,
        coalesce(sum(round(amount * 100)) filter (where kind = 'payment'), 0)::bigint::text as actual_cents
      from booked
      where id not in (select id from hidden where id is not null)
      group by 1`,
)

const lettingsStatement = statement(
  'owner-overview-lettings',
  `
      with today as (select ${todayStamp} as day), ${ownedUnits}
      select t.unit_id, t.kind::text as kind, to_char(t.move_in at time zone 'UTC', 'YYYY-MM-DD') as move_in
      from tenancies t
      join owned on owned.unit_id = t.unit_id
      cross join today
      where (t.kind = 'vacancy'
          and (t.move_in is null or t.move_in <= today.day) and (t.move_out is null or t.move_out >= today.day))
        or (t.kind = 'tenant' and t.move_in >= $2::date and t.move_in <= today.day)`,
)

export type OwnerMonth = { month: string; targetCents: number; actualCents: number; arrearsCents: number }

export type OwnerOverview = {
  objects: Array<{ id: number; name: string; units: Array<{ id: number; unitNumber: string; vacant: boolean }> }>
  months: OwnerMonth[]
  /** Arrears carried into the first month (from the start of their ownership). */
  openingArrearsCents: number
  vacantUnits: Array<{ unitNumber: string; objectName: string }>
  newLettings: Array<{ unitNumber: string; objectName: string; moveIn: string }>
}

/**
 * The owner overview (F-55, ADR 0052), or null for a person who owns nothing today (or when the
 * role switch shows the tenant scope). The units and objects are read as the user. Target,
 * actual, vacancies and new lettings come from the tenancies of their units, which they may not
 * read row by row (the tenants' data, rule 3): a system read in SQL, narrowly scoped to the units
 * the person owns today (re-derived in the statement from their ownerships, not taken from the
 * caller) and returning only sums per month, unit numbers and dates — no tenant, no posting.
 */
export async function ownerOverview(
  payload: Payload,
  user: PortalUser,
  scope: RoleScope = 'all',
): Promise<OwnerOverview | null> {
  if (scope === 'tenant') return null
  const owned = (await personRoles(payload, user)).roles.filter((role) => role.kind === 'owner' && role.active)
  if (owned.length === 0) return null
  const thisMonth = `${(await today(payload)).slice(0, 7)}-01`
  const firstMonth = addMonths(thisMonth, -11)
  const req = await createLocalReq({ user }, payload)
  const person = personOf(user)
  const [sums, lettings] = await Promise.all([
    runStatement(req, monthsStatement, [person, firstMonth.slice(0, 7)]),
    runStatement(req, lettingsStatement, [person, firstMonth]),
  ])
  const byMonth = new Map(sums.map((row) => [String(row.month), row]))
  const opening = byMonth.get('before')
  let arrears = opening ? Number(opening.target_cents) - Number(opening.actual_cents) : 0
  const openingArrearsCents = arrears
  const months: OwnerMonth[] = []
  for (let month = firstMonth; month <= thisMonth; month = addMonths(month, 1)) {
    const row = byMonth.get(month.slice(0, 7))
    const targetCents = row ? Number(row.target_cents) : 0
    const actualCents = row ? Number(row.actual_cents) : 0
    arrears += targetCents - actualCents
    months.push({ month: month.slice(0, 7), targetCents, actualCents, arrearsCents: arrears })
  }
  const unitOf = new Map(owned.map((role) => [role.unitId, role]))
  const vacant = new Set(lettings.filter((row) => row.kind === 'vacancy').map((row) => Number(row.unit_id)))
  const objects = new Map<number, OwnerOverview['objects'][number]>()
  for (const role of [...owned].sort((a, b) => a.unitNumber.localeCompare(b.unitNumber, 'de'))) {
    const key = role.objectId ?? 0
    const object = objects.get(key) ?? { id: key, name: role.objectName, units: [] }
    if (!object.units.some((unit) => unit.id === role.unitId))
      object.units.push({ id: role.unitId, unitNumber: role.unitNumber, vacant: vacant.has(role.unitId) })
    objects.set(key, object)
  }
  const named = (unitId: number) => ({
    unitNumber: unitOf.get(unitId)?.unitNumber ?? '',
    objectName: unitOf.get(unitId)?.objectName ?? '',
  })
  return {
    objects: [...objects.values()],
    months,
    openingArrearsCents,
    vacantUnits: [...vacant].map(named),
    newLettings: lettings
      .filter((row) => row.kind === 'tenant')
      .map((row) => ({ ...named(Number(row.unit_id)), moveIn: String(row.move_in) }))
      .sort((a, b) => a.moveIn.localeCompare(b.moveIn)),
  }
}
