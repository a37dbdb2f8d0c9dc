/**
 * A tenancy's securities as one flat list (SPEC F-06, F-62, F-63): what the securities and deposit
 * reports print a row for, each amount in integer cents.
 */
import { type CalendarDate, toCalendarDate } from '@/lib/dates'
import { type Cents, toCents } from '@/lib/money'
import type { Tenancy } from '@/payload-types'

export const securityKinds = [
  'deposit',
  'financingContribution',
  'bankGuarantee',
  'savingsBook',
  'surety',
  'stampDuty',
] as const
export type SecurityKind = (typeof securityKinds)[number]

export type Security = {
  kind: SecurityKind
  amountCents: Cents
  /** Paid in, deposited or paid on. */
  date: CalendarDate | null
  /** Bank guarantees and sureties expire. */
  validUntil: CalendarDate | null
  bank: string | null
  number: string | null
}

/** Every security with an amount, in the order of `securityKinds`. */
export function securitiesOf(securities: Tenancy['securities'] | null | undefined): Security[] {
  const item = (
    kind: SecurityKind,
    amount: number | null | undefined,
    rest: Partial<Omit<Security, 'kind' | 'amountCents'>> = {},
  ): Security[] =>
    amount == null
      ? []
      : [{ kind, amountCents: toCents(amount), date: null, validUntil: null, bank: null, number: null, ...rest }]
  const deposit = securities?.deposit
  const contribution = securities?.financingContribution
  return [
    ...item('deposit', deposit?.amount, {
      date: toCalendarDate(deposit?.paidInOn),
      bank: deposit?.account?.bank ?? null,
    }),
    ...item('financingContribution', contribution?.amount, { date: toCalendarDate(contribution?.paidOn) }),
    ...(securities?.bankGuarantees ?? []).flatMap((guarantee) =>
      item('bankGuarantee', guarantee.amount, {
        validUntil: toCalendarDate(guarantee.validUntil),
        bank: guarantee.bank,
        number: guarantee.number ?? null,
      }),
    ),
    ...(securities?.savingsBooks ?? []).flatMap((book) =>
      item('savingsBook', book.amount, {
        date: toCalendarDate(book.depositedOn),
        bank: book.bank,
        number: book.number ?? null,
      }),
    ),
    ...item('surety', securities?.surety?.amount, { validUntil: toCalendarDate(securities?.surety?.validUntil) }),
    ...item('stampDuty', securities?.stampDuty?.amount, { date: toCalendarDate(securities?.stampDuty?.paidOn) }),
  ]
}

/** Soonest expiry first; securities that do not expire last, in their kind order. */
export function byExpiry(a: Security, b: Security): number {
  if (a.validUntil === b.validUntil) return securityKinds.indexOf(a.kind) - securityKinds.indexOf(b.kind)
  if (a.validUntil === null) return 1
  if (b.validUntil === null) return -1
  return a.validUntil < b.validUntil ? -1 : 1
}
