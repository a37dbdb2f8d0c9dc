import type { Access } from 'payload'

import { P } from '@/constants/permissions'

import { hasPermission } from './permissions'
import type { PortalRule } from './portal'
import { isStaff } from './staff'

/** Portal sign-ins never open the admin panel. */
export const neverAdmin = (): boolean => false

/** Staff with 900174 (read) or 900175 (manage). */
export const canReadPortalUsers: Access = async ({ req }) =>
  isStaff(req.user) &&
  ((await hasPermission(req, P.portalUsersRead)) || (await hasPermission(req, P.portalUsersManage)))

/** A portal user's own sign-in: read, and change its password and language (portal view). */
export const ownSignIn: PortalRule = (_args, user) => ({ id: { equals: user.id } })
