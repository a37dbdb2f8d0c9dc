import { slugs } from '@/constants/slugs'
import { countryOptions } from '@/fields/address'
import { l } from '@/fields/label'

import { configurationTable } from './configuration-table'

/** The municipality list that allocation offices are synchronised from (SPEC F-09). */
export const Municipalities = configurationTable({
  slug: slugs.municipalities,
  labels: { singular: l('Gemeinde', 'Municipality'), plural: l('Gemeinden', 'Municipalities') },
  useAsTitle: 'name',
  defaultColumns: ['code', 'name', 'state', 'country'],
  fields: [
    {
      name: 'code',
      type: 'text',
      label: l('Gemeindekennziffer', 'Municipality code'),
      required: true,
      unique: true,
    },
    { name: 'name', type: 'text', label: l('Name', 'Name'), required: true },
    { name: 'state', type: 'text', label: l('Bundesland', 'State') },
    { name: 'country', type: 'select', label: l('Land', 'Country'), options: countryOptions, defaultValue: 'AT' },
  ],
})
