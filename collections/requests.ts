import type { CollectionConfig } from 'payload'

import { can } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { slugs } from '@/constants/slugs'
import { l } from '@/fields/label'
import { relation } from '@/fields/relationship'
import { mailStatusChange } from '@/hooks/request-status-mail'

import { adminGroups } from './configuration/groups'

export const requestStatuses = [
  { label: l('neu', 'new'), value: 'new' },
  { label: l('in Bearbeitung', 'in progress'), value: 'inProgress' },
  { label: l('beantwortet', 'answered'), value: 'answered' },
  { label: l('erledigt', 'closed'), value: 'closed' },
]

/**
 * Anliegen: what tenants, owners and providers ask of the manager (by phone today, through the
 * portal's forms once it lands, SPEC F-54). Staff answer and close them here. What the person
 * sees and may submit of their own requests is the portal view (access/portal-views.ts).
 */
export const Requests: CollectionConfig = {
  slug: slugs.requests,
  labels: { singular: l('Anliegen', 'Request'), plural: l('Anliegen', 'Requests') },
  defaultSort: '-createdAt',
  admin: {
    group: adminGroups.service,
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'kind', 'status', 'person', 'unit', 'assignee', 'createdAt'],
  },
  hooks: { afterChange: [mailStatusChange(requestStatuses)] },
  access: {
    read: can(P.requestsRead),
    create: can(P.requestsWrite),
    update: can(P.requestsWrite),
    delete: can(P.requestsWrite),
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'subject', type: 'text', label: l('Betreff', 'Subject'), required: true, admin: { width: '50%' } },
        {
          name: 'kind',
          type: 'select',
          label: l('Art', 'Kind'),
          required: true,
          defaultValue: 'other',
          options: [
            { label: l('Schadensmeldung', 'Damage report'), value: 'damage' },
            { label: l('Ratenansuchen', 'Installment request'), value: 'installment' },
            { label: l('Sonstiges', 'Other'), value: 'other' },
          ],
          admin: { width: '25%' },
        },
        {
          name: 'status',
          type: 'select',
          label: l('Status', 'Status'),
          required: true,
          defaultValue: 'new',
          index: true,
          options: requestStatuses,
          admin: { width: '25%' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        relation('person', slugs.persons, l('Person', 'Person'), { admin: { width: '25%' } }),
        relation('object', slugs.objects, l('Objekt', 'Object'), { admin: { width: '25%' } }),
        relation('unit', slugs.units, l('Einheit', 'Unit'), { admin: { width: '25%' } }),
        relation('tenancy', slugs.tenancies, l('Bestandsverhältnis', 'Tenancy'), { admin: { width: '25%' } }),
      ],
    },
    {
      type: 'row',
      fields: [
        relation('assignee', slugs.users, l('Zuständig', 'Assignee'), { admin: { width: '50%' } }),
        relation('formSubmission', slugs.formSubmissions, l('Formulareingang', 'Form submission'), {
          admin: { width: '50%', readOnly: true },
        }),
      ],
    },
    { name: 'description', type: 'textarea', label: l('Beschreibung', 'Description') },
    {
      name: 'answers',
      type: 'array',
      label: l('Antworten', 'Answers'),
      labels: { singular: l('Antwort', 'Answer'), plural: l('Antworten', 'Answers') },
      fields: [{ name: 'text', type: 'richText', label: l('Antwort', 'Answer'), required: true }],
    },
    {
      name: 'photos',
      type: 'join',
      label: l('Fotos', 'Photos'),
      collection: slugs.requestPhotos,
      on: 'request',
      admin: { defaultColumns: ['filename', 'createdAt'] },
    },
  ],
}
