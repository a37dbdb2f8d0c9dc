import type { CollectionConfig } from 'payload'

import { can } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { slugs } from '@/constants/slugs'
import { l } from '@/fields/label'
import { relation } from '@/fields/relationship'

import { adminGroups } from './configuration/groups'

const nobody = () => false

/**
 * Empfangsnachweis (F-81): the first open or download of a released document per recipient, with
 * the file version they got. Written only by the system (collections/documents/reading.ts); nobody edits
 * or deletes a proof, and a document with proofs cannot be deleted.
 */
export const DocumentReceipts: CollectionConfig = {
  slug: slugs.receipts,
  labels: { singular: l('Empfangsnachweis', 'Proof of receipt'), plural: l('Empfangsnachweise', 'Proofs of receipt') },
  defaultSort: '-openedAt',
  admin: {
    group: adminGroups.documents,
    defaultColumns: ['document', 'person', 'openedAt', 'via', 'fileVersion'],
  },
  access: { read: can(P.documentReceiptsRead), create: nobody, update: nobody, delete: nobody },
  indexes: [{ fields: ['document', 'person'], unique: true }],
  fields: [
    relation('document', slugs.documents, l('Dokument', 'Document'), { required: true }),
    relation('person', slugs.persons, l('Person', 'Person'), { required: true }),
    relation('batch', slugs.releaseBatches, l('Freigabe-Stapel', 'Release batch')),
    {
      name: 'openedAt',
      type: 'date',
      label: l('Erstmals geöffnet', 'First opened'),
      required: true,
      index: true,
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd.MM.yyyy HH:mm' } },
    },
    {
      name: 'via',
      type: 'select',
      label: l('Weg', 'Via'),
      options: [
        { label: l('geöffnet', 'opened'), value: 'open' },
        { label: l('heruntergeladen', 'downloaded'), value: 'download' },
      ],
    },
    { name: 'fileVersion', type: 'number', label: l('Dateiversion', 'File version') },
    { name: 'filename', type: 'text', label: l('Datei', 'File') },
    { name: 'releaseId', type: 'number', label: l('Freigabe', 'Release') },
    { name: 'portalUserId', type: 'number', label: l('Portal-Zugang', 'Portal user') },
  ],
}
