import type { Access, FieldAccess, PayloadRequest } from 'payload'

import type { User } from '@/payload-types'

export type StaffUser = User & { collection: 'users' }

/** A signed-in member of the manager's staff (not a portal user). */
export function isStaff(user: PayloadRequest['user'] | null | undefined): user is StaffUser {
  return user?.collection === 'users'
}

export const staff: Access = ({ req }) => isStaff(req.user)

/** Field access: staff, and the system's own reads (no user); nobody else. */
export const staffOrSystem: FieldAccess = ({ req }) => !req.user || isStaff(req.user)
