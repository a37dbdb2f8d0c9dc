import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { type PermissionCode, readPermissionCodes } from '@/constants/permissions'
import type { Role } from '@/payload-types'

import { isStaff, type StaffUser } from './staff'

const none: ReadonlySet<number> = new Set()
// Keyed by the user object, which Payload loads afresh for every request: role changes apply
// to the next request, and one request asks the database once.
const cache = new WeakMap<StaffUser, Promise<ReadonlySet<number>>>()

/** Codes a role grants: a read-only role grants only its read codes, so an auditor can never change anything. */
function grantedBy(role: Pick<Role, 'permissions' | 'readOnly'>): PermissionCode[] {
  const codes = (role.permissions ?? []).map((raw) => Number(raw) as PermissionCode)
  return role.readOnly ? codes.filter((code) => readPermissionCodes.has(code)) : codes
}

async function load(req: PayloadRequest, user: StaffUser): Promise<ReadonlySet<number>> {
  const assigned = user.roles ?? []
  const populated = assigned.filter((role): role is Role => typeof role === 'object' && role !== null)
  const ids = assigned.filter((role): role is number => typeof role === 'number')
  // System read: which roles a user holds decides access, so it cannot itself be access-checked.
  const fetched = ids.length
    ? (
        await req.payload.find({
          collection: 'roles',
          where: { id: { in: ids } },
          depth: 0,
          pagination: false,
          overrideAccess: true,
          req,
          select: { permissions: true, readOnly: true },
        })
      ).docs
    : []
  return new Set([...populated, ...fetched].flatMap(grantedBy))
}

/** The union of the codes of the signed-in staff user's roles (SPEC F-13). */
export function permissionsOf(req: PayloadRequest): Promise<ReadonlySet<number>> {
  const { user } = req
  if (!isStaff(user)) return Promise.resolve(none)
  let codes = cache.get(user)
  if (!codes) {
    codes = load(req, user)
    cache.set(user, codes)
  }
  return codes
}

export async function hasPermission(req: PayloadRequest, code: PermissionCode): Promise<boolean> {
  return (await permissionsOf(req)).has(code)
}

/** Collection access: staff whose roles carry the code. */
export const can =
  (code: PermissionCode): Access =>
  ({ req }) =>
    hasPermission(req, code)

/** Field access: staff whose roles carry the code. */
export const canField =
  (code: PermissionCode): FieldAccess =>
  ({ req }) =>
    hasPermission(req, code)
