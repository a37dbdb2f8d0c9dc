import { slugs } from '@/constants/slugs'
import { l } from '@/fields/label'

import { configurationTable } from './configuration-table'

export const RentCategories = configurationTable({
  slug: slugs.rentCategories,
  labels: { singular: l('Mietkategorie', 'Rent category'), plural: l('Mietkategorien', 'Rent categories') },
  useAsTitle: 'text',
  defaultSort: 'code',
  defaultColumns: ['code', 'text'],
  fields: [
    { name: 'code', type: 'text', label: l('Code', 'Code'), required: true, unique: true },
    { name: 'text', type: 'text', label: l('Bezeichnung', 'Text'), required: true },
  ],
})
