import { describe, expect, it } from 'vitest'

import { personDisplayName, personNaturalName } from '@/lib/person-name'

describe('personDisplayName', () => {
  it('shows natural persons as "last name, first name"', () => {
    expect(personDisplayName({ kind: 'natural', firstName: 'Anna', lastName: 'Gruber' })).toBe('Gruber, Anna')
  })

  it('puts the title before the first name', () => {
    expect(personDisplayName({ kind: 'natural', title: 'Dr.', firstName: 'Anna', lastName: 'Gruber' })).toBe(
      'Gruber, Dr. Anna',
    )
  })

  it('leaves out missing or blank parts without stray commas', () => {
    expect(personDisplayName({ lastName: 'Gruber' })).toBe('Gruber')
    expect(personDisplayName({ firstName: 'Anna', lastName: '  ' })).toBe('Anna')
    expect(personDisplayName({ firstName: null, lastName: null })).toBe('')
  })

  it('treats a person without kind as natural', () => {
    expect(personDisplayName({ firstName: 'Lukas', lastName: 'Wagner' })).toBe('Wagner, Lukas')
  })

  it('shows legal persons by their company name only', () => {
    expect(
      personDisplayName({ kind: 'legal', companyName: ' Bäckerei Simmering OG ', firstName: 'x', lastName: 'y' }),
    ).toBe('Bäckerei Simmering OG')
    expect(personDisplayName({ kind: 'legal', companyName: null })).toBe('')
  })
})

describe('personNaturalName', () => {
  it('addresses natural persons in natural order, with the title first', () => {
    expect(personNaturalName({ kind: 'natural', firstName: 'Anna', lastName: 'Gruber' })).toBe('Anna Gruber')
    expect(personNaturalName({ title: 'Dr.', firstName: 'Anna', lastName: ' Gruber ' })).toBe('Dr. Anna Gruber')
    expect(personNaturalName({ lastName: 'Gruber' })).toBe('Gruber')
  })

  it('addresses legal persons by their company name', () => {
    expect(personNaturalName({ kind: 'legal', companyName: 'Installateur Huber GmbH', lastName: 'x' })).toBe(
      'Installateur Huber GmbH',
    )
  })
})
