import type { CollectionConfig } from 'payload'

import { can } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { slugs } from '@/constants/slugs'
import { l } from '@/fields/label'
import { startEndpoint, uploadEndpoint } from '@/imports/endpoints'
import { importKindOptions, importRunStatuses, importTriggers } from '@/imports/labels'

import { adminGroups } from './configuration/groups'

const nobody = () => false

/**
 * One import of one file (SPEC F-12), whichever way it was started: CLI, admin page or the nightly
 * job. The importer writes it as the system (outside the file's transaction, so progress shows
 * while the file is still being written); people only read it.
 */
export const ImportRuns: CollectionConfig = {
  slug: slugs.importRuns,
  labels: { singular: l('Importlauf', 'Import run'), plural: l('Importläufe', 'Import runs') },
  defaultSort: '-createdAt',
  admin: {
    group: adminGroups.administration,
    useAsTitle: 'fileName',
    defaultColumns: ['fileName', 'kind', 'status', 'trigger', 'rowsRead', 'problemCount', 'createdAt'],
  },
  access: { read: can(P.importRun), create: nobody, update: nobody, delete: nobody },
  endpoints: [uploadEndpoint, startEndpoint],
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'fileName', type: 'text', label: l('Datei', 'File'), required: true, admin: { width: '40%' } },
        {
          name: 'kind',
          type: 'select',
          label: l('Art', 'Kind'),
          options: importKindOptions,
          index: true,
          admin: { width: '20%' },
        },
        {
          name: 'trigger',
          type: 'select',
          label: l('gestartet über', 'Started by'),
          options: importTriggers,
          admin: { width: '20%' },
        },
        {
          name: 'status',
          type: 'select',
          label: l('Status', 'Status'),
          index: true,
          options: importRunStatuses,
          admin: { width: '20%' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'phase', type: 'text', label: l('Schritt', 'Phase'), admin: { width: '25%' } },
        { name: 'rowsRead', type: 'number', label: l('Zeilen gelesen', 'Rows read'), admin: { width: '25%' } },
        {
          name: 'problemCount',
          type: 'number',
          label: l('Fehler', 'Problems'),
          admin: { width: '25%' },
        },
        { name: 'fullExport', type: 'checkbox', label: l('Vollexport', 'Full export'), admin: { width: '25%' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'startedAt', type: 'date', label: l('Beginn', 'Started'), admin: { width: '33%' } },
        { name: 'finishedAt', type: 'date', label: l('Ende', 'Finished'), admin: { width: '33%' } },
        {
          name: 'startedBy',
          type: 'relationship',
          relationTo: slugs.users,
          label: l('durch', 'By'),
          admin: { width: '33%' },
        },
      ],
    },
    { name: 'report', type: 'json', label: l('Bericht', 'Report') },
  ],
}
