import type { GroupField } from 'payload'

import { slugs } from '@/constants/slugs'
import { bankAccountFields } from '@/fields/bank'
import { calendarDate } from '@/fields/calendar-date'
import { l } from '@/fields/label'
import { money } from '@/fields/number'
import { relation } from '@/fields/relationship'

/** Kaution, Finanzierungsbeitrag, Bankgarantien, Sparbücher, Bürgschaft, Vergebührung (SPEC F-06). */
export const securities: GroupField = {
  name: 'securities',
  type: 'group',
  label: l('Sicherheiten', 'Securities'),
  fields: [
    {
      name: 'deposit',
      type: 'group',
      label: l('Kaution', 'Deposit'),
      fields: [
        {
          type: 'row',
          fields: [
            money('amount', l('Betrag (€)', 'Amount (€)'), { admin: { width: '33%' } }),
            calendarDate('paidInOn', l('eingezahlt am', 'paid in on'), { admin: { width: '33%' } }),
            calendarDate('paidOutOn', l('ausbezahlt am', 'paid out on'), { admin: { width: '33%' } }),
          ],
        },
        {
          name: 'payout',
          type: 'ui',
          admin: { components: { Field: '@/admin/tenancies/securities-fields#DepositPayoutField' } },
        },
        {
          // Top-ups and partial payouts besides the first payment in (the interest engine, F-85).
          name: 'movements',
          type: 'array',
          label: l('Weitere Ein- und Auszahlungen', 'Further payments in and out'),
          labels: { singular: l('Zahlung', 'Payment'), plural: l('Zahlungen', 'Payments') },
          fields: [
            {
              type: 'row',
              fields: [
                calendarDate('date', l('am', 'on'), { required: true, admin: { width: '33%' } }),
                {
                  name: 'direction',
                  type: 'select',
                  label: l('Art', 'Kind'),
                  required: true,
                  defaultValue: 'out',
                  options: [
                    { label: l('Einzahlung', 'Payment in'), value: 'in' },
                    { label: l('Teilauszahlung', 'Partial payout'), value: 'out' },
                  ],
                  admin: { width: '33%' },
                },
                money('amount', l('Betrag (€)', 'Amount (€)'), { required: true, admin: { width: '33%' } }),
              ],
            },
          ],
        },
        {
          name: 'account',
          type: 'group',
          label: l('Kautionskonto', 'Deposit account'),
          fields: [
            ...bankAccountFields('holder', { requireBic: true }),
            { name: 'bank', type: 'text', label: l('Bank', 'Bank') },
          ],
        },
      ],
    },
    {
      name: 'financingContribution',
      type: 'group',
      label: l('Finanzierungsbeitrag', 'Financing contribution'),
      fields: [
        {
          type: 'row',
          fields: [
            money('amount', l('Betrag (€)', 'Amount (€)'), { admin: { width: '33%' } }),
            calendarDate('paidOn', l('bezahlt am', 'paid on'), { admin: { width: '33%' } }),
            {
              name: 'assignment',
              type: 'select',
              label: l('Zuordnung', 'Assignment'),
              options: [
                { label: l('Grundkosten', 'Land costs'), value: 'land' },
                { label: l('Baukosten', 'Construction costs'), value: 'construction' },
                { label: l('Grund- und Baukosten', 'Land and construction'), value: 'both' },
              ],
              admin: { width: '33%' },
            },
          ],
        },
        {
          name: 'repayment',
          type: 'ui',
          admin: { components: { Field: '@/admin/tenancies/securities-fields#FinancingRepaymentField' } },
        },
      ],
    },
    {
      name: 'bankGuarantees',
      type: 'array',
      label: l('Bankgarantien', 'Bank guarantees'),
      labels: { singular: l('Bankgarantie', 'Bank guarantee'), plural: l('Bankgarantien', 'Bank guarantees') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'bank', type: 'text', label: l('Bank', 'Bank'), required: true, admin: { width: '30%' } },
            { name: 'number', type: 'text', label: l('Nummer', 'Number'), admin: { width: '20%' } },
            money('amount', l('Betrag (€)', 'Amount (€)'), { required: true, admin: { width: '25%' } }),
            calendarDate('validUntil', l('gültig bis', 'valid until'), { admin: { width: '25%' } }),
          ],
        },
      ],
    },
    {
      name: 'savingsBooks',
      type: 'array',
      label: l('Sparbücher', 'Savings books'),
      labels: { singular: l('Sparbuch', 'Savings book'), plural: l('Sparbücher', 'Savings books') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'bank', type: 'text', label: l('Bank', 'Bank'), required: true, admin: { width: '30%' } },
            { name: 'number', type: 'text', label: l('Nummer', 'Number'), admin: { width: '20%' } },
            money('amount', l('Betrag (€)', 'Amount (€)'), { required: true, admin: { width: '25%' } }),
            calendarDate('depositedOn', l('hinterlegt am', 'deposited on'), { admin: { width: '25%' } }),
          ],
        },
      ],
    },
    {
      name: 'surety',
      type: 'group',
      label: l('Bürgschaft', 'Surety'),
      fields: [
        {
          type: 'row',
          fields: [
            relation('guarantor', slugs.persons, l('Bürge', 'Guarantor'), { admin: { width: '40%' } }),
            money('amount', l('Betrag (€)', 'Amount (€)'), { admin: { width: '30%' } }),
            calendarDate('validUntil', l('gültig bis', 'valid until'), { admin: { width: '30%' } }),
          ],
        },
      ],
    },
    {
      name: 'stampDuty',
      type: 'group',
      label: l('Vergebührung', 'Stamp duty'),
      fields: [
        {
          type: 'row',
          fields: [
            money('amount', l('Betrag (€)', 'Amount (€)'), { admin: { width: '50%' } }),
            calendarDate('paidOn', l('bezahlt am', 'paid on'), { admin: { width: '50%' } }),
          ],
        },
      ],
    },
  ],
}
