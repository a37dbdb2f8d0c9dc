import type { CollectionAfterOperationHook, PayloadRequest, UploadConfig } from 'payload'

import { isPortalUser } from '@/access/portal'
import { logDocumentRead, recordReceipt } from '@/collections/documents/reading'

/**
 * Rule 7 and F-81 on the API paths: a portal user's list and single reads are logged (also when
 * documents are pulled in by depth: Payload populates them through this same find operation), and
 * opening one document counts as receiving it.
 */
export const logPortalReads: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  const user = req.user
  if (!isPortalUser(user)) return result
  if (operation === 'find') {
    const docs = (result as { docs?: Array<{ id: number }> }).docs ?? []
    await logDocumentRead(
      req,
      'list',
      docs.map((doc) => doc.id),
    )
  } else if (operation === 'findByID' && result) {
    const id = (result as { id: number }).id
    await logDocumentRead(req, 'read', [id])
    await recordReceipt(req, user, id, 'open')
  }
  return result
}

/**
 * The file route (`/api/documents/file/:filename`) after Payload's access check: `doc` is the
 * document the portal user may read (for staff the check returns no document). Returns nothing,
 * so that Payload (local disk) or the S3 handler serves the bytes next.
 */
type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

export const logPortalDownload = (async (req: PayloadRequest, { doc }: { doc?: { id?: number } }) => {
  const user = req.user
  if (!isPortalUser(user) || typeof doc?.id !== 'number') return
  await logDocumentRead(req, 'download', [doc.id])
  await recordReceipt(req, user, doc.id, 'download')
}) as unknown as UploadHandler
