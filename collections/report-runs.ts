import type { CollectionConfig } from 'payload'

import { nobodyWritesRuns, ownReportRuns } from '@/access/reports'
import { l } from '@/fields/label'

import { adminGroups } from './configuration/groups'

export const reportRunStatuses = [
  { label: l('wartet', 'waiting'), value: 'queued' },
  { label: l('läuft', 'running'), value: 'running' },
  { label: l('fertig', 'done'), value: 'done' },
  { label: l('fehlgeschlagen', 'failed'), value: 'failed' },
]

/**
 * A report produced in the background (a Payload job): what was asked, how far it is, and the
 * finished file. Written by the pipeline as the system; read by the person who asked.
 */
export const ReportRuns: CollectionConfig = {
  slug: 'report-runs',
  labels: { singular: l('Berichtslauf', 'Report run'), plural: l('Berichtsläufe', 'Report runs') },
  defaultSort: '-createdAt',
  admin: {
    group: adminGroups.administration,
    useAsTitle: 'title',
    defaultColumns: ['title', 'format', 'status', 'rowsDone', 'createdAt'],
  },
  access: { read: ownReportRuns, create: nobodyWritesRuns, update: nobodyWritesRuns, delete: nobodyWritesRuns },
  fields: [
    { name: 'report', type: 'text', label: l('Bericht', 'Report'), required: true, index: true },
    { name: 'title', type: 'text', label: l('Titel', 'Title') },
    {
      name: 'format',
      type: 'select',
      label: l('Format', 'Format'),
      required: true,
      options: ['html', 'pdf', 'csv'],
    },
    { name: 'parameters', type: 'json', label: l('Parameter', 'Parameters') },
    { name: 'delivery', type: 'json', label: l('Ablage und Versand', 'Storing and mailing') },
    {
      name: 'status',
      type: 'select',
      label: l('Status', 'Status'),
      required: true,
      index: true,
      defaultValue: 'queued',
      options: reportRunStatuses,
    },
    { name: 'rowsTotal', type: 'number', label: l('Zeilen gesamt', 'Rows in all') },
    { name: 'rowsDone', type: 'number', label: l('Zeilen erledigt', 'Rows done') },
    { name: 'error', type: 'textarea', label: l('Fehler', 'Error') },
    { name: 'fileName', type: 'text', label: l('Datei', 'File'), admin: { readOnly: true } },
    { name: 'fileSize', type: 'number', label: l('Größe (Bytes)', 'Size (bytes)') },
    { name: 'result', type: 'json', label: l('Ergebnis', 'Result') },
    {
      name: 'requestedBy',
      type: 'relationship',
      relationTo: 'users',
      label: l('angefordert von', 'Requested by'),
      required: true,
      index: true,
    },
    { name: 'startedAt', type: 'date', label: l('Beginn', 'Started') },
    { name: 'heartbeatAt', type: 'date', label: l('Lebenszeichen', 'Last sign of life') },
    { name: 'finishedAt', type: 'date', label: l('Ende', 'Finished') },
  ],
}
