import type { CollectionConfig, Field } from 'payload'

import { can } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { slugs } from '@/constants/slugs'
import { address } from '@/fields/address'
import { calendarDate } from '@/fields/calendar-date'
import { l } from '@/fields/label'
import { occupancyDates } from '@/fields/occupancy'
import { relation } from '@/fields/relationship'
import { individualFieldsTab, validateIndividualFieldValues } from '@/fields/individual-fields'
import { documentsTab, functionHoldersTab } from '@/fields/joins'
import { fromAccounting, sourceFields } from '@/fields/source'

import { adminGroups } from './configuration/groups'
import { assignAllocationOfficeToObjectsEndpoint } from './units/assign-allocation-office-endpoint'
import { portalContacts, publishContactsForPortal, publishedContacts } from './objects-portal/portal-contacts'
import {
  portalImageEndpoint,
  portalImages,
  publishedImages,
  publishImagesForPortal,
} from './objects-portal/portal-images'

export const objectTypes = [
  { label: l('Miete', 'Rental'), value: 'rental' },
  { label: l('Wohnungseigentum', 'Condominium'), value: 'condominium' },
  { label: l('gemischt', 'Mixed'), value: 'mixed' },
]

const objectFields: Field[] = [
  {
    type: 'tabs',
    tabs: [
      {
        label: l('Stammdaten', 'Master data'),
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'number',
                type: 'text',
                label: l('Objektnummer', 'Object number'),
                required: true,
                unique: true,
                admin: { width: '25%' },
              },
              {
                name: 'name',
                type: 'text',
                label: l('Bezeichnung', 'Name'),
                required: true,
                admin: { width: '50%' },
              },
              {
                name: 'type',
                type: 'select',
                label: l('Objektart', 'Object type'),
                options: objectTypes,
                required: true,
                defaultValue: 'rental',
                index: true,
                admin: { width: '25%' },
              },
            ],
          },
          address(),
          {
            type: 'row',
            fields: [
              relation('municipality', slugs.municipalities, l('Gemeinde', 'Municipality'), {
                admin: { width: '50%' },
              }),

              calendarDate('takeOverDate', l('Übernahmedatum', 'Take-over date'), {
                admin: {
                  width: '50%',
                  description: l(
                    'Einzug von Bestandsverhältnissen ohne eigenes Datum',
                    'Move-in of tenancies without a date of their own',
                  ),
                },
              }),
            ],
          },
          {
            type: 'row',
            fields: [
              relation('groups', slugs.objectGroups, l('Objektgruppen', 'Object groups'), {
                hasMany: true,
                admin: { width: '34%' },
              }),
              relation('propertyManager', slugs.users, l('Hausverwalter:in', 'Property manager'), {
                admin: { width: '33%' },
              }),
              relation('managerGroup', slugs.managerGroups, l('HV-Gruppe', 'Manager group'), {
                admin: { width: '33%' },
              }),
            ],
          },
        ],
      },
      {
        label: l('Gebäude', 'Buildings'),
        fields: [
          occupancyDates(
            l(
              'Gilt für alle Gebäudeteile ohne eigenes Datum',
              'Applies to every building part without a date of its own',
            ),
          ),
          {
            name: 'buildingParts',
            type: 'join',
            label: l('Gebäudeteile', 'Building parts'),
            collection: slugs.buildingParts,
            on: 'object',
            defaultSort: 'sortOrder',
          },
          {
            name: 'staircases',
            type: 'join',
            label: l('Stiegen', 'Staircases'),
            collection: slugs.staircases,
            on: 'object',
            defaultSort: 'name',
          },
        ],
      },
      {
        label: l('Einheiten', 'Units'),
        fields: [
          {
            name: 'units',
            type: 'join',
            label: l('Einheiten', 'Units'),
            collection: slugs.units,
            on: 'object',
            defaultSort: 'unitNumber',
            defaultLimit: 25,
            admin: { defaultColumns: ['unitNumber', 'topNumber', 'holdingType', 'status', 'netArea'] },
          },
        ],
      },
      {
        label: l('Portal', 'Portal'),
        fields: [portalContacts, publishedContacts, portalImages, publishedImages],
      },
      documentsTab('object'),
      functionHoldersTab('object'),
      individualFieldsTab('objects'),
    ],
  },
  ...sourceFields,
]

/** A property (Objekt / Liegenschaft), SPEC F-01. */
export const Objects: CollectionConfig = fromAccounting('objects', {
  slug: slugs.objects,
  labels: { singular: l('Objekt', 'Object'), plural: l('Objekte', 'Objects') },
  defaultSort: 'number',
  admin: {
    group: adminGroups.masterData,
    useAsTitle: 'name',
    defaultColumns: ['number', 'name', 'type', 'address.city', 'propertyManager'],
    listSearchableFields: ['number', 'name', 'address.street', 'address.city'],
    components: {
      beforeListTable: [
        '@/admin/individual-fields/list-filter#ObjectIndividualFieldFilter',
        '@/admin/allocation-offices/assign-to-objects#AssignOfficeToObjects',
      ],
      edit: {
        beforeDocumentControls: [
          '@/admin/portal-users/invite-holders-button#InviteHoldersButton',
          '@/admin/reports/object-reports-links#ObjectReportsLinks',
        ],
      },
      views: {
        edit: {
          unitOverview: {
            Component: '@/admin/unit-overview/unit-overview-view#UnitOverviewView',
            path: '/unit-overview',
            tab: {
              label: ({ t }) => (t as (key: string) => string)('hauswerk:unitOverview'),
              href: '/unit-overview',
              order: 150,
            },
          },
        },
      },
    },
  },
  endpoints: [portalImageEndpoint, assignAllocationOfficeToObjectsEndpoint],
  access: {
    read: can(P.objectsRead),
    create: can(P.objectsCreate),
    update: can(P.objectsUpdate),
    delete: can(P.objectsDelete),
  },
  hooks: {
    beforeChange: [validateIndividualFieldValues('objects')],
    beforeRead: [publishContactsForPortal, publishImagesForPortal],
  },
  fields: objectFields,
})
