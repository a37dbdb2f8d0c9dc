import type { GroupField } from 'payload'

import { l } from '@/fields/label'

/** Ausstattung: floor coverings, balcony, heating, compartments (SPEC F-02). */
export const equipment: GroupField = {
  name: 'equipment',
  type: 'group',
  label: l('Ausstattung', 'Equipment'),
  fields: [
    {
      name: 'floorCoverings',
      type: 'select',
      hasMany: true,
      label: l('Bodenbeläge', 'Floor coverings'),
      options: [
        { label: l('Parkett', 'Parquet'), value: 'parquet' },
        { label: l('Laminat', 'Laminate'), value: 'laminate' },
        { label: l('Fliesen', 'Tiles'), value: 'tiles' },
        { label: l('Teppich', 'Carpet'), value: 'carpet' },
        { label: l('Linoleum / PVC', 'Linoleum / vinyl'), value: 'vinyl' },
        { label: l('Estrich', 'Screed'), value: 'screed' },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'balcony',
          type: 'select',
          label: l('Freifläche', 'Outdoor space'),
          options: [
            { label: l('Balkon', 'Balcony'), value: 'balcony' },
            { label: l('Loggia', 'Loggia'), value: 'loggia' },
            { label: l('Terrasse', 'Terrace'), value: 'terrace' },
            { label: l('Garten', 'Garden'), value: 'garden' },
          ],
          admin: { width: '50%' },
        },
        {
          name: 'heating',
          type: 'select',
          label: l('Heizung', 'Heating'),
          options: [
            { label: l('Zentralheizung', 'Central heating'), value: 'central' },
            { label: l('Fernwärme', 'District heating'), value: 'district' },
            { label: l('Gasetagenheizung', 'Gas floor heating'), value: 'gas' },
            { label: l('Wärmepumpe', 'Heat pump'), value: 'heatPump' },
            { label: l('Elektro', 'Electric'), value: 'electric' },
            { label: l('keine', 'none'), value: 'none' },
          ],
          admin: { width: '50%' },
        },
      ],
    },
    {
      name: 'compartments',
      type: 'array',
      label: l('Abteile', 'Compartments'),
      labels: { singular: l('Abteil', 'Compartment'), plural: l('Abteile', 'Compartments') },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'kind',
              type: 'select',
              label: l('Art', 'Kind'),
              required: true,
              options: [
                { label: l('Kellerabteil', 'Cellar compartment'), value: 'cellar' },
                { label: l('Dachbodenabteil', 'Attic compartment'), value: 'attic' },
                { label: l('Fahrradabstellplatz', 'Bicycle space'), value: 'bicycle' },
              ],
              admin: { width: '40%' },
            },
            { name: 'number', type: 'text', label: l('Nummer', 'Number'), admin: { width: '30%' } },
            { name: 'area', type: 'number', label: l('Fläche (m²)', 'Area (m²)'), admin: { width: '30%', step: 0.01 } },
          ],
        },
      ],
    },
  ],
}
