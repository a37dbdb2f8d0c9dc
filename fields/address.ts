import type { GroupField } from 'payload'

import { l } from './label'

export const countryOptions = [
  { label: l('Österreich', 'Austria'), value: 'AT' },
  { label: l('Deutschland', 'Germany'), value: 'DE' },
  { label: l('Schweiz', 'Switzerland'), value: 'CH' },
  { label: l('Italien', 'Italy'), value: 'IT' },
  { label: l('anderes Land', 'other country'), value: 'XX' },
]

/** A postal address. */
export function address(name = 'address', label = l('Adresse', 'Address')): GroupField {
  return {
    name,
    label,
    type: 'group',
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'street', type: 'text', label: l('Straße', 'Street'), admin: { width: '60%' } },
          { name: 'houseNumber', type: 'text', label: l('Hausnummer', 'House number'), admin: { width: '20%' } },
          { name: 'door', type: 'text', label: l('Tür / Stiege', 'Door / stair'), admin: { width: '20%' } },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'postcode', type: 'text', label: l('PLZ', 'Postcode'), index: true, admin: { width: '20%' } },
          { name: 'city', type: 'text', label: l('Ort', 'City'), index: true, admin: { width: '50%' } },
          {
            name: 'country',
            type: 'select',
            label: l('Land', 'Country'),
            options: countryOptions,
            defaultValue: 'AT',
            admin: { width: '30%' },
          },
        ],
      },
    ],
  }
}
