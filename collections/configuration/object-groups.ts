import { slugs } from '@/constants/slugs'
import { l } from '@/fields/label'

import { configurationTable } from './configuration-table'

export const ObjectGroups = configurationTable({
  slug: slugs.objectGroups,
  labels: { singular: l('Objektgruppe', 'Object group'), plural: l('Objektgruppen', 'Object groups') },
  useAsTitle: 'name',
  defaultColumns: ['code', 'name'],
  fields: [
    { name: 'code', type: 'text', label: l('Code', 'Code'), required: true, unique: true },
    { name: 'name', type: 'text', label: l('Bezeichnung', 'Name'), required: true },
  ],
})
