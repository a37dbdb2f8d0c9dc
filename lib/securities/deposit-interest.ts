/**
 * Deposit interest (SPEC F-85): what a deposit pays out on a day, from its payments in and out and
 * the history of rates. The convention — actual days over the actual days of the calendar year,
 * interest credited on 31 December and on the payout day, each credit rounded once half up to the
 * cent — is docs/decisions/0061-deposit-interest.md. Exact: cents are integers and interest is
 * accumulated as an exact fraction (BigInt) until the one rounding of each credit.
 */
import type { CalendarDate } from '@/lib/dates'
import type { Cents } from '@/lib/money'

/** A payment in (positive) or a payout (negative) on a day. */
export type DepositMovement = { date: CalendarDate; cents: Cents }

/** A rate in percent per year (up to three decimals, as the configuration table holds it). */
export type InterestRate = { validFrom: CalendarDate; percent: number | string }

export type DepositLine =
  | { kind: 'in' | 'out'; date: CalendarDate; cents: Cents; balanceCents: Cents }
  | { kind: 'interest'; date: CalendarDate; cents: Cents; balanceCents: Cents; year: number }

export type DepositStatement = {
  asOf: CalendarDate
  paidInCents: Cents
  paidOutCents: Cents
  interestCents: Cents
  /** What the deposit pays out on `asOf`: paid in − paid out + interest. */
  payoutCents: Cents
  lines: DepositLine[]
}

/** Why a payout cannot be computed; `detail` is the day or the rate concerned. */
export class DepositInterestError extends RangeError {
  constructor(
    readonly code: 'noRate' | 'overdrawn' | 'badRate',
    readonly detail: string,
    message: string,
  ) {
    super(message)
  }
}

const percentText = /^(\d+)(?:[.,](\d{1,3}))?$/
/** Percent × 1000 as an integer: 1.25 % → 1250. A rate of more than three decimals is refused. */
function milliPercent(percent: number | string): bigint {
  const match = percentText.exec(String(percent).trim())
  if (!match) {
    throw new DepositInterestError(
      'badRate',
      String(percent),
      `not an interest rate in percent with at most three decimals: ${percent}`,
    )
  }
  return BigInt(match[1]) * 1000n + BigInt((match[2] ?? '').padEnd(3, '0'))
}

const dayMs = 86_400_000
const epochDay = (day: CalendarDate) =>
  Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / dayMs
const daysBetween = (from: CalendarDate, to: CalendarDate) => epochDay(to) - epochDay(from)
const yearOf = (day: CalendarDate) => Number(day.slice(0, 4))
const daysInYear = (year: number) => daysBetween(`${year}-01-01`, `${year + 1}-01-01`)

/** n / d rounded half up; both are non-negative here (rates and balances never go below zero). */
function roundHalfUp(n: bigint, d: bigint): bigint {
  return (2n * n + d) / (2n * d)
}

/**
 * The deposit's account from its first payment to `asOf`. Movements after `asOf` are ignored; one
 * on `asOf` counts (it earns nothing that day). A day earns at the rate valid on it; the day of a
 * payment in earns, the day of a payout does not (interest runs over the nights from one to the other).
 */
export function depositStatement(
  movements: readonly DepositMovement[],
  rates: readonly InterestRate[],
  asOf: CalendarDate,
): DepositStatement {
  const pending = movements
    .filter((m) => m.date <= asOf)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const rateHistory = rates
    .map((rate) => ({ validFrom: rate.validFrom, milli: milliPercent(rate.percent) }))
    .sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1))
  const statement: DepositStatement = {
    asOf,
    paidInCents: 0,
    paidOutCents: 0,
    interestCents: 0,
    payoutCents: 0,
    lines: [],
  }
  if (pending.length === 0) return statement

  let balance = 0n
  // Interest of the current year so far, in units of 1 / (100 000 × days of the year) cents.
  let accrued = 0n
  let day = pending[0].date
  let next = 0

  const credit = (on: CalendarDate, year: number) => {
    const cents = roundHalfUp(accrued, 100_000n * BigInt(daysInYear(year)))
    accrued = 0n
    if (cents === 0n) return
    balance += cents
    statement.interestCents += Number(cents)
    statement.lines.push({ kind: 'interest', date: on, cents: Number(cents), balanceCents: Number(balance), year })
  }

  for (;;) {
    while (next < pending.length && pending[next].date === day) {
      const { cents } = pending[next++]
      balance += BigInt(cents)
      if (balance < 0n)
        throw new DepositInterestError('overdrawn', day, `the payout on ${day} is more than the deposit holds`)
      if (cents >= 0) statement.paidInCents += cents
      else statement.paidOutCents -= cents
      statement.lines.push({
        kind: cents >= 0 ? 'in' : 'out',
        date: day,
        cents: Math.abs(cents),
        balanceCents: Number(balance),
      })
    }
    if (day === asOf) break
    const year = yearOf(day)
    const rateIndex = rateHistory.findLastIndex((rate) => rate.validFrom <= day)
    const nextRate = rateHistory[rateIndex + 1]?.validFrom
    const until = [asOf, `${year + 1}-01-01`, pending[next]?.date, nextRate]
      .filter((candidate): candidate is CalendarDate => candidate !== undefined)
      .reduce((earliest, candidate) => (candidate < earliest ? candidate : earliest))
    if (balance > 0n) {
      if (rateIndex < 0) throw new DepositInterestError('noRate', day, `no deposit interest rate is valid on ${day}`)
      accrued += balance * rateHistory[rateIndex].milli * BigInt(daysBetween(day, until))
    }
    day = until
    if (yearOf(day) !== year) credit(`${year}-12-31`, year)
  }
  credit(asOf, yearOf(asOf))
  statement.payoutCents = Number(balance)
  return statement
}
