import type { CollectionConfig } from 'payload'

import { canCreatePrivacyRequest, canReadPrivacyRequests, writtenBySystem } from '@/access/privacy'
import { slugs } from '@/constants/slugs'
import { l } from '@/fields/label'
import { relation } from '@/fields/relationship'
import { privacyEndpoints } from '@/privacy/endpoints'
import { queueExport, stampRequest } from '@/privacy/request-hooks'

import { adminGroups } from './configuration/groups'

const nobody = () => false
const system = { create: writtenBySystem, update: writtenBySystem }

export const privacyRequestStatuses = [
  { label: l('wird erstellt', 'being prepared'), value: 'queued' },
  { label: l('bereit zum Herunterladen', 'ready to download'), value: 'ready' },
  { label: l('heruntergeladen', 'downloaded'), value: 'downloaded' },
  { label: l('fehlgeschlagen', 'failed'), value: 'failed' },
  { label: l('offen', 'open'), value: 'open' },
  { label: l('durchgeführt', 'carried out'), value: 'done' },
  { label: l('abgelehnt', 'refused'), value: 'refused' },
]

/**
 * Datenschutzanfragen (F-86): "download my data" (Art. 15/20) and "erase my data" (Art. 17), asked
 * in the portal or recorded by staff. The archive is produced by a job and can be downloaded once,
 * by the one who asked, until it expires; an erasure is carried out by staff with 900189, who
 * see first what goes and what legal retention keeps (and until when).
 */
export const PrivacyRequests: CollectionConfig = {
  slug: slugs.privacyRequests,
  labels: { singular: l('Datenschutzanfrage', 'Data-protection request'), plural: l('Datenschutzanfragen', 'Data-protection requests') },
  defaultSort: '-createdAt',
  admin: {
    group: adminGroups.service,
    defaultColumns: ['kind', 'person', 'status', 'createdAt'],
  },
  access: { read: canReadPrivacyRequests, create: canCreatePrivacyRequest, update: nobody, delete: nobody },
  hooks: { beforeChange: [stampRequest], afterChange: [queueExport] },
  endpoints: privacyEndpoints,
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: l('Art', 'Kind'),
          required: true,
          options: [
            { label: l('Datenauskunft (Archiv)', 'Data export (archive)'), value: 'export' },
            { label: l('Löschung', 'Erasure'), value: 'erasure' },
          ],
          admin: { width: '33%' },
        },
        relation('person', slugs.persons, l('Person', 'Person'), { required: true, admin: { width: '33%' } }),
        {
          name: 'status',
          type: 'select',
          label: l('Status', 'Status'),
          index: true,
          options: privacyRequestStatuses,
          access: system,
          admin: { width: '33%', readOnly: true },
        },
      ],
    },
    { name: 'message', type: 'textarea', label: l('Nachricht der Person', 'Message from the person'), maxLength: 2000 },
    {
      name: 'requestedBy',
      type: 'group',
      label: l('Gestellt von', 'Asked by'),
      access: system,
      admin: { readOnly: true },
      fields: [
        { name: 'portalUser', type: 'number', label: l('Portal-Zugang', 'Portal user') },
        relation('staffUser', slugs.users, l('Benutzer', 'Staff user')),
      ],
    },
    {
      name: 'archive',
      type: 'group',
      label: l('Archiv', 'Archive'),
      access: system,
      admin: {
        readOnly: true,
        condition: (data) => data?.kind === 'export',
        components: { afterInput: ['@/admin/privacy/archive-link#ArchiveLink'] },
      },
      fields: [
        { name: 'filename', type: 'text', label: l('Datei', 'File'), admin: { hidden: true } },
        { name: 'size', type: 'number', label: l('Größe (Bytes)', 'Size (bytes)') },
        { name: 'expiresAt', type: 'date', label: l('Gültig bis', 'Valid until'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'downloadedAt', type: 'date', label: l('Heruntergeladen am', 'Downloaded on'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'error', type: 'text', label: l('Fehler', 'Error') },
      ],
    },
    {
      name: 'decision',
      type: 'group',
      label: l('Entscheidung', 'Decision'),
      access: system,
      admin: {
        readOnly: true,
        condition: (data) => data?.kind === 'erasure',
        components: { afterInput: ['@/admin/privacy/erasure-panel#ErasurePanel'] },
      },
      fields: [
        relation('decidedBy', slugs.users, l('Durch', 'By')),
        { name: 'decidedAt', type: 'date', label: l('Am', 'On'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'outcome', type: 'json', label: l('Ergebnis', 'Outcome'), admin: { hidden: true } },
      ],
    },
  ],
}
