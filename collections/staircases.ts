import type { CollectionConfig } from 'payload'

import { can } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { slugs } from '@/constants/slugs'
import { l } from '@/fields/label'
import { relation } from '@/fields/relationship'
import { sameObject } from '@/hooks/same-object'

import { adminGroups } from './configuration/groups'

/** A stairwell (Stiege); units belong to one. */
export const Staircases: CollectionConfig = {
  slug: slugs.staircases,
  labels: { singular: l('Stiege', 'Staircase'), plural: l('Stiegen', 'Staircases') },
  defaultSort: 'name',
  admin: { group: adminGroups.masterData, useAsTitle: 'name', defaultColumns: ['object', 'buildingPart', 'name'] },
  access: {
    read: can(P.objectsRead),
    create: can(P.objectsUpdate),
    update: can(P.objectsUpdate),
    delete: can(P.objectsUpdate),
  },
  indexes: [{ fields: ['object', 'name'], unique: true }],
  fields: [
    relation('object', slugs.objects, l('Objekt', 'Object'), { required: true }),
    relation('buildingPart', slugs.buildingParts, l('Gebäudeteil', 'Building part'), {
      filterOptions: ({ siblingData }) => ({ object: { equals: (siblingData as { object?: unknown }).object } }),
      validate: sameObject(slugs.buildingParts),
    }),
    { name: 'name', type: 'text', label: l('Bezeichnung', 'Name'), required: true },
  ],
}
