import type { PayloadRequest } from 'payload'

import { runStatement, statement } from '@/db/client'

import { idIn } from './documents'
import { personOf, type PortalRule, type PortalUser } from './portal'
import { scopeOf, todayStamp } from './portal-scope'

/**
 * The rows a portal user reads because of a role other than tenant or owner (F-56, F-57, F-82):
 * as the contact of an allocation office (the office's `portalUser` is their person's sign-in, so
 * staff's "see as" of that person shows the office too) and as a function holder.
 * Read by the system in one statement, like `scopeOf`, because access rules are built from it.
 */
export type RoleRows = {
  /** The allocation offices whose portal user they are. */
  offices: number[]
  /** The units those offices allocate (the unit's allocation right). */
  allocatedUnits: number[]
  /** The objects and holding types of those units. */
  allocatedObjects: number[]
  holdingTypes: number[]
  /**
   * Of those units, the vacancies active today and the terminations still pending (the tenancy
   * not ended, the termination not yet effective): what the office has to allocate (F-57).
   */
  allocatedTenancies: number[]
  vacancyReasons: number[]
  /** The functions they hold today, their types, and the units they hold them for. */
  functions: number[]
  functionTypes: number[]
  servedUnits: number[]
}

const roleRowsStatement = statement(
  'portal-role-rows',
  `
      with today as (select ${todayStamp} as day),
      offices as (
        select id from allocation_offices
        where portal_user_id in (select id from portal_users where person_id = $1)
      ),
      allocated_units as (
        select u.id, u.object_id, u.holding_type_id from units u
        where u.allocation_office_id in (select id from offices)
      ),
      allocated_tenancies as (
        select t.id, t.vacancy_reason_id
        from tenancies t
        join allocated_units au on au.id = t.unit_id
        cross join today
        where (t.move_out is null or t.move_out >= today.day)
          and (
            (t.kind = 'vacancy' and (t.move_in is null or t.move_in <= today.day))
            or (t.kind <> 'vacancy'
              and (t.termination_notice_given_on is not null or t.termination_effective_on is not null)
              and (t.termination_effective_on is null or t.termination_effective_on >= today.day))
          )
      ),
      held as (
        select f.id, f.function_type_id, f.unit_id
        from functions f
        cross join today
        where f.person_id = $1 and f."from" <= today.day and (f.until is null or f.until >= today.day)
      )
      select 'offices' as kind, id from offices
      union all select 'allocatedUnits', id from allocated_units
      union all select 'allocatedObjects', object_id from allocated_units
      union all select 'holdingTypes', holding_type_id from allocated_units where holding_type_id is not null
      union all select 'allocatedTenancies', id from allocated_tenancies
      union all select 'vacancyReasons', vacancy_reason_id from allocated_tenancies where vacancy_reason_id is not null
      union all select 'functions', id from held
      union all select 'functionTypes', function_type_id from held
      union all select 'servedUnits', unit_id from held where unit_id is not null`,
)

// Per request, as the portal scope (a change applies to the very next request).
const memo = new WeakMap<object, Map<number, Promise<RoleRows>>>()

export function roleRowsOf(req: PayloadRequest, user: PortalUser): Promise<RoleRows> {
  const key: object = req.context ?? req
  let perRequest = memo.get(key)
  if (!perRequest) memo.set(key, (perRequest = new Map()))
  const person = personOf(user)
  let rows = perRequest.get(person)
  if (!rows) {
    rows = runStatement(req, roleRowsStatement, [person]).then((result) => {
      const sets = new Map<keyof RoleRows, Set<number>>()
      for (const row of result) {
        const kind = row.kind as keyof RoleRows
        if (!sets.has(kind)) sets.set(kind, new Set())
        sets.get(kind)!.add(Number(row.id))
      }
      const ids = (kind: keyof RoleRows) => [...(sets.get(kind) ?? [])]
      return {
        offices: ids('offices'),
        allocatedUnits: ids('allocatedUnits'),
        allocatedObjects: ids('allocatedObjects'),
        holdingTypes: ids('holdingTypes'),
        allocatedTenancies: ids('allocatedTenancies'),
        vacancyReasons: ids('vacancyReasons'),
        functions: ids('functions'),
        functionTypes: ids('functionTypes'),
        servedUnits: ids('servedUnits'),
      }
    })
    perRequest.set(person, rows)
  }
  return rows
}

const without = (ids: number[], own: number[]) => ids.filter((id) => !own.includes(id))

/** The offices whose portal user they are. */
export const ownOffices: PortalRule = async ({ req }, user) => idIn((await roleRowsOf(req, user)).offices)

/** The functions they hold today (a former tenant's ended function is not theirs to see any more). */
export const heldFunctions: PortalRule = async ({ req }, user) => idIn((await roleRowsOf(req, user)).functions)

/** The types of those functions. */
export const heldFunctionTypes: PortalRule = async ({ req }, user) => idIn((await roleRowsOf(req, user)).functionTypes)

/** The holding types of the units their office allocates. */
export const allocatedHoldingTypes: PortalRule = async ({ req }, user) =>
  idIn((await roleRowsOf(req, user)).holdingTypes)

/** The reasons of the vacancies their office allocates. */
export const allocatedVacancyReasons: PortalRule = async ({ req }, user) =>
  idIn((await roleRowsOf(req, user)).vacancyReasons)

/**
 * Row lists of the narrower views (see `PortalView.narrower`): each leaves out the user's own
 * rows, which keep their full view.
 */
export type RowIds = (req: PayloadRequest, user: PortalUser) => Promise<number[]>

export const allocatedUnitsNotOwn: RowIds = async (req, user) =>
  without((await roleRowsOf(req, user)).allocatedUnits, (await scopeOf(req, personOf(user))).unitIds)

export const servedUnitsNotOwn: RowIds = async (req, user) =>
  without((await roleRowsOf(req, user)).servedUnits, (await scopeOf(req, personOf(user))).unitIds)

export const allocatedTenanciesNotOwn: RowIds = async (req, user) =>
  without((await roleRowsOf(req, user)).allocatedTenancies, (await scopeOf(req, personOf(user))).tenancyIds)

export const allocatedObjectsNotRelated: RowIds = async (req, user) =>
  without((await roleRowsOf(req, user)).allocatedObjects, [...(await scopeOf(req, personOf(user))).objects.keys()])
