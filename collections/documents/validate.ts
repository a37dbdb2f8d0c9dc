import type { Validate } from 'payload'

import { idOf } from '@/fields/relationship'
import { message } from '@/i18n/messages'

/** A document's folder belongs to the document's object (a folder structure per object, F-20). */
export const folderOfDocumentObject: Validate = async (value, { data, req }) => {
  const folderId = idOf(value)
  if (!folderId) return true
  // System read: consistency, not visibility.
  const folder = await req.payload.findByID({
    collection: 'document-folders',
    id: folderId,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
    select: { object: true },
  })
  if (!folder) return message(req, 'notFound', { what: 'Ordner / folder', id: folderId })
  return String(idOf(folder.object)) === String(idOf((data as { object?: unknown }).object))
    ? true
    : message(req, 'otherObject')
}
