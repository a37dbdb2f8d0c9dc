import type { ArrayField, GroupField } from 'payload'

import { bicField, ibanField } from '@/fields/bank'
import { calendarDate, notBefore } from '@/fields/calendar-date'
import { l } from '@/fields/label'
import { signedMoney } from '@/fields/number'

export const paymentKinds = [
  { label: l('Hauptmietzins', 'Rent'), value: 'rent' },
  { label: l('Betriebskosten', 'Operating costs'), value: 'operatingCosts' },
  { label: l('Heizkosten', 'Heating costs'), value: 'heating' },
  { label: l('Erhaltungs- und Verbesserungsbeitrag', 'Maintenance contribution'), value: 'maintenance' },
  { label: l('Rücklage', 'Reserve fund'), value: 'reserve' },
  { label: l('Garage / Stellplatz', 'Garage / parking'), value: 'parking' },
  { label: l('Umsatzsteuer', 'VAT'), value: 'vat' },
  { label: l('Sonstiges', 'Other'), value: 'other' },
]

/** Zahlungsdaten with the SEPA mandate (SPEC F-06). */
export const payment: GroupField = {
  name: 'payment',
  type: 'group',
  label: l('Zahlungsdaten', 'Payment data'),
  fields: [
    {
      name: 'method',
      type: 'select',
      label: l('Zahlungsart', 'Payment method'),
      defaultValue: 'transfer',
      options: [
        { label: l('Überweisung', 'Bank transfer'), value: 'transfer' },
        { label: l('SEPA-Lastschrift', 'SEPA direct debit'), value: 'sepa' },
        { label: l('Bar', 'Cash'), value: 'cash' },
      ],
    },
    {
      name: 'sepaMandate',
      type: 'group',
      label: l('SEPA-Mandat', 'SEPA mandate'),
      admin: { condition: (_, siblingData) => siblingData?.method === 'sepa' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'reference',
              type: 'text',
              label: l('Mandatsreferenz', 'Mandate reference'),
              maxLength: 35,
              admin: { width: '50%' },
            },
            calendarDate('signedOn', l('unterschrieben am', 'signed on'), { admin: { width: '50%' } }),
          ],
        },
        {
          type: 'row',
          fields: [
            ...ibanField('holder', 'iban', { admin: { width: '40%' } }),
            ...bicField('holder', { admin: { width: '20%' } }),
            {
              name: 'accountHolder',
              type: 'text',
              label: l('Kontoinhaber', 'Account holder'),
              admin: { width: '40%' },
            },
          ],
        },
      ],
    },
  ],
}

/** Vereinbarte Zahlungen with validity: the portal shows upcoming changes. */
export const agreedPayments: ArrayField = {
  name: 'agreedPayments',
  type: 'array',
  label: l('Vereinbarte Zahlungen', 'Agreed payments'),
  labels: { singular: l('Zahlung', 'Payment'), plural: l('Zahlungen', 'Payments') },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: l('Art', 'Kind'),
          options: paymentKinds,
          required: true,
          admin: { width: '30%' },
        },
        signedMoney('amount', l('Betrag monatlich (€)', 'Monthly amount (€)'), {
          required: true,
          admin: { width: '24%' },
        }),
        calendarDate('validFrom', l('gültig ab', 'valid from'), { required: true, admin: { width: '23%' } }),
        calendarDate('validUntil', l('gültig bis', 'valid until'), {
          validate: notBefore('validFrom'),
          admin: { width: '23%' },
        }),
      ],
    },
  ],
}
