import { addMonths } from '@/lib/dates'

import { type GenFieldDefinition, individualFieldDefinitions } from './individual-fields'
import { companies, districts, firstNames, lastNames, streets } from './names'
import { Random } from './random'
import { austrianIban, dayAfter, yearsAfter } from './values'

export type GenObject = {
  key: string
  number: string
  name: string
  type: 'rental' | 'condominium' | 'mixed'
  street: string
  houseNumber: string
  postcode: string
  takeOverDate: string
}
export type GenUnit = {
  key: string
  objectKey: string
  unitNumber: string
  topNumber: string
  staircase: string
  tenure: 'rental' | 'owned'
  holdingType: number
  holdingSubType: string | null
  status: number
  floor: string
  rooms: number | null
  areaCents: number
  usefulValue: number | null
  allocationOffice: string | null
  vacantSince: string | null
}
export type GenPerson = {
  key: string
  kind: 'natural' | 'legal'
  salutation: string
  firstName: string | null
  lastName: string | null
  companyName: string | null
  street: string
  houseNumber: string
  door: string
  postcode: string
  iban: string | null
}
export type GenTenancy = {
  key: string
  unitKey: string
  kind: 'tenant' | 'owner'
  holders: string[]
  reference: string
  moveIn: string
  moveOut: string | null
  fixedTermEnd: string | null
  sepa: { reference: string; signedOn: string; iban: string; holder: string } | null
  rentCents: number | null
  operatingCents: number | null
}
export type GenFunction = {
  key: string
  type: number
  person: string
  unit?: string
  object?: string
  tenancy?: string
  allocationOffice?: string
  from: string
  until: string | null
  remark?: string
}

/** Everything that belongs to one object: the unit of generation and of every kind's rows. */
export type ObjectWorld = {
  index: number
  object: GenObject
  units: GenUnit[]
  persons: GenPerson[]
  tenancies: GenTenancy[]
  functions: GenFunction[]
  random: Random
}

/** What the whole dataset shares: allocation offices, the manager's own people, the individual fields of units. */
export type GlobalWorld = {
  seed: number
  asOf: string
  individualFields: GenFieldDefinition[]
  windowStart: string
  offices: Array<{ name: string; municipality: string | null }>
  persons: GenPerson[]
  functions: GenFunction[]
  managers: string[]
  caretakers: string[]
  providers: string[]
}

export const years = 15

function person(
  random: Random,
  key: string,
  street: string,
  houseNumber: string,
  postcode: string,
  door = '',
): GenPerson {
  const female = random.chance(0.5)
  return {
    key,
    kind: 'natural',
    salutation: female ? 'ms' : 'mr',
    firstName: random.pick(firstNames),
    lastName: random.pick(lastNames),
    companyName: null,
    street,
    houseNumber,
    door,
    postcode,
    iban: random.chance(0.5) ? austrianIban('19043', random.int(1, 99_999_999)) : null,
  }
}

export function globalWorld(seed: number, asOf: string, individualFields = 0): GlobalWorld {
  const random = new Random(seed, 0x5eed)
  const offices = [
    { name: 'Wohnservice Wien', municipality: '90001' },
    ...districts
      .slice(0, 19)
      .map((postcode, index) => ({ name: `Vergabestelle Bezirk ${index + 1}`, municipality: null })),
  ]
  const persons: GenPerson[] = []
  const staff = (prefix: string, count: number) =>
    Array.from({ length: count }, (_, index) => {
      const created = person(
        random,
        `${prefix}${String(index + 1).padStart(4, '0')}`,
        'Landstraßer Hauptstraße',
        '71',
        '1030',
      )
      persons.push(created)
      return created.key
    })
  const managers = staff('PM', 40)
  const caretakers = staff('PC', 300)
  const providers = staff('PS', 60).map((key) => {
    const provider = persons.find((entry) => entry.key === key)!
    Object.assign(provider, {
      kind: 'legal',
      salutation: 'company',
      firstName: null,
      lastName: null,
      companyName: `${random.pick(['Installateur', 'Elektro', 'Dachdecker', 'Gärtnerei'])} ${provider.lastName} GmbH`,
    })
    return key
  })
  const contacts = staff('PV', offices.length)
  const windowStart = addMonths(`${asOf.slice(0, 7)}-01`, -12 * years)
  const functions: GenFunction[] = offices.map((office, index) => ({
    key: `FV${index + 1}`,
    type: 70,
    person: contacts[index],
    allocationOffice: office.name,
    from: windowStart,
    until: null,
  }))
  return {
    seed,
    asOf,
    individualFields: individualFieldDefinitions(individualFields),
    windowStart,
    offices,
    persons,
    functions,
    managers,
    caretakers,
    providers,
  }
}

