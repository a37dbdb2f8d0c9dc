import { P } from '@/constants/permissions'
import { slugs } from '@/constants/slugs'
import { wholeNumber } from '@/fields/number'
import { relationCell } from '@/fields/relationship'
import { l } from '@/fields/label'

import { configurationTable } from './configuration-table'

export const HoldingSubTypes = configurationTable({
  slug: slugs.holdingSubTypes,
  labels: { singular: l('Unterbestandsart', 'Holding sub-type'), plural: l('Unterbestandsarten', 'Holding sub-types') },
  useAsTitle: 'name',
  defaultSort: 'sortOrder',
  defaultColumns: ['holdingType', 'name', 'sortOrder'],
  editPermission: P.holdingTypesEdit,
  fields: [
    {
      name: 'holdingType',
      type: 'relationship',
      relationTo: slugs.holdingTypes,
      label: l('Bestandsart', 'Holding type'),
      required: true,
      index: true,
      admin: { components: { Cell: relationCell } },
    },
    { name: 'name', type: 'text', label: l('Bezeichnung', 'Name'), required: true },
    wholeNumber('sortOrder', l('Reihenfolge', 'Sort order'), { defaultValue: 0 }),
  ],
})
