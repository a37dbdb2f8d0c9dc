import type { PayloadRequest, Where } from 'payload'

import { P } from '@/constants/permissions'

import { hasPermission } from './permissions'
import { personOf, type PortalRule } from './portal'
import { visibleDocumentIdsOf } from './portal-scope'
import { isStaff } from './staff'

/** A `where` that matches no row: the portal user may ask, and gets an empty list rather than a 403. */
export const nothing: Where = { id: { in: [0] } }

/** `id in ids`, or no row at all for an empty list. */
export function idIn(ids: number[]): Where {
  return ids.length ? { id: { in: ids } } : nothing
}

/**
 * Documents (rule 1) for a portal user: those released to their person today — nothing else
 * (object images reach the portal with the object, F-31). Staff read with 900180.
 */
export const releasedDocuments: PortalRule = async ({ req }, user) =>
  idIn(await visibleDocumentIdsOf(req, personOf(user)))

/**
 * F-81's receipt status names every recipient with their address and when they opened: staff
 * with 900185 only, on every path that shows it (endpoint, CSV, admin panel).
 */
export const canReadReceipts = (req: PayloadRequest): Promise<boolean> =>
  isStaff(req.user) ? hasPermission(req, P.documentReceiptsRead) : Promise.resolve(false)
