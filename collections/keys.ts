import type { CollectionConfig, Validate } from 'payload'

import { readKeys, writeKeys } from '@/access/keys'
import { slugs } from '@/constants/slugs'
import { calendarDate, notBefore } from '@/fields/calendar-date'
import { l } from '@/fields/label'
import { wholeNumber } from '@/fields/number'
import { idOf, relation } from '@/fields/relationship'
import { message } from '@/i18n/messages'

import { adminGroups } from './configuration/groups'

/** A key handed over under a tenancy opens that tenancy's unit. Read as the system: consistency, not visibility. */
const tenancyOfTheUnit: Validate = async (value, { req, data }) => {
  const id = idOf(value)
  if (!id) return true
  const tenancy = await req.payload.findByID({
    collection: 'tenancies',
    id,
    depth: 0,
    req,
    overrideAccess: true,
    select: { unit: true },
    disableErrors: true,
  })
  if (!tenancy) return message(req, 'notFound', { what: 'Bestandsverhältnis / tenancy', id })
  return String(idOf(tenancy.unit)) === String(idOf((data as { unit?: unknown } | undefined)?.unit))
    ? true
    : message(req, 'keyOtherUnit')
}

/**
 * Schlüssel (manual "Infogrid", ADR 0065): keys of a unit, usually handed over under a tenancy;
 * listed and added from the info grid of the unit and the tenancy.
 */
export const Keys: CollectionConfig = {
  slug: slugs.keys,
  labels: { singular: l('Schlüssel', 'Key'), plural: l('Schlüssel', 'Keys') },
  defaultSort: '-handedOverOn',
  admin: {
    group: adminGroups.masterData,
    useAsTitle: 'kind',
    defaultColumns: ['kind', 'number', 'count', 'unit', 'tenancy', 'handedOverOn', 'returnedOn'],
  },
  access: { read: readKeys, create: writeKeys, update: writeKeys, delete: writeKeys },
  fields: [
    {
      type: 'row',
      fields: [
        relation('unit', slugs.units, l('Einheit', 'Unit'), { required: true, admin: { width: '50%' } }),
        relation('tenancy', slugs.tenancies, l('Bestandsverhältnis', 'Tenancy'), {
          validate: tenancyOfTheUnit,
          admin: { width: '50%' },
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'text',
          label: l('Art / Schließung', 'Kind / lock'),
          required: true,
          admin: { width: '50%' },
        },
        { name: 'number', type: 'text', label: l('Schlüsselnummer', 'Key number'), admin: { width: '30%' } },
        wholeNumber('count', l('Anzahl', 'Count'), { required: true, defaultValue: 1, admin: { width: '20%' } }),
      ],
    },
    {
      type: 'row',
      fields: [
        calendarDate('handedOverOn', l('übergeben am', 'handed over on'), { index: true, admin: { width: '50%' } }),
        calendarDate('returnedOn', l('zurück am', 'returned on'), {
          validate: notBefore('handedOverOn'),
          admin: { width: '50%' },
        }),
      ],
    },
    { name: 'remark', type: 'textarea', label: l('Bemerkung', 'Remark') },
  ],
}
