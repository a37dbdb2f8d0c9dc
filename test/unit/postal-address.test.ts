import { describe, expect, it } from 'vitest'

import { isDeliverable, letterAddress } from '@/lib/postal-address'

const own = { street: 'Briefgasse', houseNumber: '7', door: '3', postcode: '1110', city: 'Wien', country: 'AT' }
const unitAddress = {
  street: 'Reportgasse',
  houseNumber: '1',
  door: null,
  postcode: '1110',
  city: 'Wien',
  country: 'AT',
}

describe('where a letter goes (SPEC F-71)', () => {
  it('deliverable: a street and a postcode or a city', () => {
    expect(isDeliverable(own)).toBe(true)
    expect(isDeliverable({ street: 'Briefgasse', city: 'Wien' })).toBe(true)
    expect(isDeliverable({ street: 'Briefgasse', postcode: '1110' })).toBe(true)
    expect(isDeliverable({ street: '  ', postcode: '1110', city: 'Wien' })).toBe(false)
    expect(isDeliverable({ street: 'Briefgasse' })).toBe(false)
    expect(isDeliverable({ country: 'AT' })).toBe(false)
    expect(isDeliverable(null)).toBe(false)
  })

  it("the person's own address wins over the unit's", () => {
    expect(letterAddress(own, { address: unitAddress, topNumber: '1' })).toBe(own)
  })

  it("a holder without an address of their own: the unit's, its top number as the door", () => {
    expect(letterAddress({ country: 'AT' }, { address: unitAddress, topNumber: '4' })).toEqual({
      ...unitAddress,
      door: '4',
    })
    expect(letterAddress(null, { address: { ...unitAddress, door: '2/7' }, topNumber: '4' })).toMatchObject({
      door: '2/7',
    })
    expect(letterAddress(undefined, { address: unitAddress })).toMatchObject({ street: 'Reportgasse', door: null })
  })

  it('an incomplete own address stays when the unit has none either, or there is no unit', () => {
    const partial = { street: 'Briefgasse', houseNumber: '7' }
    expect(letterAddress(partial, { address: { country: 'AT' }, topNumber: '1' })).toBe(partial)
    expect(letterAddress(partial)).toBe(partial)
    expect(letterAddress(null)).toBeNull()
  })
})
