import type { Payload } from 'payload'

import { personOf, type PortalUser } from '@/access/portal'
import { idOf } from '@/fields/relationship'
import { personNaturalName } from '@/lib/person-name'

import { functionRoles } from './functions.server'
import { asUser as readAs, oncePerRequest } from './request.server'
import { today } from '@/globals/settings-reader'

export type RoleKind = 'tenant' | 'owner'

/** A tenancy or ownership as the navigation needs it: which kind, and whether it holds today. */
export type RoleBasics = {
  tenancyId: number
  kind: RoleKind
  active: boolean
  unitId: number
  moveIn: string | null
  moveOut: string | null
}

export type PortalRole = RoleBasics & {
  objectId: number | null
  unitNumber: string
  objectName: string
}

/**
 * The person's name, every tenancy and ownership they hold or held (without the unit's and
 * object's names), their functions and allocation offices: what the navigation of every page
 * needs. Read as the user, once per request.
 */
export function personBasics(payload: Payload, user: PortalUser) {
  return oncePerRequest(user, 'personBasics', () => readPersonBasics(payload, user))
}

async function readPersonBasics(payload: Payload, user: PortalUser) {
  const asUser = { ...readAs(user), depth: 0 } as const
  const [person, tenancies, other] = await Promise.all([
    payload.findByID({
      collection: 'persons',
      id: personOf(user),
      ...asUser,
      select: { kind: true, title: true, firstName: true, lastName: true, companyName: true },
    }),
    payload.find({
      collection: 'tenancies',
      ...asUser,
      pagination: false,
      sort: '-moveIn',
      where: { kind: { in: ['tenant', 'owner'] } },
      select: { kind: true, unit: true, moveIn: true, moveOut: true, holders: true },
    }),
    functionRoles(payload, user),
  ])
  const day = await today(payload)
  const roles: RoleBasics[] = tenancies.docs
    // An allocation office also reads its units' terminated tenancies, without their holders.
    .filter((tenancy) => tenancy.holders?.some((holder) => idOf(holder) === personOf(user)))
    .map((tenancy) => {
      const moveIn = tenancy.moveIn?.slice(0, 10) ?? null
      const moveOut = tenancy.moveOut?.slice(0, 10) ?? null
      return {
        tenancyId: tenancy.id,
        kind: tenancy.kind === 'owner' ? 'owner' : 'tenant',
        active: (!moveIn || moveIn <= day) && (!moveOut || moveOut >= day),
        unitId: idOf(tenancy.unit) as number,
        moveIn,
        moveOut,
      }
    })
  // Functions and allocation offices are roles too (F-82): their own block on the dashboard.
  return { name: personNaturalName(person) || user.email, roles, functions: other.functions, offices: other.offices }
}

/**
 * Who the person is in the portal (F-82): their name and every tenancy and ownership they hold or
 * held, each with its unit and object — read as the user, so only what access/ lets them see.
 * Read once per request.
 */
export function personRoles(payload: Payload, user: PortalUser) {
  return oncePerRequest(user, 'personRoles', () => readPersonRoles(payload, user))
}

async function readPersonRoles(payload: Payload, user: PortalUser) {
  const asUser = { ...readAs(user), depth: 0 } as const
  const basics = await personBasics(payload, user)
  const unitIds = [...new Set(basics.roles.map((role) => role.unitId).filter((id) => typeof id === 'number'))]
  const units = unitIds.length
    ? await payload.find({
        collection: 'units',
        ...asUser,
        pagination: false,
        where: { id: { in: unitIds } },
        select: { unitNumber: true, topNumber: true, object: true },
      })
    : { docs: [] }
  const objectIds = [...new Set(units.docs.map((unit) => idOf(unit.object)).filter((id) => typeof id === 'number'))]
  const objects = objectIds.length
    ? await payload.find({
        collection: 'objects',
        ...asUser,
        pagination: false,
        where: { id: { in: objectIds } },
        select: { name: true },
      })
    : { docs: [] }
  const unitById = new Map(units.docs.map((unit) => [unit.id, unit]))
  const objectName = new Map(objects.docs.map((object) => [object.id, object.name ?? '']))
  const roles: PortalRole[] = basics.roles.map((role) => {
    const unit = unitById.get(role.unitId)
    return {
      ...role,
      objectId: (idOf(unit?.object) as number | undefined) ?? null,
      unitNumber: unit?.topNumber ?? unit?.unitNumber ?? '',
      objectName: objectName.get(idOf(unit?.object) as number) ?? '',
    }
  })
  return { ...basics, roles }
}

/** F-82: which of the person's roles a page shows — all of them, or one role's scope. */
export type RoleScope = 'all' | RoleKind

/** The roles that belong to the chosen scope (the role switch, F-82). */
export const rolesIn = <Role extends RoleBasics>(roles: Role[], scope: RoleScope) =>
  roles.filter((role) => scope === 'all' || role.kind === scope)
