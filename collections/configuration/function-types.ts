import { slugs } from '@/constants/slugs'
import { l } from '@/fields/label'
import { wholeNumber } from '@/fields/number'

import { configurationTable } from './configuration-table'

export const functionScopes = [
  { label: l('Einheit', 'Unit'), value: 'unit' },
  { label: l('Objekt', 'Object'), value: 'object' },
  { label: l('Bestandsverhältnis', 'Tenancy'), value: 'tenancy' },
  { label: l('Vergabestelle', 'Allocation office'), value: 'allocationOffice' },
] as const

export type FunctionScope = (typeof functionScopes)[number]['value']

/** The catalogue of functions (Hausverwalter, Hausbesorger, Mieter …) with numeric codes (SPEC F-08). */
export const FunctionTypes = configurationTable({
  slug: slugs.functionTypes,
  labels: { singular: l('Funktionstyp', 'Function type'), plural: l('Funktionstypen', 'Function types') },
  useAsTitle: 'name',
  defaultSort: 'code',
  defaultColumns: ['code', 'name', 'appliesTo'],
  fields: [
    wholeNumber('code', l('Code', 'Code'), { required: true, unique: true }),
    { name: 'name', type: 'text', label: l('Bezeichnung', 'Name'), required: true },
    { name: 'nameEn', type: 'text', label: l('Bezeichnung (englisch)', 'Name (English)') },
    {
      name: 'appliesTo',
      type: 'select',
      hasMany: true,
      label: l('gilt für', 'Applies to'),
      options: [...functionScopes],
      required: true,
    },
  ],
})
