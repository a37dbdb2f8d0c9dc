import type { CollectionConfig } from 'payload'

import { can } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { slugs } from '@/constants/slugs'
import { l } from '@/fields/label'
import { relation } from '@/fields/relationship'
import { stampedBy } from '@/fields/stamped-by'

import { adminGroups } from './configuration/groups'

/** Staff notes on a unit, tenancy, object or person (counted in the info grid, SPEC F-04). */
export const Notes: CollectionConfig = {
  slug: slugs.notes,
  labels: { singular: l('Notiz', 'Note'), plural: l('Notizen', 'Notes') },
  defaultSort: '-createdAt',
  admin: {
    group: adminGroups.service,
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'unit', 'tenancy', 'author', 'createdAt'],
  },
  access: {
    read: can(P.unitsRead),
    create: can(P.notesWrite),
    update: can(P.notesWrite),
    delete: can(P.notesWrite),
  },
  fields: [
    { name: 'subject', type: 'text', label: l('Betreff', 'Subject'), required: true },
    { name: 'text', type: 'textarea', label: l('Text', 'Text') },
    {
      type: 'row',
      fields: [
        relation('object', slugs.objects, l('Objekt', 'Object'), { admin: { width: '25%' } }),
        relation('unit', slugs.units, l('Einheit', 'Unit'), { admin: { width: '25%' } }),
        relation('tenancy', slugs.tenancies, l('Bestandsverhältnis', 'Tenancy'), { admin: { width: '25%' } }),
        relation('person', slugs.persons, l('Person', 'Person'), { admin: { width: '25%' } }),
      ],
    },
    stampedBy('author', l('verfasst von', 'Written by'), { admin: { position: 'sidebar' } }),
  ],
}
