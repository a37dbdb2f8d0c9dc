/**
 * Repayment of a financing contribution at move-out (§ 17 WGG): the contribution is written down by
 * 1 % for every completed year since the building's first occupancy (or, without that date, its
 * occupancy permit) — not since the tenancy began. Buildings under older rules are flagged, not
 * computed. Part years and rounding: docs/decisions/0062-financing-contribution.md.
 */
import { addMonths, type CalendarDate } from '@/lib/dates'
import type { Cents } from '@/lib/money'

export type OccupancyDates = {
  occupancyPermitDate?: CalendarDate | null
  firstOccupancyDate?: CalendarDate | null
}

/** Why a tenancy's repayment is left to a person: the rules before these dates differ. */
export type RepaymentFlag = 'permittedBefore1955' | 'occupiedBeforeJuly2000' | 'noOccupancyDate'

export type Repayment =
  | {
      status: 'computed'
      /** The day the write-down counts from. */
      since: CalendarDate
      completedYears: number
      writeDownPercent: number
      writtenDownCents: Cents
      repaidCents: Cents
    }
  | { status: 'flagged'; flag: RepaymentFlag }

export const permitCutoff = '1955-01-01'
export const firstOccupancyCutoff = '2000-07-01'

/** A building part's own dates when it has any, else its object's (a part may be newer than the rest). */
export function occupancyOf(buildingPart: OccupancyDates | null | undefined, object: OccupancyDates): OccupancyDates {
  return buildingPart?.occupancyPermitDate || buildingPart?.firstOccupancyDate ? buildingPart : object
}

/** Whole years from `since` to `on`: a year is complete on its anniversary (29 February's on 28 February). */
export function completedYears(since: CalendarDate, on: CalendarDate): number {
  let years = Math.max(0, Number(on.slice(0, 4)) - Number(since.slice(0, 4)))
  while (years > 0 && addMonths(since, 12 * years) > on) years -= 1
  return years
}

/** What is repaid of `contributionCents` when the tenancy ends on `moveOut`. */
export function financingContributionRepayment(
  contributionCents: Cents,
  dates: OccupancyDates,
  moveOut: CalendarDate,
): Repayment {
  const permit = dates.occupancyPermitDate ?? null
  const since = dates.firstOccupancyDate ?? permit
  if (permit !== null && permit < permitCutoff) return { status: 'flagged', flag: 'permittedBefore1955' }
  if (since === null) return { status: 'flagged', flag: 'noOccupancyDate' }
  if (since < firstOccupancyCutoff) return { status: 'flagged', flag: 'occupiedBeforeJuly2000' }
  const years = completedYears(since, moveOut)
  const writeDownPercent = Math.min(years, 100)
  // The one rounding: half up to the cent (cents are non-negative, so + 50 then floor is half up).
  const repaidCents = Math.floor((contributionCents * (100 - writeDownPercent) + 50) / 100)
  return {
    status: 'computed',
    since,
    completedYears: years,
    writeDownPercent,
    writtenDownCents: contributionCents - repaidCents,
    repaidCents,
  }
}
