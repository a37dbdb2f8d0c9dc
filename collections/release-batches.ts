import type { CollectionConfig } from 'payload'

import { can } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { slugs } from '@/constants/slugs'
import { calendarDate } from '@/fields/calendar-date'
import { l } from '@/fields/label'
import { wholeNumber } from '@/fields/number'
import { stampedBy } from '@/fields/stamped-by'

import { adminGroups } from './configuration/groups'
import { receiptsEndpoint } from './documents/receipts-endpoint'

/**
 * One act of releasing many documents to many persons (F-21, F-22), e.g. this year's
 * operating-cost statements to the current tenants of an object. Staff follow its proof of
 * receipt (F-81) here: who has opened, who has not, and the CSV for paper mail after the deadline.
 */
export const ReleaseBatches: CollectionConfig = {
  slug: slugs.releaseBatches,
  labels: { singular: l('Freigabe-Stapel', 'Release batch'), plural: l('Freigabe-Stapel', 'Release batches') },
  defaultSort: '-createdAt',
  admin: {
    group: adminGroups.documents,
    useAsTitle: 'title',
    defaultColumns: ['title', 'recipientCount', 'documentCount', 'deadline', 'releasedBy', 'createdAt'],
  },
  access: {
    read: can(P.documentsRead),
    create: can(P.documentsRelease),
    update: can(P.documentsRelease),
    delete: can(P.documentsRelease),
  },
  endpoints: [receiptsEndpoint('batch')],
  fields: [
    { name: 'title', type: 'text', label: l('Bezeichnung', 'Title'), required: true },
    calendarDate('deadline', l('Frist für den Empfang', 'Deadline for receipt'), {
      admin: {
        description: l(
          'Wer bis dahin nicht geöffnet hat, erscheint in der CSV für den Postversand.',
          'Recipients who have not opened by then appear in the CSV for paper mail.',
        ),
      },
    }),
    {
      type: 'row',
      fields: [
        wholeNumber('recipientCount', l('Empfänger:innen', 'Recipients'), { admin: { readOnly: true, width: '50%' } }),
        wholeNumber('documentCount', l('Dokumente', 'Documents'), { admin: { readOnly: true, width: '50%' } }),
      ],
    },
    stampedBy('releasedBy', l('Freigegeben von', 'Released by')),
    {
      name: 'receiptStatus',
      type: 'ui',
      admin: { components: { Field: '@/admin/documents/receipt-status#BatchReceiptStatus' } },
    },
    {
      name: 'releases',
      type: 'join',
      label: l('Freigaben', 'Releases'),
      collection: slugs.releases,
      on: 'batch',
      admin: { defaultColumns: ['document', 'person', 'validFrom', 'validUntil'] },
    },
  ],
}
