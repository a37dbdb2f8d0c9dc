import type { Access, PayloadRequest } from 'payload'

import { P } from '@/constants/permissions'

import { hasPermission } from './permissions'
import { isStaff } from './staff'

/** The admin panel is for staff only. */
export const canUseAdmin = ({ req }: { req: PayloadRequest }): boolean => isStaff(req.user)

/** Staff read their own account; reading others needs 900171 (read) or 900170 (manage). */
export const canReadUsers: Access = async ({ req }) => {
  if (!isStaff(req.user)) return false
  if ((await hasPermission(req, P.usersRead)) || (await hasPermission(req, P.usersManage))) return true
  return { id: { equals: req.user.id } }
}

/** Staff change their own account; changing others needs 900170. */
export const canUpdateUsers: Access = async ({ req }) => {
  if (!isStaff(req.user)) return false
  if (await hasPermission(req, P.usersManage)) return true
  return { id: { equals: req.user.id } }
}
