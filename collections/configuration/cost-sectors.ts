import { slugs } from '@/constants/slugs'
import { l } from '@/fields/label'

import { configurationTable } from './configuration-table'

/** Sachbereiche such as BK (operating costs), HK (heating), IK (maintenance). */
export const CostSectors = configurationTable({
  slug: slugs.costSectors,
  labels: { singular: l('Sachbereich', 'Cost sector'), plural: l('Sachbereiche', 'Cost sectors') },
  useAsTitle: 'name',
  defaultSort: 'code',
  defaultColumns: ['code', 'name'],
  fields: [
    { name: 'code', type: 'text', label: l('Kürzel', 'Code'), required: true, unique: true },
    { name: 'name', type: 'text', label: l('Bezeichnung', 'Name'), required: true },
  ],
})
