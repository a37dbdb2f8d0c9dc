import type { CollectionConfig, Field } from 'payload'

import { can } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { slugs } from '@/constants/slugs'
import { address } from '@/fields/address'
import { calendarDate } from '@/fields/calendar-date'
import { l } from '@/fields/label'
import { area, wholeNumber } from '@/fields/number'
import { relation } from '@/fields/relationship'
import { individualFieldsTab, validateIndividualFieldValues } from '@/fields/individual-fields'
import { documentsTab, functionHoldersTab } from '@/fields/joins'
import { fromAccounting, sourceFields } from '@/fields/source'
import { sameObject } from '@/hooks/same-object'

import { adminGroups } from '../configuration/groups'
import { assignAllocationOfficeEndpoint } from './assign-allocation-office-endpoint'
import { equipment } from './equipment'
import { unitGroupFields } from './group-fields'
import { defaultAddressFromObject } from './hooks/default-address-from-object'
import { subTypeOfHoldingType, uniqueUnitNumberInObject } from './validate'

export const tenures = [
  { label: l('Miete', 'Rental'), value: 'rental' },
  { label: l('Eigentum', 'Owned'), value: 'owned' },
]

const unitFields: Field[] = [
  {
    type: 'tabs',
    tabs: [
      {
        label: l('Stammdaten', 'Master data'),
        fields: [
          {
            type: 'row',
            fields: [
              relation('object', slugs.objects, l('Objekt', 'Object'), {
                required: true,
                admin: { width: '40%' },
              }),
              {
                name: 'unitNumber',
                type: 'text',
                label: l('Einheitennummer', 'Unit number'),
                required: true,
                index: true,
                validate: uniqueUnitNumberInObject,
                admin: { width: '30%' },
              },
              {
                name: 'topNumber',
                type: 'text',
                label: l('Top-Nummer', 'Top number'),
                index: true,
                admin: { width: '30%' },
              },
            ],
          },
          {
            type: 'row',
            fields: [
              relation('buildingPart', slugs.buildingParts, l('Gebäudeteil', 'Building part'), {
                filterOptions: ({ data }) => ({ object: { equals: (data as { object?: unknown }).object } }),
                validate: sameObject(slugs.buildingParts),
                admin: { width: '50%' },
              }),
              relation('staircase', slugs.staircases, l('Stiege', 'Staircase'), {
                filterOptions: ({ data }) => ({ object: { equals: (data as { object?: unknown }).object } }),
                validate: sameObject(slugs.staircases),
                admin: { width: '50%' },
              }),
            ],
          },
          {
            type: 'row',
            fields: [
              {
                name: 'tenure',
                type: 'select',
                label: l('Typus', 'Tenure'),
                options: tenures,
                required: true,
                defaultValue: 'rental',
                index: true,
                admin: { width: '25%' },
              },

              relation('holdingType', slugs.holdingTypes, l('Bestandsart', 'Holding type'), {
                required: true,
                admin: { width: '35%' },
              }),

              relation('holdingSubType', slugs.holdingSubTypes, l('Unterbestandsart', 'Holding sub-type'), {
                filterOptions: ({ data }) => ({
                  holdingType: { equals: (data as { holdingType?: unknown }).holdingType },
                }),
                validate: subTypeOfHoldingType,
                admin: {
                  width: '40%',
                  components: { Field: '@/admin/units/holding-sub-type-field#HoldingSubTypeField' },
                },
              }),
            ],
          },
          {
            type: 'row',
            fields: [
              relation('status', slugs.unitStatuses, l('Status', 'Status'), {
                required: true,
                admin: { width: '35%' },
              }),
              {
                name: 'active',
                type: 'checkbox',
                label: l('aktiv', 'active'),
                virtual: 'status.active',
                admin: { readOnly: true, width: '15%', description: l('aus dem Status', 'from the status') },
              },
              {
                name: 'category',
                type: 'select',
                label: l('Kategorie', 'Category'),
                options: ['A', 'B', 'C', 'D'],
                admin: { width: '15%', description: l('Ausstattungskategorie: A die beste, D die einfachste', 'Fittings category: A the best, D the simplest') },
              },
              relation('rentCategory', slugs.rentCategories, l('Mietkategorie', 'Rent category'), {
                admin: { width: '35%' },
              }),
            ],
          },

          calendarDate('vacantSince', l('Leer laut Buchhaltung seit', 'Vacant according to accounting since'), {
            admin: {
              description: l(
                'Vom Import gesetzt; eine Leerstehung wird dann automatisch angelegt.',
                'Set by the import, which then creates a vacancy tenancy.',
              ),
            },
          }),
          {
            type: 'row',
            fields: [
              wholeNumber('rooms', l('Zimmer', 'Rooms'), { admin: { width: '15%' } }),
              { name: 'floor', type: 'text', label: l('Geschoß', 'Floor'), admin: { width: '15%' } },
              { name: 'position', type: 'text', label: l('Lage', 'Position'), admin: { width: '30%' } },
              {
                name: 'unitCode',
                type: 'text',
                label: l('Einheitencode', 'Unit code'),
                index: true,
                admin: { width: '40%' },
              },
            ],
          },
          {
            type: 'row',
            fields: [
              area('netArea', l('Nettonutzfläche (m²)', 'Net usable area (m²)'), { admin: { width: '25%' } }),
              wholeNumber('usefulValue', l('Nutzwert', 'Useful value'), { admin: { width: '25%' } }),
              {
                name: 'financing',
                type: 'select',
                label: l('Finanzierung', 'Financing'),
                options: [
                  { label: l('frei finanziert', 'privately financed'), value: 'private' },
                  { label: l('gefördert (WBF)', 'subsidised'), value: 'subsidised' },
                  { label: l('Gemeinde', 'municipal'), value: 'municipal' },
                ],
                admin: { width: '25%' },
              },
              calendarDate('firstLettingDate', l('Erstvermietung', 'First letting'), { admin: { width: '25%' } }),
            ],
          },
          {
            type: 'row',
            fields: [
              relation(
                'allocationOffice',
                slugs.allocationOffices,
                l('Vergaberecht (Vergabestelle)', 'Allocation right (office)'),
                {
                  admin: { width: '50%' },
                },
              ),
              {
                name: 'barrierFree',
                type: 'checkbox',
                label: l('barrierefrei', 'barrier-free'),
                admin: { width: '25%' },
              },
              {
                name: 'ageAppropriate',
                type: 'checkbox',
                label: l('altersgerecht', 'age-appropriate'),
                admin: { width: '25%' },
              },
            ],
          },
          ...unitGroupFields,
        ],
      },
      {
        label: l('Adresse', 'Address'),
        description: l('Ohne Angabe gilt die Adresse des Objekts.', 'Without an entry the object’s address applies.'),
        fields: [address()],
      },
      {
        label: l('Flächen', 'Areas'),
        fields: [
          {
            name: 'areas',
            type: 'array',
            label: l('Flächen je Verrechnungseinheit', 'Areas per billing unit'),
            labels: { singular: l('Fläche', 'Area'), plural: l('Flächen', 'Areas') },
            fields: [
              {
                type: 'row',
                fields: [
                  relation('costSector', slugs.costSectors, l('Sachbereich', 'Cost sector'), {
                    required: true,
                    admin: { width: '35%' },
                  }),
                  {
                    name: 'billingUnit',
                    type: 'text',
                    label: l('Verrechnungseinheit (VEH)', 'Billing unit'),
                    required: true,
                    index: true,
                    admin: { width: '35%' },
                  },
                  area('area', l('Fläche (m²)', 'Area (m²)'), { required: true, admin: { width: '30%' } }),
                ],
              },
            ],
          },
        ],
      },
      { label: l('Ausstattung', 'Equipment'), fields: [equipment] },
      {
        label: l('Heizkosten & Bemerkungen', 'Heating & remarks'),
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'heatingCostKey',
                type: 'text',
                label: l('Heizkostenschlüssel', 'Heating-cost key'),
                admin: { width: '50%' },
              },
              relation('heatingCostCompany', slugs.persons, l('Heizkostenfirma', 'Heating-cost company'), {
                admin: { width: '50%' },
              }),
            ],
          },
          { name: 'remark', type: 'richText', label: l('Bemerkung', 'Remark') },
          {
            name: 'accountingRemark',
            type: 'textarea',
            label: l('Bemerkung Buchhaltung', 'Accounting remark'),
          },
        ],
      },
      {
        label: l('Bestandsverhältnisse', 'Tenancies'),
        fields: [
          {
            name: 'tenancies',
            type: 'join',
            label: l('Bestandsverhältnisse', 'Tenancies'),
            collection: slugs.tenancies,
            on: 'unit',
            defaultSort: '-moveIn',
            admin: { defaultColumns: ['kind', 'holders', 'moveIn', 'moveOut'] },
          },
        ],
      },
      documentsTab('unit'),
      functionHoldersTab('unit'),
      individualFieldsTab('units'),
    ],
  },
  {
    name: 'infoGrid',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '@/admin/info-grid/info-grid#UnitInfoGrid' } },
  },
  {
    name: 'unitReports',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '@/admin/units/unit-reports-button#UnitReportsButton' } },
  },
  ...sourceFields,
]

/** A unit (Einheit / Bestandseinheit), SPEC F-02. Active while its status code is ≤ 100. */
export const Units: CollectionConfig = fromAccounting('units', {
  slug: slugs.units,
  labels: { singular: l('Einheit', 'Unit'), plural: l('Einheiten', 'Units') },
  defaultSort: 'unitNumber',
  admin: {
    group: adminGroups.masterData,
    useAsTitle: 'unitNumber',
    defaultColumns: [
      'unitNumber',
      'object',
      'topNumber',
      'holdingType',
      'status',
      'active',
      'netArea',
      'individualFields',
    ],
    listSearchableFields: ['unitNumber', 'topNumber', 'unitCode'],
    components: { beforeListTable: ['@/admin/individual-fields/list-filter#UnitIndividualFieldFilter'] },
  },
  access: {
    read: can(P.unitsRead),
    create: can(P.unitsCreate),
    update: can(P.unitsUpdate),
    delete: can(P.unitsDelete),
  },
  indexes: [{ fields: ['object', 'unitNumber'], unique: true }],
  endpoints: [assignAllocationOfficeEndpoint],
  hooks: {
    beforeChange: [validateIndividualFieldValues('units'), defaultAddressFromObject],
  },
  fields: unitFields,
})
