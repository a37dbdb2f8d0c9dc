import { describe, expect, it } from 'vitest'

import { isActiveStatusCode, isValidStatusCode, maxActiveStatusCode, maxStatusCode } from '@/lib/unit-status'

describe('unit status codes: ≤ 100 active, 101–200 inactive, anything else refused (SPEC F-02)', () => {
  it('100 is the last active code, 101 the first inactive one', () => {
    expect(isActiveStatusCode(100)).toBe(true)
    expect(isActiveStatusCode(101)).toBe(false)
    expect(isActiveStatusCode(0)).toBe(true)
    expect(isActiveStatusCode(200)).toBe(false)
    expect(maxActiveStatusCode).toBe(100)
    expect(maxStatusCode).toBe(200)
  })

  it('accepts whole numbers from 0 to 200', () => {
    for (const code of [0, 1, 20, 100, 101, 150, 200]) expect(isValidStatusCode(code), String(code)).toBe(true)
  })

  it('refuses -1, 201, 1.5 and what is not a number', () => {
    for (const code of [-1, 201, 1.5, 100.5, Number.NaN, Number.POSITIVE_INFINITY, '100', null, undefined])
      expect(isValidStatusCode(code), String(code)).toBe(false)
  })
})
