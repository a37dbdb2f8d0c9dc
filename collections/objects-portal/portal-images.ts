import path from 'node:path'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { Readable } from 'node:stream'

import {
  type ArrayField,
  type CollectionBeforeReadHook,
  type Endpoint,
  Forbidden,
  NotFound,
  type PayloadRequest,
  type UploadField,
  type Validate,
  type Where,
} from 'payload'

import { canField, hasPermission } from '@/access/permissions'
import { isPortalUser } from '@/access/portal'
import { portalScope } from '@/access/portal-scope'
import { logPortalDownload } from '@/collections/documents/hooks/log-portal-reads'
import { P } from '@/constants/permissions'
import { slugs } from '@/constants/slugs'
import { l } from '@/fields/label'
import { idOf } from '@/fields/relationship'
import { message } from '@/i18n/messages'
import { imageTypes } from '@/lib/documents/file-check'
import { logDocumentRead } from '@/collections/documents/reading'
import { runStatement, statement } from '@/db/client'

/** Images of an object are image documents of that object, chosen from the document store (F-31). */
const imagesOfThisObject: Validate = async (value, { id, req }) => {
  const ids = (Array.isArray(value) ? value : []).map(idOf).filter(Boolean)
  if (!ids.length) return true
  const { docs } = await req.payload.find({
    collection: 'documents',
    where: { id: { in: ids } },
    select: { object: true, mimeType: true },
    depth: 0,
    pagination: false,
    req,
    overrideAccess: true,
  })
  if (docs.length !== ids.length) return message(req, 'notFound', { what: 'Dokument / document', id: ids.join(', ') })
  if (docs.some((doc) => !imageTypes.includes(doc.mimeType as (typeof imageTypes)[number])))
    return message(req, 'notAnImage')
  return docs.every((doc) => id !== undefined && String(idOf(doc.object)) === String(id))
    ? true
    : message(req, 'imageNotOfObject')
}

/**
 * Staff choose the images; portal users never read this list or the documents behind it (rule 1:
 * a document reaches a portal user only through a release). They get `publishedImages`.
 */
export const portalImages: UploadField = {
  name: 'portalImages',
  type: 'upload',
  relationTo: slugs.documents,
  hasMany: true,
  label: l('Bilder im Portal', 'Images in the portal'),
  validate: imagesOfThisObject,
  // Staff with 900180 only; portal users never (the objects' portal view leaves it out).
  access: { read: canField(P.documentsRead) },
  filterOptions: ({ id }): Where => ({ and: [{ object: { equals: id } }, { mimeType: { in: [...imageTypes] } }] }),
  admin: {
    description: l(
      'Bilddokumente dieses Objekts; sichtbar für alle, die im Portal mit dem Objekt verbunden sind.',
      'Image documents of this object; shown to everyone related to the object in the portal.',
    ),
  },
}

/** What the portal shows of the images: a title and an address that serves the image with the object. */
export const publishedImages: ArrayField = {
  name: 'publishedImages',
  type: 'array',
  virtual: true,
  label: l('Bilder (wie im Portal)', 'Images (as in the portal)'),
  admin: { readOnly: true, condition: () => false },
  fields: [
    { name: 'document', type: 'number' },
    { name: 'title', type: 'text' },
    { name: 'url', type: 'text' },
  ],
}

export function portalImageUrl(objectId: number | string, documentId: number | string): string {
  return `/api/objects/${objectId}/images/${documentId}`
}

const publishedImagesStatement = statement(
  'published-images',
  `select r.documents_id as id, d.title
   from objects_rels r join documents d on d.id = r.documents_id
   where r.parent_id = $1 and r.path = 'portalImages'
   order by r."order"`,
)

/**
 * Fills `publishedImages` for a portal user: the object's chosen images, with their titles and
 * an address that serves them with the object. One statement: the chosen list is not yet filled
 * when beforeRead runs, and a Local API read here would run this hook again.
 */
export const publishImagesForPortal: CollectionBeforeReadHook = async ({ doc, req }) => {
  if (!(await portalScope(req))) return doc
  const rows = await runStatement(req, publishedImagesStatement, [doc.id])
  doc.publishedImages = rows.map((row) => ({
    document: Number(row.id),
    title: row.title,
    url: portalImageUrl(doc.id, Number(row.id)),
  }))
  return doc
}

/** Streams a stored document file: through the storage adapter (S3) when there is one, else from disk. */
async function documentFile(
  req: PayloadRequest,
  doc: { id: number; filename?: string | null; mimeType?: string | null },
) {
  const collection = req.payload.collections.documents.config
  const filename = doc.filename ?? ''
  // The storage adapter's handler serves S3; the portal-download handler records receipts, which
  // an object image is not.
  for (const handler of (collection.upload.handlers ?? []).filter((handler) => handler !== logPortalDownload)) {
    const response = await handler(req, { doc, headers: new Headers(), params: { collection: 'documents', filename } })
    if (response instanceof Response) return response
  }
  // Runtime configuration, not a build-time path: keep Next's file tracing out of it.
  const directory = path.resolve(/*turbopackIgnore: true*/ collection.upload.staticDir ?? '')
  const file = path.resolve(directory, filename)
  if (!filename || !file.startsWith(directory + path.sep)) throw new NotFound(req.t)
  const size = (await stat(file)).size
  return new Response(Readable.toWeb(createReadStream(file)) as ReadableStream, {
    headers: {
      'Content-Type': doc.mimeType ?? 'application/octet-stream',
      'Content-Length': String(size),
      'Cache-Control': 'private, no-store',
    },
  })
}

/**
 * GET /api/objects/:id/images/:document — an image published on an object (F-31, F-53) for
 * whoever may read the object: portal users related to it today, staff with the object and
 * document permissions.
 */
export const portalImageEndpoint: Endpoint = {
  path: '/:id/images/:document',
  method: 'get',
  handler: async (req) => {
    if (!req.user) throw new Forbidden(req.t)
    const objectId = String(req.routeParams?.id)
    const documentId = Number(req.routeParams?.document)
    const object = await req.payload
      .findByID({
        collection: 'objects',
        id: objectId,
        depth: 0,
        req,
        user: req.user,
        overrideAccess: false,
        select: { number: true },
      })
      .catch(() => null)
    if (!object) throw new NotFound(req.t)
    // -- trusted: which images the object publishes is read as the system once the object itself
    // was read as the user; the portal user cannot read the list.
    const { portalImages: chosen } = await req.payload.findByID({
      collection: 'objects',
      id: objectId,
      depth: 0,
      req,
      overrideAccess: true,
      select: { portalImages: true },
    })
    if (!(chosen ?? []).map(idOf).includes(documentId)) throw new NotFound(req.t)
    if (!isPortalUser(req.user) && !(await hasPermission(req, P.documentsRead))) throw new Forbidden(req.t)
    // -- trusted: the object publishes this image (checked above); documents are not released to anyone for it.
    const doc = await req.payload.findByID({
      collection: 'documents',
      id: documentId,
      depth: 0,
      req,
      overrideAccess: true,
      select: { filename: true, mimeType: true },
    })
    if (isPortalUser(req.user)) await logDocumentRead(req, 'download', [documentId])
    return documentFile(req, { id: documentId, filename: doc.filename, mimeType: doc.mimeType })
  },
}
