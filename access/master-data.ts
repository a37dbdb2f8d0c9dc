import type { Access, PayloadRequest, Where } from 'payload'

import type { PermissionCode } from '@/constants/permissions'

import { idIn } from './documents'
import { hasPermission } from './permissions'
import { isPortalUser, personOf, type PortalUser } from './portal'
import { scopeOf } from './portal-scope'
import { isStaff } from './staff'

/**
 * Read access in the fixed order: anonymous nobody; staff by permission code; a portal user the
 * rows of their own scope (rule 3), as a `where`.
 */
function staffOrPortal(
  code: PermissionCode,
  portal: (req: PayloadRequest, user: PortalUser) => Promise<Where>,
): Access {
  return async ({ req }) => {
    if (!req.user) return false
    if (isStaff(req.user)) return hasPermission(req, code)
    if (isPortalUser(req.user)) return portal(req, req.user)
    return false
  }
}

/** Their own person only; published contacts reach the portal through the object (F-31). */
export const canReadPersons = (code: PermissionCode) =>
  staffOrPortal(code, async (_req, user) => idIn([personOf(user)]))

/** The tenancies they hold or held. */
export const canReadTenancies = (code: PermissionCode) =>
  staffOrPortal(code, async (req, user) => idIn((await scopeOf(req, personOf(user))).tenancyIds))

/** The units of those tenancies. */
export const canReadUnits = (code: PermissionCode) =>
  staffOrPortal(code, async (req, user) => idIn((await scopeOf(req, personOf(user))).unitIds))

/** The objects they are related to today (tenant, owner, provider): a former tenant has none. */
export const canReadObjects = (code: PermissionCode) =>
  staffOrPortal(code, async (req, user) => idIn([...(await scopeOf(req, personOf(user))).objects.keys()]))
