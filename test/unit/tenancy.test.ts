import { describe, expect, it } from 'vitest'

import { storedDate } from '@/lib/dates'
import { defaultMoveIn, timelineOf } from '@/lib/tenancy'

describe('defaultMoveIn: a tenancy without move-in starts on the object’s take-over date (SPEC F-06)', () => {
  const takeOver = storedDate('2015-01-01')

  it('keeps a given move-in, stored at noon UTC', () => {
    expect(defaultMoveIn('2020-05-01', takeOver)).toBe('2020-05-01T12:00:00.000Z')
    expect(defaultMoveIn('2020-05-01T23:30:00+02:00', takeOver)).toBe('2020-05-01T12:00:00.000Z')
  })

  it('falls back to the take-over date when the move-in is missing', () => {
    expect(defaultMoveIn(null, takeOver)).toBe(takeOver)
    expect(defaultMoveIn(undefined, takeOver)).toBe(takeOver)
    expect(defaultMoveIn('', '2018-07-01')).toBe(storedDate('2018-07-01'))
  })

  it('stays empty when neither is known', () => {
    expect(defaultMoveIn(null, null)).toBeNull()
    expect(defaultMoveIn(undefined, undefined)).toBeNull()
  })
})

describe('timelineOf: which tenancies of a unit may not overlap', () => {
  it('tenants and vacancies share one timeline; owners have their own', () => {
    expect(timelineOf('tenant')).toEqual(['tenant', 'vacancy'])
    expect(timelineOf('vacancy')).toEqual(['tenant', 'vacancy'])
    expect(timelineOf('owner')).toEqual(['owner'])
  })
})
