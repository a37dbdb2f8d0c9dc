import type { CollectionConfig } from 'payload'

import { can } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { slugs } from '@/constants/slugs'
import { l } from '@/fields/label'
import { wholeNumber } from '@/fields/number'
import { occupancyDates } from '@/fields/occupancy'
import { relation } from '@/fields/relationship'

import { adminGroups } from './configuration/groups'

/** A part of an object (house A, house B). */
export const BuildingParts: CollectionConfig = {
  slug: slugs.buildingParts,
  labels: { singular: l('Gebäudeteil', 'Building part'), plural: l('Gebäudeteile', 'Building parts') },
  defaultSort: 'sortOrder',
  admin: { group: adminGroups.masterData, useAsTitle: 'name', defaultColumns: ['object', 'name', 'sortOrder'] },
  access: {
    read: can(P.objectsRead),
    create: can(P.objectsUpdate),
    update: can(P.objectsUpdate),
    delete: can(P.objectsUpdate),
  },
  indexes: [{ fields: ['object', 'name'], unique: true }],
  fields: [
    relation('object', slugs.objects, l('Objekt', 'Object'), { required: true }),
    { name: 'name', type: 'text', label: l('Bezeichnung', 'Name'), required: true },
    wholeNumber('sortOrder', l('Reihenfolge', 'Sort order'), { defaultValue: 0 }),
    occupancyDates(l('leer: Daten des Objekts', 'empty: the object’s dates')),
  ],
}
