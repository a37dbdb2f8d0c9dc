import type { Where } from 'payload'

import { type CalendarDate, storedDate } from './dates'

/**
 * The `where` for "active on this day" over a start and an end date field: the query form of
 * `isActiveOn`, used by the admin's quick filters, the overview and the API documentation.
 */
export function activeOnWhere(startField: string, endField: string, day: CalendarDate): Where {
  const stamp = storedDate(day)
  return {
    and: [
      { or: [{ [startField]: { less_than_equal: stamp } }, { [startField]: { exists: false } }] },
      { or: [{ [endField]: { greater_than_equal: stamp } }, { [endField]: { exists: false } }] },
    ],
  }
}

/** The complement: ended before the day, or starting after it. */
export function inactiveOnWhere(startField: string, endField: string, day: CalendarDate): Where {
  const stamp = storedDate(day)
  return { or: [{ [startField]: { greater_than: stamp } }, { [endField]: { less_than: stamp } }] }
}
