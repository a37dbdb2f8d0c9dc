import type { CollectionConfig } from 'payload'

import { can } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { slugs } from '@/constants/slugs'
import { address } from '@/fields/address'
import { l } from '@/fields/label'
import { relation } from '@/fields/relationship'
import { message } from '@/i18n/messages'

import { adminGroups } from '../configuration/groups'
import { syncMunicipalitiesEndpoint } from './sync-municipalities-endpoint'

/** Vergabestellen (SPEC F-09): bodies with the right to allocate subsidised units. */
export const AllocationOffices: CollectionConfig = {
  slug: slugs.allocationOffices,
  labels: { singular: l('Vergabestelle', 'Allocation office'), plural: l('Vergabestellen', 'Allocation offices') },
  defaultSort: 'name',
  admin: {
    group: adminGroups.masterData,
    useAsTitle: 'name',
    defaultColumns: ['name', 'municipality', 'contactPerson', 'colour'],
    components: {
      beforeListTable: ['@/admin/allocation-offices/sync-municipalities-button#SyncMunicipalitiesButton'],
    },
  },
  access: {
    read: can(P.allocationOfficesRead),
    create: can(P.allocationOfficesCreate),
    update: can(P.allocationOfficesUpdate),
    delete: can(P.allocationOfficesDelete),
  },
  endpoints: [syncMunicipalitiesEndpoint],
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', label: l('Name', 'Name'), required: true, unique: true, admin: { width: '50%' } },
        {
          name: 'workflowName',
          type: 'text',
          label: l('Name im Mieterwechsel', 'Name in the tenant-change workflow'),
          admin: { width: '50%' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        relation('municipality', slugs.municipalities, l('Gemeinde', 'Municipality'), {
          unique: true,
          admin: { width: '50%' },
        }),
        relation('contactPerson', slugs.persons, l('Ansprechperson', 'Contact person'), { admin: { width: '50%' } }),
      ],
    },
    relation('portalUser', slugs.portalUsers, l('Portal-Zugang', 'Portal user'), {
      unique: true,
      admin: {
        description: l(
          'Sieht im Portal die Kündigungen und Leerstehungen der Einheiten dieser Vergabestelle.',
          'Sees the terminations and vacancies of this office’s units in the portal.',
        ),
      },
    }),
    {
      type: 'row',
      fields: [
        { name: 'email', type: 'email', label: l('E-Mail', 'E-mail'), admin: { width: '35%' } },
        { name: 'phone', type: 'text', label: l('Telefon', 'Phone'), admin: { width: '35%' } },
        {
          name: 'colour',
          type: 'text',
          label: l('Farbe (Leerstandsbericht)', 'Colour (vacancy report)'),
          defaultValue: '#4a7bd0',
          validate: (value: unknown, { req }: { req: Parameters<typeof message>[0] }) =>
            !value || /^#[0-9a-fA-F]{6}$/.test(String(value)) ? true : message(req, 'colour'),
          admin: { width: '30%', components: { Field: '@/admin/allocation-offices/colour-field#ColourField' } },
        },
      ],
    },
    address(),
    {
      name: 'units',
      type: 'join',
      label: l('Einheiten mit Vergaberecht', 'Units with allocation right'),
      collection: slugs.units,
      on: 'allocationOffice',
      admin: { defaultColumns: ['unitNumber', 'object', 'holdingType', 'status'] },
    },
  ],
}
