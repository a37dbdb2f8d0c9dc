import { describe, expect, it } from 'vitest'

import { sameValue } from '@/lib/same-value'

describe('sameValue: a submitted value against the stored one (the F-11 guard relies on it)', () => {
  it('treats empty as empty', () => {
    expect(sameValue(undefined, null)).toBe(true)
    expect(sameValue('', null)).toBe(true)
    expect(sameValue([], null)).toBe(true)
    expect(sameValue({}, undefined)).toBe(true)
  })

  it('compares relationships by id, populated or not', () => {
    expect(sameValue(7, { id: 7, name: 'Haus A', createdAt: '2026-01-01T00:00:00.000Z' })).toBe(true)
    expect(sameValue(8, { id: 7, name: 'Haus A', updatedAt: '2026-01-01T00:00:00.000Z' })).toBe(false)
    expect(
      sameValue({ relationTo: 'units', value: 3 }, { relationTo: 'units', value: { id: 3, createdAt: 'x' } }),
    ).toBe(true)
    expect(sameValue({ relationTo: 'units', value: 3 }, { relationTo: 'objects', value: 3 })).toBe(false)
  })

  it('compares dates by instant', () => {
    expect(sameValue('2026-01-01T12:00:00.000Z', '2026-01-01T12:00:00Z')).toBe(true)
    expect(sameValue(new Date('2026-01-01T12:00:00.000Z'), '2026-01-01T13:00:00+01:00')).toBe(true)
    expect(sameValue('2026-01-01T12:00:00.000Z', '2026-01-02T12:00:00.000Z')).toBe(false)
  })

  it('compares array rows without their generated ids and objects without key order', () => {
    const stored = [{ id: '65a1', costSector: 1, billingUnit: '01', area: 42.35 }]
    expect(sameValue([{ billingUnit: '01', area: 42.35, costSector: 1 }], stored)).toBe(true)
    expect(sameValue([{ billingUnit: '01', area: 42.36, costSector: 1 }], stored)).toBe(false)
    expect(sameValue([...stored, ...stored], stored)).toBe(false)
  })

  it('tells different scalars apart, also by type', () => {
    expect(sameValue('1001/001', '1001/001')).toBe(true)
    expect(sameValue('1001/001', '1001/002')).toBe(false)
    expect(sameValue(1, '1')).toBe(false)
    expect(sameValue(false, null)).toBe(false)
  })
})
