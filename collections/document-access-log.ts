import type { CollectionConfig } from 'payload'

import { can } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { slugs } from '@/constants/slugs'
import { l } from '@/fields/label'

import { adminGroups } from './configuration/groups'

const nobody = () => false

/**
 * Rule 7 and F-86: every portal read of a document — list, single read, download — and every staff
 * read of a person record, with who and when. The person it concerns reads their own rows in the
 * portal. Written only by the system; ids are plain numbers so the log outlives deleted records.
 */
export const DocumentAccessLog: CollectionConfig = {
  slug: slugs.accessLog,
  labels: { singular: l('Zugriff', 'Access'), plural: l('Zugriffsprotokoll', 'Access log') },
  defaultSort: '-createdAt',
  admin: {
    group: adminGroups.documents,
    defaultColumns: ['createdAt', 'subject', 'action', 'personId', 'portalUserId', 'staffUserId', 'documentCount'],
  },
  access: { read: can(P.documentAccessLogRead), create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'subject',
      type: 'select',
      label: l('Gelesen', 'Read'),
      required: true,
      defaultValue: 'documents',
      options: [
        { label: l('Dokumente', 'documents'), value: 'documents' },
        { label: l('Personendaten', 'person record'), value: 'person' },
      ],
    },
    {
      name: 'action',
      type: 'select',
      label: l('Zugriff', 'Access'),
      required: true,
      options: [
        { label: l('Liste', 'list'), value: 'list' },
        { label: l('geöffnet', 'read'), value: 'read' },
        { label: l('heruntergeladen', 'download'), value: 'download' },
      ],
    },
    { name: 'personId', type: 'number', label: l('Person', 'Person'), index: true, required: true },
    { name: 'portalUserId', type: 'number', label: l('Portal-Zugang', 'Portal user'), index: true },
    { name: 'seeAsStaffUserId', type: 'number', label: l('„Sehen als“ durch Benutzer', '"See as" by staff user') },
    { name: 'staffUserId', type: 'number', label: l('Benutzer', 'Staff user'), index: true },
    { name: 'documentIds', type: 'json', label: l('Dokumente', 'Documents'), required: true },
    { name: 'documentCount', type: 'number', label: l('Anzahl', 'Count') },
  ],
}
