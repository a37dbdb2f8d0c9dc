import type { CollectionConfig } from 'payload'

import { can } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { slugs } from '@/constants/slugs'
import { l } from '@/fields/label'

import { adminGroups } from './configuration/groups'

const nobody = () => false

/**
 * Rule 7: every portal read of a document — list, single read, download — with who and when.
 * Written only by the system; ids are plain numbers so the log outlives deleted records.
 */
export const DocumentAccessLog: CollectionConfig = {
  slug: slugs.accessLog,
  labels: { singular: l('Dokumentzugriff', 'Document access'), plural: l('Zugriffsprotokoll', 'Access log') },
  defaultSort: '-createdAt',
  admin: {
    group: adminGroups.documents,
    defaultColumns: ['createdAt', 'action', 'personId', 'portalUserId', 'seeAsStaffUserId', 'documentCount'],
  },
  access: { read: can(P.documentAccessLogRead), create: nobody, update: nobody, delete: nobody },
  fields: [
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
    { name: 'documentIds', type: 'json', label: l('Dokumente', 'Documents'), required: true },
    { name: 'documentCount', type: 'number', label: l('Anzahl', 'Count') },
  ],
}
