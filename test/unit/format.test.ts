import { describe, expect, it } from 'vitest'

import { formatCentsNumber, formatDay, formatDecimal, formatIban, formatMoney } from '@/lib/format'
import { centsToDecimal, sumCents, toCents } from '@/lib/money'

describe('money in cents', () => {
  it('reads decimal text and numbers exactly', () => {
    expect(toCents('1234.56')).toBe(123456)
    expect(toCents('-0.07')).toBe(-7)
    expect(toCents('12,5')).toBe(1250)
    expect(toCents('3.100')).toBe(310)
    expect(toCents(0.1)).toBe(10)
    expect(toCents(-1234.56)).toBe(-123456)
  })

  it('sums what floating point gets wrong', () => {
    expect(0.1 + 0.2).not.toBe(0.3)
    expect(sumCents([toCents(0.1), toCents(0.2)])).toBe(toCents('0.3'))
    expect(centsToDecimal(sumCents([toCents('0.1'), toCents('0.2')]))).toBe('0.30')
  })

  it('refuses more than two decimals and non-amounts', () => {
    expect(() => toCents('1.005')).toThrow(RangeError)
    expect(() => toCents(1.005)).toThrow(RangeError)
    expect(() => toCents('1e3')).toThrow(RangeError)
  })
})

describe('format', () => {
  it('writes amounts as SPEC section 5 says', () => {
    expect(formatMoney(123456)).toBe('1.234,56 €')
    expect(formatMoney(-5)).toBe('-0,05 €')
    expect(formatMoney(123456789, 'en')).toBe('€1,234,567.89')
    expect(formatCentsNumber(100000000)).toBe('1.000.000,00')
  })

  it('writes decimals, days and IBANs', () => {
    expect(formatDecimal(1234.5, 2)).toBe('1.234,50')
    expect(formatDecimal(-0.125, 2, 'en')).toBe('-0.13')
    expect(formatDay('2026-12-31')).toBe('31.12.2026')
    expect(formatDay('2026-12-31', 'en')).toBe('31/12/2026')
    expect(formatIban('at611904300234573201')).toBe('AT61 1904 3002 3457 3201')
  })
})
