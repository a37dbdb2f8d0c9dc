import type { Access, PayloadRequest, Where } from 'payload'

import { P } from '@/constants/permissions'

import { hasPermission } from './permissions'
import { isPortalUser, personOf } from './portal'
import { visibleDocumentIdsOf } from './portal-scope'
import { isStaff } from './staff'

/** A `where` that matches no row: the portal user may ask, and gets an empty list rather than a 403. */
export const nothing: Where = { id: { in: [0] } }

/** `id in ids`, or no row at all for an empty list. */
export function idIn(ids: number[]): Where {
  return ids.length ? { id: { in: ids } } : nothing
}

/**
 * Documents (rule 1): anonymous nobody; staff with 900180; a portal user the documents released
 * to their person today — nothing else (object images reach the portal with the object, F-31).
 */
export const canReadDocuments: Access = async ({ req }) => {
  if (!req.user) return false
  if (isStaff(req.user)) return hasPermission(req, P.documentsRead)
  if (isPortalUser(req.user)) return idIn(await visibleDocumentIdsOf(req, personOf(req.user)))
  return false
}

/**
 * F-81's receipt status names every recipient with their address and when they opened: staff
 * with 900185 only, on every path that shows it (endpoint, CSV, admin panel).
 */
export const canReadReceipts = (req: PayloadRequest): Promise<boolean> =>
  isStaff(req.user) ? hasPermission(req, P.documentReceiptsRead) : Promise.resolve(false)
