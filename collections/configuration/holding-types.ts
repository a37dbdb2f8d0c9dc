import { P } from '@/constants/permissions'
import { slugs } from '@/constants/slugs'
import { wholeNumber } from '@/fields/number'
import { l } from '@/fields/label'

import { configurationTable } from './configuration-table'

export const HoldingTypes = configurationTable({
  slug: slugs.holdingTypes,
  labels: { singular: l('Bestandsart', 'Holding type'), plural: l('Bestandsarten', 'Holding types') },
  useAsTitle: 'text',
  defaultSort: 'code',
  defaultColumns: ['code', 'text'],
  editPermission: P.holdingTypesEdit,
  fields: [
    wholeNumber('code', l('Code', 'Code'), { required: true, unique: true }),
    { name: 'text', type: 'text', label: l('Bezeichnung', 'Text'), required: true },
    {
      name: 'subTypes',
      type: 'join',
      label: l('Unterbestandsarten', 'Sub-types'),
      collection: slugs.holdingSubTypes,
      on: 'holdingType',
      defaultSort: 'sortOrder',
    },
  ],
})
