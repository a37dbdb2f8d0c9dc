import type { CollectionConfig } from 'payload'

import { can } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { slugs } from '@/constants/slugs'
import { l } from '@/fields/label'
import { wholeNumber } from '@/fields/number'
import { relation } from '@/fields/relationship'
import { stampedBy } from '@/fields/stamped-by'
import { sameObject } from '@/hooks/same-object'
import { acceptedMimeTypes } from '@/lib/documents/file-check'
import { documentsDirectory } from './storage'

import { adminGroups } from '../configuration/groups'
import { documentCategories } from './categories'
import { checkUploadedFile } from './hooks/check-uploaded-file'
import { logPortalDownload, logPortalReads } from './hooks/log-portal-reads'
import { forgetUndoWhenCommitted, removeFileOfFailedWrite, stampUpload } from './hooks/stamp-upload'
import { receiptsEndpoint } from './receipts-endpoint'

/**
 * Dokumentenspeicher (SPEC F-20): files with their links and folder, released to persons through
 * `document-releases` (F-21, F-80). Files are served only through Payload's access-checked file
 * route `/api/documents/file/:filename` (local disk under the data directory, or a private S3
 * bucket): never from Next's public folder, never from a public URL.
 */
export const Documents: CollectionConfig = {
  slug: slugs.documents,
  labels: { singular: l('Dokument', 'Document'), plural: l('Dokumente', 'Documents') },
  defaultSort: '-createdAt',
  admin: {
    group: adminGroups.documents,
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'year', 'object', 'unit', 'createdAt'],
    listSearchableFields: ['title', 'filename'],
    components: {
      beforeListTable: ['@/admin/documents/release-selection#ReleaseSelection'],
      edit: { beforeDocumentControls: ['@/admin/documents/release-button#ReleaseButton'] },
    },
  },
  access: {
    read: can(P.documentsRead),
    create: can(P.documentsCreate),
    update: can(P.documentsUpdate),
    delete: can(P.documentsDelete),
  },
  endpoints: [receiptsEndpoint('document')],
  upload: {
    staticDir: documentsDirectory(),
    mimeTypes: acceptedMimeTypes,
    // The browser must not render an uploaded file as a page of this site.
    modifyResponseHeaders: ({ headers }) => {
      headers.set('X-Content-Type-Options', 'nosniff')
      headers.set('Content-Disposition', 'attachment')
      headers.set('Cache-Control', 'private, no-store')
      return headers
    },
    handlers: [logPortalDownload],
  },
  hooks: {
    beforeOperation: [checkUploadedFile],
    beforeChange: [stampUpload],
    afterOperation: [logPortalReads, forgetUndoWhenCommitted],
    afterError: [removeFileOfFailedWrite],
  },
  fields: [
    { name: 'title', type: 'text', label: l('Titel', 'Title'), required: true, index: true },
    {
      type: 'row',
      fields: [
        {
          name: 'category',
          type: 'select',
          label: l('Kategorie', 'Category'),
          options: [...documentCategories],
          required: true,
          defaultValue: 'other',
          index: true,
          admin: { width: '50%' },
        },
        wholeNumber('year', l('Jahr', 'Year'), { index: true, min: 1900, max: 2200, admin: { width: '50%' } }),
      ],
    },
    {
      type: 'row',
      fields: [
        relation('object', slugs.objects, l('Objekt', 'Object'), { admin: { width: '33%' } }),
        relation('unit', slugs.units, l('Einheit', 'Unit'), { admin: { width: '33%' } }),
        relation('tenancy', slugs.tenancies, l('Bestandsverhältnis', 'Tenancy'), { admin: { width: '34%' } }),
      ],
    },
    relation('persons', slugs.persons, l('Personen', 'Persons'), { hasMany: true }),
    relation('folder', slugs.documentFolders, l('Ordner', 'Folder'), {
      validate: sameObject(slugs.documentFolders),
      admin: { description: l('Ordner des gewählten Objekts', 'A folder of the chosen object') },
    }),
    { name: 'remark', type: 'textarea', label: l('Bemerkung (intern)', 'Remark (internal)') },
    {
      name: 'releases',
      type: 'join',
      label: l('Freigaben', 'Releases'),
      collection: slugs.releases,
      on: 'document',
      defaultSort: '-createdAt',
      admin: {
        // Releasing goes through "Freigeben …" only: it counts the recipients and warns first (F-22).
        allowCreate: false,
        defaultColumns: ['person', 'validFrom', 'validUntil', 'tenancy', 'releasedBy', 'createdAt'],
      },
    },
    {
      name: 'receiptStatus',
      type: 'ui',
      admin: { components: { Field: '@/admin/documents/receipt-status#DocumentReceiptStatus' } },
    },
    wholeNumber('fileVersion', l('Dateiversion', 'File version'), {
      defaultValue: 1,
      admin: { position: 'sidebar', readOnly: true },
    }),
    stampedBy('uploadedBy', l('Hochgeladen von', 'Uploaded by'), {
      admin: { position: 'sidebar' },
    }),
  ],
}
