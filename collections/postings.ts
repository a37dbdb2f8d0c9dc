import type { CollectionConfig } from 'payload'

import { can } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { slugs } from '@/constants/slugs'
import { calendarDate } from '@/fields/calendar-date'
import { l } from '@/fields/label'
import { money } from '@/fields/number'
import { relation } from '@/fields/relationship'
import { fromAccounting, sourceFields } from '@/fields/source'

import { paymentKinds } from './tenancies/payment'
import { adminGroups } from './configuration/groups'

export const postingKinds = [
  { label: l('Vorschreibung', 'Charge'), value: 'charge' },
  { label: l('Zahlung', 'Payment'), value: 'payment' },
  { label: l('Storno', 'Reversal'), value: 'reversal' },
]

/**
 * Ledger postings of a tenancy (Vorschreibung, Zahlung, Storno): the data of the owner overview
 * and the account statement. Amounts are positive; the kind gives the direction.
 */
export const Postings: CollectionConfig = fromAccounting('postings', {
  slug: slugs.postings,
  labels: { singular: l('Buchung', 'Posting'), plural: l('Buchungen', 'Postings') },
  defaultSort: '-date',
  admin: {
    group: adminGroups.ledger,
    useAsTitle: 'text',
    defaultColumns: ['date', 'tenancy', 'kind', 'category', 'amount', 'text'],
  },
  access: {
    read: can(P.postingsRead),
    create: can(P.postingsWrite),
    update: can(P.postingsWrite),
    delete: can(P.postingsWrite),
  },
  indexes: [{ fields: ['tenancy', 'date'] }],
  fields: [
    {
      type: 'row',
      fields: [
        relation('tenancy', slugs.tenancies, l('Bestandsverhältnis', 'Tenancy'), {
          required: true,
          admin: { width: '40%' },
        }),

        calendarDate('date', l('Datum', 'Date'), { required: true, index: true, admin: { width: '20%' } }),
        {
          name: 'kind',
          type: 'select',
          label: l('Buchungsart', 'Kind'),
          options: postingKinds,
          required: true,
          index: true,
          admin: { width: '20%' },
        },
        {
          name: 'category',
          type: 'select',
          label: l('Kategorie', 'Category'),
          options: paymentKinds,
          required: true,
          admin: { width: '20%' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        money('amount', l('Betrag (€)', 'Amount (€)'), { required: true, admin: { width: '30%' } }),
        {
          name: 'period',
          type: 'text',
          label: l('Periode (JJJJ-MM)', 'Period (YYYY-MM)'),
          index: true,
          validate: (value: unknown) => !value || /^\d{4}-(0[1-9]|1[0-2])$/.test(String(value)) || 'YYYY-MM',
          admin: { width: '30%' },
        },

        relation('reverses', slugs.postings, l('storniert Buchung', 'Reverses posting'), {
          admin: { width: '40%', condition: (data) => data?.kind === 'reversal' },
        }),
      ],
    },
    { name: 'text', type: 'text', label: l('Buchungstext', 'Text') },
    ...sourceFields,
  ],
})
