import { storedDate, toCalendarDate } from './dates'

/** Move-in falls back to the object's take-over date (SPEC F-06); stored at noon UTC. */
export function defaultMoveIn(
  moveIn: string | null | undefined,
  takeOverDate: string | null | undefined,
): string | null {
  const day = toCalendarDate(moveIn) ?? toCalendarDate(takeOverDate)
  return day ? storedDate(day) : null
}

export type TenancyKind = 'tenant' | 'owner' | 'vacancy'

/**
 * Tenant and vacancy records share one timeline per unit (a unit is let or empty); ownership has
 * its own (an owned unit may be let at the same time).
 */
export function timelineOf(kind: TenancyKind): TenancyKind[] {
  return kind === 'owner' ? ['owner'] : ['tenant', 'vacancy']
}
