import { describe, expect, it } from 'vitest'

import {
  addDays,
  addMonths,
  formatGermanDate,
  isActiveOn,
  isValidCalendarDate,
  storedDate,
  toCalendarDate,
  typedGermanDate,
} from '@/lib/dates'

describe('isActiveOn: active includes the start day and the end day (SPEC section 5)', () => {
  const start = '2026-01-01'
  const end = '2026-12-31'

  it('is active on the start day, not the day before', () => {
    expect(isActiveOn(start, end, '2026-01-01')).toBe(true)
    expect(isActiveOn(start, end, '2025-12-31')).toBe(false)
  })

  it('is active on the end day, not the day after', () => {
    expect(isActiveOn(start, end, '2026-12-31')).toBe(true)
    expect(isActiveOn(start, end, '2027-01-01')).toBe(false)
  })

  it('treats an open end as active for ever', () => {
    expect(isActiveOn(start, null, '2999-12-31')).toBe(true)
    expect(isActiveOn(start, undefined, '2026-01-01')).toBe(true)
    expect(isActiveOn(start, '', '2030-06-15')).toBe(true)
    expect(isActiveOn(start, null, '2025-12-31')).toBe(false)
  })

  it('treats a missing start as "since always"', () => {
    expect(isActiveOn(null, end, '1900-01-01')).toBe(true)
    expect(isActiveOn(undefined, end, '2027-01-01')).toBe(false)
    expect(isActiveOn(null, null, '2026-06-01')).toBe(true)
  })

  it('reads stored values (12:00 UTC) as their calendar day', () => {
    expect(isActiveOn(storedDate(start), storedDate(end), '2026-12-31')).toBe(true)
    expect(isActiveOn(storedDate(start), storedDate(end), '2027-01-01')).toBe(false)
  })

  it('a one-day window is active on that day only', () => {
    expect(isActiveOn('2026-03-01', '2026-03-01', '2026-03-01')).toBe(true)
    expect(isActiveOn('2026-03-01', '2026-03-01', '2026-02-28')).toBe(false)
    expect(isActiveOn('2026-03-01', '2026-03-01', '2026-03-02')).toBe(false)
  })
})

describe('isValidCalendarDate', () => {
  it('accepts real days', () => {
    for (const day of ['2026-01-01', '2026-12-31', '2026-01-31', '2026-04-30', '2026-02-28'])
      expect(isValidCalendarDate(day), day).toBe(true)
  })

  it('refuses 31 February, 31 April and months or days out of range', () => {
    for (const day of [
      '2026-02-31',
      '2026-02-30',
      '2026-04-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-01-32',
    ])
      expect(isValidCalendarDate(day), day).toBe(false)
  })

  it('knows leap years: 29 February exists in 2024 and 2000, not in 2026 or 1900', () => {
    expect(isValidCalendarDate('2024-02-29')).toBe(true)
    expect(isValidCalendarDate('2000-02-29')).toBe(true)
    expect(isValidCalendarDate('2026-02-29')).toBe(false)
    expect(isValidCalendarDate('1900-02-29')).toBe(false)
  })

  it('refuses other spellings', () => {
    for (const value of ['31.12.2026', '2026-1-1', '2026/01/01', '', 'heute', '20260101'])
      expect(isValidCalendarDate(value), value).toBe(false)
  })

  it('accepts a full ISO timestamp by its day', () => {
    expect(isValidCalendarDate('2026-01-01T12:00:00.000Z')).toBe(true)
    expect(isValidCalendarDate('2026-02-30T12:00:00.000Z')).toBe(false)
  })
})

describe('toCalendarDate', () => {
  it('keeps the day as written, whatever offset comes with it', () => {
    expect(toCalendarDate('2026-01-01')).toBe('2026-01-01')
    expect(toCalendarDate('2026-01-01T12:00:00.000Z')).toBe('2026-01-01')
    expect(toCalendarDate('2026-01-01T00:30:00+01:00')).toBe('2026-01-01')
    expect(toCalendarDate('2025-12-31T23:30:00-05:00')).toBe('2025-12-31')
    expect(toCalendarDate('2026-01-01T23:59:59+14:00')).toBe('2026-01-01')
  })

  it('reads a Date as its day in the company time zone (Europe/Vienna by default)', () => {
    const lateOnNewYearsEveUtc = new Date('2025-12-31T23:30:00.000Z')
    expect(toCalendarDate(lateOnNewYearsEveUtc)).toBe('2026-01-01')
    expect(toCalendarDate(lateOnNewYearsEveUtc, 'UTC')).toBe('2025-12-31')
    expect(toCalendarDate(new Date('2026-06-30T22:30:00.000Z'), 'Europe/Berlin')).toBe('2026-07-01')
  })

  it('returns null for nothing and for what is not a day', () => {
    expect(toCalendarDate(null)).toBeNull()
    expect(toCalendarDate(undefined)).toBeNull()
    expect(toCalendarDate('')).toBeNull()
    expect(toCalendarDate('2026-02-31')).toBeNull()
    expect(toCalendarDate('not a date')).toBeNull()
    expect(toCalendarDate(new Date('invalid'))).toBeNull()
  })
})

describe('date arithmetic and display', () => {
  it('stores a day at 12:00 UTC', () => {
    expect(storedDate('2026-03-29')).toBe('2026-03-29T12:00:00.000Z')
  })

  it('adds days across month, year and leap-day boundaries', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29')
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30') // the day clocks change in Europe
  })

  it('adds months and clamps to the last day of shorter months', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28')
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29')
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-15')
    expect(addMonths('2026-03-01', -23)).toBe('2024-04-01')
  })

  it('formats German style, 31.12.2026', () => {
    expect(formatGermanDate('2026-12-31T12:00:00.000Z')).toBe('31.12.2026')
    expect(formatGermanDate(null)).toBe('')
  })
})

describe('typedGermanDate: a day typed into a date field (issue 14)', () => {
  it('reads 31.12.2026 and 1.3.2026 as their days', () => {
    expect(typedGermanDate('31.12.2026')).toBe('2026-12-31')
    expect(typedGermanDate(' 1.3.2026 ')).toBe('2026-03-01')
    expect(typedGermanDate('29.02.2028')).toBe('2028-02-29')
  })

  it('calls a day that does not exist impossible instead of rolling it over', () => {
    expect(typedGermanDate('31.02.2026')).toBe('impossible')
    expect(typedGermanDate('29.02.2026')).toBe('impossible')
    expect(typedGermanDate('01.13.2026')).toBe('impossible')
    expect(typedGermanDate('00.01.2026')).toBe('impossible')
  })

  it('leaves text that is not a whole date yet', () => {
    expect(typedGermanDate('31.02.')).toBeNull()
    expect(typedGermanDate('31.02.20')).toBeNull()
    expect(typedGermanDate('2026-02-28')).toBeNull()
    expect(typedGermanDate('')).toBeNull()
  })
})
