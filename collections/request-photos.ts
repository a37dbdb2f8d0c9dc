import path from 'node:path'

import type { CollectionBeforeOperationHook, CollectionBeforeValidateHook, CollectionConfig } from 'payload'

import { can } from '@/access/permissions'
import { maxPhotosPerRequest, photoMaxSizeMb } from '@/access/requests'
import { P } from '@/constants/permissions'
import { slugs } from '@/constants/slugs'
import { l } from '@/fields/label'
import { idOf, relation } from '@/fields/relationship'
import { createAccessFirst } from '@/hooks/create-access-first'
import { fieldError } from '@/i18n/messages'
import { checkPhotoFile, imageTypes } from '@/lib/documents/file-check'
import { env } from '@/server/env'

import { adminGroups } from './configuration/groups'

/**
 * Checks a photo before Payload stores anything: a file, within the size limit, an image by its
 * content (not by name or the browser's claim). Says nothing about any record.
 */
const checkPhoto: CollectionBeforeOperationHook = async ({ operation, req, args }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  const file = req.file
  if (file) {
    const result = await checkPhotoFile(
      { name: file.name, data: file.data, size: file.size },
      photoMaxSizeMb * 1024 * 1024,
    )
    if (!result.ok) {
      const { reason, ...vars } = result
      throw fieldError(req, 'file', reason === 'fileTooLarge' ? 'photoTooLarge' : reason, vars, slugs.requestPhotos)
    }
  } else if (operation === 'create') {
    throw fieldError(req, 'file', 'fileRequired', {}, slugs.requestPhotos)
  }
  return args
}

/** No more than five photos on one request; after the access check, as it counts another record's photos. */
const limitPhotos: CollectionBeforeValidateHook = async ({ data, operation, req }) => {
  const request = idOf(data?.request)
  if (operation !== 'create' || request === null) return data
  // System count: the limit holds whoever added the other photos.
  const { totalDocs } = await req.payload.count({
    collection: slugs.requestPhotos,
    where: { request: { equals: request } },
    req,
    overrideAccess: true,
  })
  if (totalDocs >= maxPhotosPerRequest)
    throw fieldError(req, 'request', 'tooManyPhotos', { max: maxPhotosPerRequest }, slugs.requestPhotos)
  return data
}

/**
 * Photos of a request (SPEC F-54: a damage report with up to five). Readable by staff with 900150
 * and by the request's own person (access/portal-views.ts); served only through Payload's
 * access-checked file route, from the data directory.
 */
export const RequestPhotos: CollectionConfig = {
  slug: slugs.requestPhotos,
  labels: { singular: l('Foto zum Anliegen', 'Request photo'), plural: l('Fotos zu Anliegen', 'Request photos') },
  admin: { group: adminGroups.service, useAsTitle: 'filename', defaultColumns: ['filename', 'request', 'createdAt'] },
  access: {
    read: can(P.requestsRead),
    create: can(P.requestsWrite),
    update: can(P.requestsWrite),
    delete: can(P.requestsWrite),
  },
  upload: {
    // Runtime configuration, not a build-time path.
    staticDir: path.join(env().dataDir, 'request-photos'),
    mimeTypes: [...imageTypes],
    modifyResponseHeaders: ({ headers }) => {
      headers.set('X-Content-Type-Options', 'nosniff')
      headers.set('Cache-Control', 'private, no-store')
      return headers
    },
  },
  hooks: { beforeOperation: [createAccessFirst, checkPhoto], beforeValidate: [limitPhotos] },
  fields: [relation('request', slugs.requests, l('Anliegen', 'Request'), { required: true })],
}
