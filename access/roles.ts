import type { Access } from 'payload'

import { P } from '@/constants/permissions'
import { idOf } from '@/fields/relationship'

import { hasPermission } from './permissions'
import { isStaff } from './staff'

/**
 * Staff with 900171 read every role. Everyone else on the staff reads only the roles they hold:
 * their own account page names them (the roles field resolves them through this collection),
 * and what one may do is no secret to oneself. No role, no row.
 */
export const canReadRoles: Access = async ({ req }) => {
  if (!isStaff(req.user)) return false
  if (await hasPermission(req, P.usersRead)) return true
  const held = (req.user.roles ?? []).map(idOf).filter((id): id is number => typeof id === 'number')
  return held.length > 0 ? { id: { in: held } } : false
}
