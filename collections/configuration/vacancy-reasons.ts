import { slugs } from '@/constants/slugs'
import { l } from '@/fields/label'

import { configurationTable } from './configuration-table'

export const VacancyReasons = configurationTable({
  slug: slugs.vacancyReasons,
  labels: { singular: l('Leerstandsgrund', 'Vacancy reason'), plural: l('Leerstandsgründe', 'Vacancy reasons') },
  useAsTitle: 'text',
  defaultSort: 'code',
  defaultColumns: ['code', 'text', 'refurbishment'],
  fields: [
    { name: 'code', type: 'text', label: l('Code', 'Code'), required: true, unique: true },
    { name: 'text', type: 'text', label: l('Bezeichnung', 'Text'), required: true },
    {
      name: 'refurbishment',
      type: 'checkbox',
      label: l('Sanierung', 'Refurbishment'),
      defaultValue: false,
      admin: {
        description: l('für die Liste „Leerstehungen wegen Sanierung“', 'for the list "vacancies for refurbishment"'),
      },
    },
  ],
})
