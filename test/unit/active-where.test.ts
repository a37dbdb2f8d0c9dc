import type { Where } from 'payload'
import { describe, expect, it } from 'vitest'

import { activeOnWhere, inactiveOnWhere } from '@/lib/active-where'
import { addDays, isActiveOn, storedDate } from '@/lib/dates'

type Row = Record<string, string | null>

/**
 * Evaluates the few operators these `where`s use against one row, the way Postgres compares the
 * stored ISO timestamps: enough to prove that the query form and `isActiveOn` agree.
 */
function matches(where: Where, row: Row): boolean {
  return Object.entries(where).every(([key, condition]) => {
    if (key === 'and') return (condition as Where[]).every((inner) => matches(inner, row))
    if (key === 'or') return (condition as Where[]).some((inner) => matches(inner, row))
    const value = row[key]
    return Object.entries(condition as Record<string, unknown>).every(([operator, operand]) => {
      switch (operator) {
        case 'exists':
          return (value !== null) === operand
        case 'less_than_equal':
          return value !== null && value <= (operand as string)
        case 'greater_than_equal':
          return value !== null && value >= (operand as string)
        case 'less_than':
          return value !== null && value < (operand as string)
        case 'greater_than':
          return value !== null && value > (operand as string)
        default:
          throw new Error(`operator ${operator} not covered by this test`)
      }
    })
  })
}

describe('activeOnWhere: the query form of isActiveOn', () => {
  const day = '2026-06-15'

  it('compares against the stored form of the day and allows empty bounds', () => {
    expect(activeOnWhere('moveIn', 'moveOut', day)).toEqual({
      and: [
        { or: [{ moveIn: { less_than_equal: storedDate(day) } }, { moveIn: { exists: false } }] },
        { or: [{ moveOut: { greater_than_equal: storedDate(day) } }, { moveOut: { exists: false } }] },
      ],
    })
  })

  it('uses the field names it is given', () => {
    expect(JSON.stringify(activeOnWhere('from', 'until', day))).not.toContain('moveIn')
  })

  // Every combination of start and end around the day: before, on, after, or missing.
  const around = [addDays(day, -1), day, addDays(day, 1), null]
  const cases = around.flatMap((start) => around.map((end) => ({ start, end })))

  it.each(cases)('agrees with isActiveOn for start $start, end $end', ({ start, end }) => {
    const row = { moveIn: start && storedDate(start), moveOut: end && storedDate(end) }
    const expected = isActiveOn(start, end, day)
    expect(matches(activeOnWhere('moveIn', 'moveOut', day), row)).toBe(expected)
    expect(matches(inactiveOnWhere('moveIn', 'moveOut', day), row)).toBe(!expected)
  })
})