/**
 * One object with its units, their tenancies over the last 15 years (moves, gaps, the present
 * vacancies), owners for condominiums, the people, and the functions. Deterministic from the
 * seed and the object's index alone, so objects can be generated one at a time (streaming).
 */
export function objectWorld(global: GlobalWorld, index: number, unitCount: number): ObjectWorld {
  const random = new Random(global.seed, index)
  const id = String(index).padStart(5, '0')
  const type = random.chance(0.78) ? 'rental' : random.chance(0.75) ? 'condominium' : 'mixed'
  const postcode = random.pick(districts)
  const street = random.pick(streets)
  const houseNumber = String(random.int(1, 180))
  const takeOverDate = `${random.int(1995, Number(global.windowStart.slice(0, 4)) - 1)}-${String(random.int(1, 12)).padStart(2, '0')}-01`
  const number = String(100000 + index)
  const object: GenObject = {
    key: `O${id}`,
    number,
    name: `Wohnhausanlage ${street} ${houseNumber}`,
    type,
    street,
    houseNumber,
    postcode,
    takeOverDate,
  }
  const world: ObjectWorld = { index, object, units: [], persons: [], tenancies: [], functions: [], random }
  const staircases = Math.max(1, Math.ceil(unitCount / random.int(8, 16)))
  const subsidised = type === 'rental' && random.chance(0.35)
  const office = subsidised ? random.pick(global.offices).name : null
  let personNumber = 0
  let tenancyNumber = 0
  const newPerson = (door: string) => {
    personNumber += 1
    const created = person(random, `P${id}-${personNumber}`, street, houseNumber, postcode, door)
    world.persons.push(created)
    return created
  }

  for (let top = 1; top <= unitCount; top += 1) {
    const roll = random.next()
    const holdingType = roll < 0.86 ? 1 : roll < 0.89 ? 2 : roll < 0.94 ? 4 : roll < 0.97 ? 3 : 5
    const owned = type === 'condominium' || (type === 'mixed' && random.chance(0.5))
    const areaCents =
      holdingType === 1
        ? random.int(3200, 12500)
        : holdingType === 2
          ? random.int(4000, 25000)
          : holdingType === 5
            ? random.int(300, 900)
            : random.int(1200, 1800)
    const prefix =
      holdingType === 1 ? '' : holdingType === 2 ? 'L' : holdingType === 5 ? 'K' : holdingType === 3 ? 'G' : 'P'
    const unit: GenUnit = {
      key: `U${id}-${String(top).padStart(3, '0')}`,
      objectKey: object.key,
      unitNumber: `${number}/${prefix}${String(top).padStart(3, '0')}`,
      topNumber: `${prefix}${top}`,
      staircase: `Stiege ${1 + ((top - 1) % staircases)}`,
      tenure: owned ? 'owned' : 'rental',
      holdingType,
      holdingSubType:
        holdingType === 1 && areaCents < 4000
          ? 'Kleinwohnung'
          : holdingType === 4
            ? random.pick(['Tiefgaragenplatz', 'Freiplatz'])
            : null,
      status: random.chance(0.01) ? 110 : 20,
      floor: holdingType === 1 ? String(random.int(0, 7)) : 'EG',
      rooms: holdingType === 1 ? Math.max(1, Math.round(areaCents / 2800)) : null,
      areaCents,
      usefulValue: owned ? Math.round(areaCents / 100) : null,
      allocationOffice: holdingType === 1 ? office : null,
      vacantSince: null,
    }
    world.units.push(unit)
    if (unit.status > 100) continue
    const door = String(top)
    const letFrom = (start: string) => {
      // Tenants one after another, with gaps of up to four months between them.
      let moveIn = start
      let previousMoveOut: string | null = null
      while (moveIn <= global.asOf) {
        const duration = Math.max(0.5, random.exponential(7))
        const end = yearsAfter(moveIn, duration)
        const moveOut = end < global.asOf ? end : null
        if (!moveOut || moveOut >= global.windowStart) {
          tenancyNumber += 1
          const holders = [newPerson(door)]
          if (holdingType === 1 && random.chance(0.3)) holders.push(newPerson(door))
          if (holdingType === 2)
            Object.assign(holders[0], {
              kind: 'legal',
              salutation: 'company',
              firstName: null,
              lastName: null,
              companyName: `${random.pick(companies)} ${holders[0].lastName} OG`,
            })
          const rentCents = Math.round((areaCents / 100) * random.int(650, 1400))
          const sepaHolder = holders[0]
          const sepa = random.chance(0.6)
            ? {
                reference: `HW-${unit.key}-${tenancyNumber}`,
                signedOn: dayAfter(moveIn, -10),
                iban: sepaHolder.iban ?? austrianIban('20111', random.int(1, 99_999_999)),
                holder: sepaHolder.companyName ?? `${sepaHolder.firstName} ${sepaHolder.lastName}`,
              }
            : null
          world.tenancies.push({
            key: `T${id}-${tenancyNumber}`,
            unitKey: unit.key,
            kind: 'tenant',
            holders: holders.map((holder) => holder.key),
            reference: `MV-${unit.unitNumber}-${tenancyNumber}`,
            moveIn,
            moveOut,
            fixedTermEnd: random.chance(0.15) ? yearsAfter(moveIn, 3) : null,
            sepa,
            rentCents,
            operatingCents: Math.round(rentCents * 0.28),
          })
          if (!moveOut) {
            world.functions.push({
              key: `F${id}-T${tenancyNumber}`,
              type: 30,
              person: holders[0].key,
              tenancy: `T${id}-${tenancyNumber}`,
              from: moveIn,
              until: null,
            })
          }
        }
        if (!moveOut) return
        previousMoveOut = moveOut
        moveIn = dayAfter(moveOut, 1 + (random.chance(0.6) ? 0 : random.int(15, 120)))
      }
      // The last tenant left and nobody moved in yet: vacant since the day after the move-out.
      if (previousMoveOut) unit.vacantSince = dayAfter(previousMoveOut, 1)
    }
    if (owned) {
      let from = takeOverDate
      while (true) {
        tenancyNumber += 1
        const sold = random.chance(0.25) ? yearsAfter(from, random.int(2, 12)) : null
        const until = sold && sold < global.asOf ? sold : null
        if (!until || until >= global.windowStart) {
          const owner = newPerson('')
          world.tenancies.push({
            key: `T${id}-${tenancyNumber}`,
            unitKey: unit.key,
            kind: 'owner',
            holders: [owner.key],
            reference: `WE-${unit.unitNumber}-${tenancyNumber}`,
            moveIn: from,
            moveOut: until,
            fixedTermEnd: null,
            sepa: null,
            rentCents: null,
            operatingCents: null,
          })
          world.functions.push({
            key: `F${id}-O${tenancyNumber}`,
            type: 40,
            person: owner.key,
            unit: unit.key,
            from,
            until,
          })
        }
        if (!until) break
        from = dayAfter(until, 1)
      }
      if (random.chance(0.4)) letFrom(yearsAfter(takeOverDate, random.int(0, 10)))
    } else {
      letFrom(yearsAfter(takeOverDate, random.next() * 3))
    }
    if (unit.vacantSince) unit.status = 10
  }

  world.functions.push({
    key: `F${id}-HV`,
    type: 10,
    person: random.pick(global.managers),
    object: object.key,
    from: takeOverDate,
    until: null,
  })
  const caretakerChange = random.chance(0.5) ? yearsAfter(global.windowStart, random.int(1, years - 1)) : null
  world.functions.push({
    key: `F${id}-HB1`,
    type: 20,
    person: random.pick(global.caretakers),
    object: object.key,
    from: takeOverDate,
    until: caretakerChange ? dayAfter(caretakerChange, -1) : null,
  })
  if (caretakerChange)
    world.functions.push({
      key: `F${id}-HB2`,
      type: 20,
      person: random.pick(global.caretakers),
      object: object.key,
      from: caretakerChange,
      until: null,
    })
  if (random.chance(0.3))
    world.functions.push({
      key: `F${id}-DL`,
      type: 60,
      person: random.pick(global.providers),
      object: object.key,
      from: yearsAfter(global.windowStart, random.int(0, 10)),
      until: null,
      remark: 'Haustechnik',
    })
  return world
}
