import type { CollectionConfig } from 'payload'

import { can } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { slugs } from '@/constants/slugs'
import { calendarDate, notBefore } from '@/fields/calendar-date'
import { l } from '@/fields/label'
import { relation } from '@/fields/relationship'
import { fromAccounting, sourceFields } from '@/fields/source'

import { adminGroups } from '../configuration/groups'
import { endFunctionEndpoint } from './end-function-endpoint'
import { oneScopeOfType, refuseAccountingFunctionType } from './validate'

/**
 * Funktionsträger (SPEC F-08): a person holds a function type for a unit, object, tenancy or
 * allocation office from a start to an end date. Imported functions are read-only as a whole:
 * every field is owned by accounting.
 */
export const Functions: CollectionConfig = fromAccounting('functions', {
  slug: slugs.functions,
  labels: { singular: l('Funktion', 'Function'), plural: l('Funktionen', 'Functions') },
  defaultSort: '-from',
  admin: {
    group: adminGroups.masterData,
    useAsTitle: 'id',
    defaultColumns: ['functionType', 'person', 'unit', 'object', 'from', 'until'],
    components: {
      beforeListTable: ['@/admin/active-filter/active-filter#FunctionActiveFilter'],
      edit: { beforeDocumentControls: ['@/admin/functions/end-function-button#EndFunctionButton'] },
    },
  },
  access: {
    read: can(P.functionsRead),
    create: can(P.functionsCreate),
    update: can(P.functionsUpdate),
    delete: can(P.functionsDelete),
  },
  endpoints: [endFunctionEndpoint],
  fields: [
    {
      type: 'row',
      fields: [
        relation('functionType', slugs.functionTypes, l('Funktion', 'Function'), {
          required: true,
          hooks: { beforeValidate: [refuseAccountingFunctionType] },
          admin: { width: '50%' },
        }),

        relation('person', slugs.persons, l('Person', 'Person'), { required: true, admin: { width: '50%' } }),
      ],
    },
    {
      type: 'row',
      fields: [
        relation('unit', slugs.units, l('Einheit', 'Unit'), { validate: oneScopeOfType, admin: { width: '25%' } }),
        relation('object', slugs.objects, l('Objekt', 'Object'), { admin: { width: '25%' } }),

        relation('tenancy', slugs.tenancies, l('Bestandsverhältnis', 'Tenancy'), { admin: { width: '25%' } }),

        relation('allocationOffice', slugs.allocationOffices, l('Vergabestelle', 'Allocation office'), {
          admin: { width: '25%' },
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        calendarDate('from', l('von', 'from'), { required: true, index: true, admin: { width: '50%' } }),

        calendarDate('until', l('bis', 'until'), {
          index: true,
          validate: notBefore('from'),
          admin: { width: '50%' },
        }),
      ],
    },
    { name: 'remark', type: 'text', label: l('Bemerkung', 'Remark') },
    ...sourceFields,
  ],
})
