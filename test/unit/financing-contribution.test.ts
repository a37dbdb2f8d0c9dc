import { describe, expect, it } from 'vitest'

import { completedYears, financingContributionRepayment, occupancyOf } from '@/lib/securities/financing-contribution'

// Numbers worked out by hand (docs/decisions/0062-financing-contribution.md), not by the code.
describe('financing contribution repayment (§ 17 WGG): 1 % per completed year since first occupancy', () => {
  it('repays 9,999.99 € of 12,345.67 € after 7 years 5 months in a building occupied 12 years before move-in', () => {
    // First occupancy 01.03.2008, move-in 01.03.2020 (12 years later), move-out 31.07.2027
    // (7 years 5 months). From 01.03.2008 to 31.07.2027: 19 completed years → 19 % written down.
    // 12,345.67 € × 81 % = 9,999.9927 € → 9,999.99 €; written down 12,345.67 − 9,999.99 = 2,345.68 €.
    const repayment = financingContributionRepayment(
      1_234_567,
      { occupancyPermitDate: '2007-11-15', firstOccupancyDate: '2008-03-01' },
      '2027-07-31',
    )
    expect(repayment).toEqual({
      status: 'computed',
      since: '2008-03-01',
      completedYears: 19,
      writeDownPercent: 19,
      writtenDownCents: 234_568,
      repaidCents: 999_999,
    })
    // Counted from the move-in it would be 7 % (11,481.47 €): the law counts from the building.
  })

  it('counts a year only when complete, on its anniversary', () => {
    expect(completedYears('2008-03-01', '2027-02-28')).toBe(18)
    expect(completedYears('2008-03-01', '2027-03-01')).toBe(19)
    expect(completedYears('2004-02-29', '2005-02-27')).toBe(0)
    expect(completedYears('2004-02-29', '2005-02-28')).toBe(1)
    expect(completedYears('2010-05-01', '2009-01-01')).toBe(0)
  })

  it('rounds the repayment once, half up to the cent, and never below zero', () => {
    // 1.50 € × 99 % = 1.485 € → 1.49 €.
    const oneYear = financingContributionRepayment(150, { firstOccupancyDate: '2001-01-01' }, '2002-01-01')
    expect(oneYear).toMatchObject({ repaidCents: 149, writtenDownCents: 1 })
    const century = financingContributionRepayment(150, { firstOccupancyDate: '2001-01-01' }, '2105-06-01')
    expect(century).toMatchObject({ writeDownPercent: 100, repaidCents: 0, writtenDownCents: 150 })
  })

  it('counts from the occupancy permit when the first occupancy is not known', () => {
    expect(financingContributionRepayment(100_000, { occupancyPermitDate: '2003-05-01' }, '2013-04-30')).toMatchObject({
      since: '2003-05-01',
      completedYears: 9,
      repaidCents: 91_000,
    })
  })

  it('flags buildings under older rules instead of computing them', () => {
    const flagged = (dates: Parameters<typeof financingContributionRepayment>[1]) =>
      financingContributionRepayment(100_000, dates, '2026-01-31')
    expect(flagged({ occupancyPermitDate: '1954-12-31', firstOccupancyDate: '2001-03-01' })).toEqual({
      status: 'flagged',
      flag: 'permittedBefore1955',
    })
    expect(flagged({ occupancyPermitDate: '1999-10-01', firstOccupancyDate: '2000-06-30' })).toEqual({
      status: 'flagged',
      flag: 'occupiedBeforeJuly2000',
    })
    expect(flagged({ occupancyPermitDate: '1998-01-01' })).toEqual({
      status: 'flagged',
      flag: 'occupiedBeforeJuly2000',
    })
    expect(flagged({})).toEqual({ status: 'flagged', flag: 'noOccupancyDate' })
    expect(flagged({ occupancyPermitDate: '1955-01-01', firstOccupancyDate: '2000-07-01' })).toMatchObject({
      status: 'computed',
      completedYears: 25,
      repaidCents: 75_000,
    })
  })

  it('takes a building part’s dates over its object’s', () => {
    const object = { occupancyPermitDate: '1990-01-01', firstOccupancyDate: '1990-03-01' }
    expect(occupancyOf({ firstOccupancyDate: '2012-09-01' }, object)).toEqual({ firstOccupancyDate: '2012-09-01' })
    expect(occupancyOf({ occupancyPermitDate: null, firstOccupancyDate: null }, object)).toBe(object)
    expect(occupancyOf(null, object)).toBe(object)
  })
})
