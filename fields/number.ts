import type { NumberField, PayloadRequest } from 'payload'

import { message } from '@/i18n/messages'

type Options = Omit<Partial<NumberField>, 'type' | 'name' | 'label' | 'hasMany'>

function decimalsOf(value: number): number {
  const text = String(value)
  if (text.includes('e-')) return Number(text.split('e-')[1])
  return text.includes('.') ? text.split('.')[1].length : 0
}

function checkNumber(value: unknown, req: PayloadRequest, decimals: number, allowNegative: boolean) {
  if (value === null || value === undefined) return true
  if (typeof value !== 'number' || Number.isNaN(value)) return req.t('validation:enterNumber')
  if (!allowNegative && value < 0) return message(req, 'notNegative')
  if (decimals === 0 && !Number.isInteger(value)) return message(req, 'integerRequired')
  if (decimalsOf(value) > decimals) return message(req, 'tooManyDecimals', { count: decimals })
  return true
}

function numberWithDecimals(decimals: number, allowNegative: boolean) {
  return (name: string, label: NumberField['label'], options: Options = {}): NumberField =>
    ({
      name,
      label,
      type: 'number',
      ...options,
      admin: {
      step: decimals === 0 ? 1 : 1 / 10 ** decimals,
      ...options.admin,
      components: {
        Cell: { path: '@/admin/cells/number-cell#NumberCell', clientProps: { decimals } },
        ...options.admin?.components,
      },
    },
      validate: (value, { req, required }) => {
        if (required && (value === null || value === undefined)) return req.t('validation:required')
        return checkNumber(value, req, decimals, allowNegative)
      },
    }) as NumberField
}

/** Euro amounts: Postgres `numeric`, at most two decimals, never binary floating point in sums. */
export const money = numberWithDecimals(2, false)
/** Signed amounts (ledger postings keep their sign in the kind, agreed payments may be reductions). */
export const signedMoney = numberWithDecimals(2, true)
/** Areas in m², two decimals (SPEC section 5). */
export const area = numberWithDecimals(2, false)
/** Useful values (Nutzwerte), counts and codes: whole numbers. */
export const wholeNumber = numberWithDecimals(0, false)
/** Interest rates in percent, three decimals. */
export const percentage = numberWithDecimals(3, false)
