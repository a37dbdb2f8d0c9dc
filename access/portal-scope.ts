import type { PayloadRequest } from 'payload'

import { runStatement, statement } from '@/db/client'

import { isPortalUser, personOf } from './portal'

/** Who an object's published contacts are for (F-31). */
export const audiences = ['tenants', 'owners', 'providers'] as const
export type Audience = (typeof audiences)[number]

/** The service-provider function (catalogue code 60): a person holding it for an object is a provider there. */
export const providerFunctionCode = 60

export type PortalScope = {
  personId: number
  /** Every tenancy the person holds or held (their own contract data, rule 3). */
  tenancyIds: number[]
  /** The units of those tenancies. */
  unitIds: number[]
  /** The objects the person is related to today, with the audiences they belong to there. */
  objects: Map<number, Set<Audience>>
}

/**
 * "Today" as a stored calendar date (12:00 UTC, see lib/dates.ts) in the company's time zone
 * from the settings, computed by Postgres in the same statement: no clock or cache in between.
 */
export const todayStamp =
  "((now() at time zone coalesce((select time_zone::text from settings limit 1), 'Europe/Vienna'))::date + time '12:00') at time zone 'UTC'"

// Per request, never longer: a revocation applies to the very next request (F-80). Keyed by the
// request's `context`, which Payload shares with the copies of `req` it makes while validating
// a query (so one request computes a scope once).
type RequestKey = object
const scopes = new WeakMap<RequestKey, Map<number, Promise<PortalScope>>>()
const documents = new WeakMap<RequestKey, Map<number, Promise<number[]>>>()

function memo<T>(
  store: WeakMap<RequestKey, Map<number, Promise<T>>>,
  req: PayloadRequest,
  key: number,
  load: () => Promise<T>,
) {
  const requestKey: RequestKey = req.context ?? req
  let perRequest = store.get(requestKey)
  if (!perRequest) store.set(requestKey, (perRequest = new Map()))
  let value = perRequest.get(key)
  if (!value) perRequest.set(key, (value = load()))
  return value
}

const scopeStatement = statement(
  'portal-scope',
  `
      with today as (select ${todayStamp} as day),
      held as (
        select t.id as tenancy_id, t.unit_id, u.object_id, t.kind::text as kind,
          (t.move_in is null or t.move_in <= today.day) and (t.move_out is null or t.move_out >= today.day) as active
        from tenancies_rels h
        join tenancies t on t.id = h.parent_id
        join units u on u.id = t.unit_id
        cross join today
        where h.path = 'holders' and h.persons_id = $1 and t.kind in ('tenant', 'owner')
      ),
      served as (
        select coalesce(f.object_id, u.object_id) as object_id
        from functions f
        join function_types ft on ft.id = f.function_type_id
        left join units u on u.id = f.unit_id
        cross join today
        where f.person_id = $1 and ft.code = ${providerFunctionCode}
          and f."from" <= today.day and (f.until is null or f.until >= today.day)
      )
      select tenancy_id, unit_id, object_id, case when not active then null when kind = 'tenant' then 'tenants' else 'owners' end as audience from held
      union all
      select null, null, object_id, 'providers' from served where object_id is not null`,
)

/**
 * The tenancies, units and objects of a person, read by the system in one statement: access
 * rules are built from it, so it cannot itself be access-checked.
 */
export function scopeOf(req: PayloadRequest, personId: number): Promise<PortalScope> {
  return memo(scopes, req, personId, async () => {
    const rows = await runStatement(req, scopeStatement, [personId])
    const scope: PortalScope = { personId, tenancyIds: [], unitIds: [], objects: new Map() }
    for (const row of rows) {
      if (row.tenancy_id !== null) scope.tenancyIds.push(Number(row.tenancy_id))
      if (row.unit_id !== null) scope.unitIds.push(Number(row.unit_id))
      if (row.audience !== null) {
        const objectId = Number(row.object_id)
        const set = scope.objects.get(objectId) ?? new Set<Audience>()
        set.add(row.audience as Audience)
        scope.objects.set(objectId, set)
      }
    }
    scope.unitIds = [...new Set(scope.unitIds)]
    return scope
  })
}

/** The scope of the signed-in portal user, or null for anyone else. */
export async function portalScope(req: PayloadRequest): Promise<PortalScope | null> {
  return isPortalUser(req.user) ? scopeOf(req, personOf(req.user)) : null
}

/**
 * A release `r` in force today (rule 1, F-80): inside its window, and its tenancy (joined as `t`)
 * not ended. Both ends are included. Needs `today` (see `todayStamp`) in the statement.
 */
export const releaseInForce = `(r.valid_from is null or r.valid_from <= today.day)
        and (r.valid_until is null or r.valid_until >= today.day)
        and (r.tenancy_id is null or t.move_out is null or t.move_out >= today.day)`

const visibleDocumentsStatement = statement(
  'visible-documents',
  `
      with today as (select ${todayStamp} as day)
      select r.document_id as id
      from document_releases r
      cross join today
      left join tenancies t on t.id = r.tenancy_id
      where r.person_id = $1 and ${releaseInForce}`,
)

/**
 * The documents a person may see today, in one indexed statement (rule 1, F-80): released to
 * the person, inside the release's window, and — when the release is bound to a tenancy — while
 * that tenancy has not ended (a move-out ends it at once, nothing is cached). The release path uses the index on (person, document); no scan of all documents.
 */
export function visibleDocumentIdsOf(req: PayloadRequest, personId: number): Promise<number[]> {
  return memo(documents, req, personId, async () => {
    const rows = await runStatement(req, visibleDocumentsStatement, [personId])
    return rows.map((row) => Number(row.id))
  })
}
