import type { PayloadRequest } from 'payload'

import { slugs } from '@/constants/slugs'
import { type CalendarDate, toCalendarDate } from '@/lib/dates'
import { type Cents, toCents } from '@/lib/money'
import { settingsFor, today } from '@/globals/settings-reader'
import type { Tenancy } from '@/payload-types'

import {
  DepositInterestError,
  type DepositMovement,
  type DepositStatement,
  depositStatement,
  type InterestRate,
} from '@/lib/securities/deposit-interest'
import {
  financingContributionRepayment,
  occupancyOf,
  type OccupancyDates,
  type Repayment,
} from '@/lib/securities/financing-contribution'

type Deposit = NonNullable<NonNullable<Tenancy['securities']>['deposit']>

/** The first payment in and the further movements of a tenancy's deposit, as the engine takes them. */
export function depositMovements(deposit: Deposit | null | undefined): DepositMovement[] {
  const paidInOn = toCalendarDate(deposit?.paidInOn)
  const first = deposit?.amount != null && paidInOn ? [{ date: paidInOn, cents: toCents(deposit.amount) }] : []
  const further = (deposit?.movements ?? []).flatMap((movement) => {
    const date = toCalendarDate(movement.date)
    if (!date) return []
    const cents = toCents(movement.amount)
    return [{ date, cents: movement.direction === 'in' ? cents : -cents }]
  })
  return [...first, ...further]
}

/** A deposit paid out on `paidOutOn` stops there: later days ask what was paid out that day. */
export function payoutDay(deposit: Deposit | null | undefined, on: CalendarDate): CalendarDate {
  const paidOutOn = toCalendarDate(deposit?.paidOutOn)
  return paidOutOn && paidOutOn < on ? paidOutOn : on
}

export type DepositProblem = { code: DepositInterestError['code'] | 'missingPaidInOn'; detail: string }

export type DepositPayout = { on: CalendarDate } & ({ statement: DepositStatement } | { problem: DepositProblem })

export type TenancySecurities = {
  /** The day asked for (today unless told). */
  today: CalendarDate
  /** Null when the tenancy has no deposit amount. */
  deposit: { atToday: DepositPayout; atEnd: DepositPayout | null } | null
  /** Null when the tenancy has no financing contribution; at the move-out, or today while none is set. */
  financingContribution: { contributionCents: Cents; on: CalendarDate; repayment: Repayment } | null
}

function payoutOn(movements: DepositMovement[], rates: InterestRate[], on: CalendarDate): DepositPayout {
  if (movements.length === 0) return { on, problem: { code: 'missingPaidInOn', detail: '' } }
  try {
    return { on, statement: depositStatement(movements, rates, on) }
  } catch (error) {
    if (error instanceof DepositInterestError) return { on, problem: { code: error.code, detail: error.detail } }
    throw error
  }
}

/**
 * A tenancy's deposit payout and financing-contribution repayment, computed from records read as
 * the requesting user (`overrideAccess: false`): who may not read the tenancy, its unit or the
 * rates gets Payload's Forbidden, not a number.
 */
export async function tenancySecurities(
  req: PayloadRequest,
  tenancyId: number | string,
  on?: CalendarDate,
  /** Which parts to compute: only those are read (the financing part reads the unit and object). */
  parts: { deposit: boolean; financing: boolean } = { deposit: true, financing: true },
): Promise<TenancySecurities> {
  const read = { req, user: req.user, overrideAccess: false, depth: 0 } as const
  const tenancy = await req.payload.findByID({ collection: slugs.tenancies, id: tenancyId, ...read })
  const day = on ?? (await today(req))
  const deposit = tenancy.securities?.deposit
  const moveOut = toCalendarDate(tenancy.moveOut)

  let depositResult: TenancySecurities['deposit'] = null
  if (parts.deposit && deposit?.amount != null) {
    const rates = (
      await req.payload.find({ collection: slugs.interestRates, pagination: false, ...read })
    ).docs.flatMap((rate) => {
      const validFrom = toCalendarDate(rate.validFrom)
      return validFrom ? [{ validFrom, percent: rate.rate }] : []
    })
    const movements = depositMovements(deposit)
    depositResult = {
      atToday: payoutOn(movements, rates, payoutDay(deposit, day)),
      atEnd: moveOut && moveOut <= day ? payoutOn(movements, rates, payoutDay(deposit, moveOut)) : null,
    }
  }

  let financing: TenancySecurities['financingContribution'] = null
  const contribution = tenancy.securities?.financingContribution?.amount
  if (parts.financing && contribution != null) {
    const unit = await req.payload.findByID({ collection: slugs.units, id: idOf(tenancy.unit), ...read })
    const object = await req.payload.findByID({ collection: slugs.objects, id: idOf(unit.object), ...read })
    const part = unit.buildingPart
      ? await req.payload.findByID({ collection: slugs.buildingParts, id: idOf(unit.buildingPart), ...read })
      : null
    const on = moveOut ?? day
    const dates = occupancyOf(part ? datesOf(part) : null, datesOf(object))
    financing = {
      contributionCents: toCents(contribution),
      on,
      repayment: financingContributionRepayment(toCents(contribution), dates, on),
    }
  }
  return { today: day, deposit: depositResult, financingContribution: financing }
}

function idOf(value: number | { id: number }): number {
  return typeof value === 'object' ? value.id : value
}

function datesOf(
  record: { occupancyPermitDate?: string | null; firstOccupancyDate?: string | null } | null,
): OccupancyDates {
  return {
    occupancyPermitDate: toCalendarDate(record?.occupancyPermitDate),
    firstOccupancyDate: toCalendarDate(record?.firstOccupancyDate),
  }
}
