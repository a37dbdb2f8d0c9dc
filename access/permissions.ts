import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { type PermissionCode, readPermissionCodes } from '@/constants/permissions'

import { isStaff, type StaffUser } from './staff'

const cache = new WeakMap<StaffUser, ReadonlySet<number>>()

/**
 * The union of the codes of a staff user's roles. A role flagged read-only contributes only its
 * read codes, so an auditor can never be given a write by mistake.
 */
export function permissionsOf(user: StaffUser): ReadonlySet<number> {
  const known = cache.get(user)
  if (known) return known
  const codes = new Set<number>()
  for (const role of user.roles ?? []) {
    if (typeof role !== 'object' || role === null) continue
    for (const raw of role.permissions ?? []) {
      const code = Number(raw) as PermissionCode
      if (!role.readOnly || readPermissionCodes.has(code)) codes.add(code)
    }
  }
  cache.set(user, codes)
  return codes
}

export function hasPermission(user: PayloadRequest['user'] | null | undefined, code: PermissionCode): boolean {
  return isStaff(user) && permissionsOf(user).has(code)
}

/** Collection access: staff whose roles carry the code. */
export const can =
  (code: PermissionCode): Access =>
  ({ req }) =>
    hasPermission(req.user, code)

/** Field access: staff whose roles carry the code. */
export const canField =
  (code: PermissionCode): FieldAccess =>
  ({ req }) =>
    hasPermission(req.user, code)
