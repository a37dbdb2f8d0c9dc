import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { storedDate } from '@/lib/dates'
import { seedContext } from '@/seed/context'
import { factories, nextNumber } from '@/seed/factories'
import { portalPersonas } from '@/seed/personas'

import { demo, idWhere } from '../helpers/demo'
import { expectFieldError } from '../helpers/errors'
import { testPayload } from '../helpers/payload'
import { staffToken } from '../helpers/personas'
import { rest } from '../helpers/rest'

/**
 * Every write that breaks a rule is a 400 naming the field and the reason, and writes nothing
 * (issue 3, "Bad input"; SPEC rule 6). All through REST as a member of staff allowed to write.
 */
let payload: Payload
let token: string
beforeAll(async () => {
  payload = await testPayload()
  token = await staffToken('admin')
})

const count = async (collection: CollectionSlug) => (await payload.count({ collection })).totalDocs

/** Posts, expects the 400 on the field, and checks that the collection did not grow. */
async function refusedCreate(
  collection: CollectionSlug,
  body: unknown,
  path: string,
  reason?: Parameters<typeof expectFieldError>[2],
) {
  const before = await count(collection)
  const response = await rest('POST', `/${collection}`, { token, body })
  expectFieldError(response, path, reason)
  expect(await count(collection)).toBe(before)
  return response
}

/** A unit of object 2001 that nobody holds. */
async function emptyUnit() {
  return factories.unit(await seedContext(payload), {
    object: await demo.object(payload, '2001'),
    holdingType: await demo.holdingType(payload, 1),
    status: await demo.status(payload, 10),
  })
}

describe('unit status codes outside 0–200', () => {
  it.each([201, -1, 1.5, 1000])('refuses code %s on create', async (code) => {
    await refusedCreate('unit-statuses', { code, text: 'falsch' }, 'code', 'invalidStatusCode')
  })

  it('refuses changing a code to 201 and keeps the old one', async () => {
    const status = await demo.status(payload, 110)
    expectFieldError(
      await rest('PATCH', `/unit-statuses/${status}`, { token, body: { code: 201 } }),
      'code',
      'invalidStatusCode',
    )
    expect((await payload.findByID({ collection: 'unit-statuses', id: status })).code).toBe(110)
  })

  it('says so in German to a German admin', async () => {
    const response = await rest('POST', '/unit-statuses', { token, body: { code: 201, text: 'x' }, language: 'de' })
    expectFieldError(response, 'code', 'invalidStatusCode', 'de')
  })
})

describe('IBAN and BIC (SPEC F-07)', () => {
  const person = (iban: string) => ({ lastName: `Konto${nextNumber()}`, bankAccounts: [{ iban, bic: 'BKAUATWW' }] })

  it('refuses a person’s IBAN with a bad check digit', async () => {
    await refusedCreate('persons', person('AT621904300234573201'), 'bankAccounts.0.iban', 'ibanChecksum')
  })

  it('refuses a wrong length and an unknown country, each with its reason', async () => {
    await refusedCreate('persons', person('AT61190430023457320'), 'bankAccounts.0.iban', 'ibanLength')
    await refusedCreate('persons', person('XX611904300234573201'), 'bankAccounts.0.iban', 'ibanCountry')
  })

  it('names the row of the bad account among several', async () => {
    const body = {
      lastName: 'Zweikonten',
      bankAccounts: [{ iban: 'AT611904300234573201' }, { iban: 'DE89370400440532013001' }],
    }
    await refusedCreate('persons', body, 'bankAccounts.1.iban', 'ibanChecksum')
  })

  it('refuses an invalid BIC', async () => {
    const body = { lastName: 'Bic', bankAccounts: [{ iban: 'AT611904300234573201', bic: 'BKAU' }] }
    await refusedCreate('persons', body, 'bankAccounts.0.bic', 'bicInvalid')
  })

  it('refuses a person’s bank account without an IBAN, also when the IBAN check is off', async () => {
    await refusedCreate('persons', person(''), 'bankAccounts.0.iban', 'ibanRequired')
    await refusedCreate(
      'persons',
      { lastName: 'Ohne', bankAccounts: [{ bic: 'BKAUATWW', accountHolder: 'Ohne IBAN' }] },
      'bankAccounts.0.iban',
      'ibanRequired',
    )
    const before = await payload.findGlobal({ slug: 'settings', depth: 0 })
    await payload.updateGlobal({ slug: 'settings', data: { ibanCheckModules: [] } })
    try {
      await refusedCreate('persons', person(''), 'bankAccounts.0.iban', 'ibanRequired')
    } finally {
      await payload.updateGlobal({ slug: 'settings', data: { ibanCheckModules: before.ibanCheckModules } })
    }
  })

  it('stores a valid IBAN normalised (upper case, no spaces)', async () => {
    const response = await rest('POST', '/persons', { token, body: person('at61 1904 3002 3457 3201') })
    expect(response.status).toBe(201)
    expect(response.body.doc.bankAccounts[0].iban).toBe('AT611904300234573201')
  })

  it('requires a BIC with the IBAN of a deposit account, and accepts it with one', async () => {
    const deposit = (bic?: string) => ({ account: { iban: 'AT022050302101023600', bic } })
    await refusedCreate(
      'tenancies',
      { unit: (await emptyUnit()).id, kind: 'vacancy', moveIn: '2024-01-01', securities: { deposit: deposit() } },
      'securities.deposit.account.bic',
      'bicRequired',
    )
    const accepted = await rest('POST', '/tenancies', {
      token,
      body: {
        unit: (await emptyUnit()).id,
        kind: 'vacancy',
        moveIn: '2024-01-01',
        securities: { deposit: deposit('SPIHAT22XXX') },
      },
    })
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201)
  })

  it('checks only in the modules the setting names (configuration 95800)', async () => {
    const before = await payload.findGlobal({ slug: 'settings', depth: 0 })
    await payload.updateGlobal({ slug: 'settings', data: { ibanCheckModules: ['company', 'holder'] } })
    try {
      const response = await rest('POST', '/persons', { token, body: person('AT621904300234573201') })
      expect(response.status).toBe(201)
    } finally {
      await payload.updateGlobal({ slug: 'settings', data: { ibanCheckModules: before.ibanCheckModules } })
    }
    await refusedCreate('persons', person('AT621904300234573201'), 'bankAccounts.0.iban', 'ibanChecksum')
  })
})

describe('an end before its start', () => {
  it('refuses a tenancy moving out before it moves in', async () => {
    const unit = await emptyUnit()
    await refusedCreate(
      'tenancies',
      { unit: unit.id, kind: 'vacancy', moveIn: '2024-05-01', moveOut: '2024-04-30' },
      'moveOut',
      'endBeforeStart',
    )
  })

  it('accepts moving out on the move-in day (a one-day tenancy)', async () => {
    const response = await rest('POST', '/tenancies', {
      token,
      body: { unit: (await emptyUnit()).id, kind: 'vacancy', moveIn: '2024-05-01', moveOut: '2024-05-01' },
    })
    expect(response.status).toBe(201)
  })

  it('refuses moving an existing tenancy’s move-out before its move-in, and keeps the record', async () => {
    const ctx = await seedContext(payload)
    const tenancy = await factories.tenancy(ctx, {
      unit: (await emptyUnit()).id,
      kind: 'vacancy',
      moveIn: storedDate('2024-01-01'),
    })
    const response = await rest('PATCH', `/tenancies/${tenancy.id}`, { token, body: { moveOut: '2023-12-31' } })
    expectFieldError(response, 'moveOut', 'endBeforeStart')
    expect((await payload.findByID({ collection: 'tenancies', id: tenancy.id })).moveOut ?? null).toBeNull()
  })

  it('refuses a termination effective before notice was given, and an agreed payment ending before it starts', async () => {
    const unit = await emptyUnit()
    const base = { unit: unit.id, kind: 'vacancy', moveIn: '2024-01-01' }
    await refusedCreate(
      'tenancies',
      { ...base, termination: { noticeGivenOn: '2024-06-30', effectiveOn: '2024-06-01' } },
      'termination.effectiveOn',
      'endBeforeStart',
    )
    await refusedCreate(
      'tenancies',
      { ...base, agreedPayments: [{ kind: 'rent', amount: 500, validFrom: '2024-02-01', validUntil: '2024-01-31' }] },
      'agreedPayments.0.validUntil',
      'endBeforeStart',
    )
  })

  it('refuses a function that ends before it starts', async () => {
    await refusedCreate(
      'functions',
      {
        functionType: await demo.functionType(payload, 60),
        person: await demo.person(payload, portalPersonas.provider),
        object: await demo.object(payload, '1002'),
        from: '2024-03-01',
        until: '2024-02-29',
      },
      'until',
      'endBeforeStart',
    )
  })

  it('refuses 31 February', async () => {
    const unit = await emptyUnit()
    await refusedCreate('tenancies', { unit: unit.id, kind: 'vacancy', moveIn: '2024-02-31' }, 'moveIn', 'invalidDate')
  })
})

describe('tenancies of one unit follow one another (SPEC F-06)', () => {
  // 1002/001: its owner since 2018-07-01 and, on the tenant timeline, a tenant since 2022-04-01 (both open).
  let unit: number
  let letting: number
  let holder: number
  beforeAll(async () => {
    unit = await demo.unit(payload, '1002/001')
    letting = await idWhere(payload, 'tenancies', {
      and: [{ unit: { equals: unit } }, { kind: { equals: 'tenant' } }],
    })
    holder = await demo.person(payload, portalPersonas.newTenant)
  })

  it('refuses a second tenant while the first one lives there', async () => {
    const response = await refusedCreate(
      'tenancies',
      { unit, kind: 'tenant', holders: [holder], moveIn: '2024-01-01' },
      'moveIn',
      'overlap',
    )
    expect(JSON.stringify(response.body)).toContain('01.04.2022')
  })

  it('refuses a vacancy while a tenant lives there (one timeline), and a second owner', async () => {
    await refusedCreate(
      'tenancies',
      { unit, kind: 'vacancy', moveIn: '2023-01-01', moveOut: '2023-02-28' },
      'moveIn',
      'overlap',
    )
    await refusedCreate(
      'tenancies',
      { unit, kind: 'owner', holders: [holder], moveIn: '2030-01-01' },
      'moveIn',
      'overlap',
    )
  })

  it('counts the end day: a tenancy ending on the next one’s move-in day overlaps, one ending the day before does not', async () => {
    await refusedCreate(
      'tenancies',
      { unit, kind: 'tenant', holders: [holder], moveIn: '2020-01-01', moveOut: '2022-04-01' },
      'moveIn',
      'overlap',
    )
    const earlier = await rest('POST', '/tenancies', {
      token,
      body: { unit, kind: 'tenant', holders: [holder], moveIn: '2020-01-01', moveOut: '2022-03-31' },
    })
    // The owner's timeline is separate: an owned unit may be let.
    expect(earlier.status, JSON.stringify(earlier.body)).toBe(201)
  })

  it('allows a sub-tenancy within its main tenancy', async () => {
    const response = await rest('POST', '/tenancies', {
      token,
      body: { unit, kind: 'tenant', holders: [holder], moveIn: '2024-01-01', mainTenancy: letting },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
  })

  it('refuses extending an earlier tenancy into the next one', async () => {
    const free = await emptyUnit()
    const ctx = await seedContext(payload)
    const first = await factories.tenancy(ctx, {
      unit: free.id,
      kind: 'vacancy',
      moveIn: storedDate('2023-01-01'),
      moveOut: storedDate('2023-06-30'),
    })
    await factories.tenancy(ctx, { unit: free.id, kind: 'tenant', holders: [holder], moveIn: storedDate('2023-07-01') })
    const response = await rest('PATCH', `/tenancies/${first.id}`, { token, body: { moveOut: '2023-07-15' } })
    expectFieldError(response, 'moveIn', 'overlap')
    expect((await payload.findByID({ collection: 'tenancies', id: first.id })).moveOut).toBe(storedDate('2023-06-30'))
  })

  it('refuses holders on a vacancy and a tenant without holders', async () => {
    const free = await emptyUnit()
    await refusedCreate(
      'tenancies',
      { unit: free.id, kind: 'vacancy', holders: [holder], moveIn: '2024-01-01' },
      'holders',
      'vacancyHasNoHolders',
    )
    await refusedCreate(
      'tenancies',
      { unit: free.id, kind: 'tenant', holders: [], moveIn: '2024-01-01' },
      'holders',
      'holdersRequired',
    )
  })
})

describe('units', () => {
  const unit = async (extra: Record<string, unknown>) => ({
    object: await demo.object(payload, '1002'),
    unitNumber: `1002/X${nextNumber()}`,
    tenure: 'owned',
    holdingType: await demo.holdingType(payload, 1),
    status: await demo.status(payload, 20),
    ...extra,
  })

  it('refuses a holding sub-type of another holding type', async () => {
    const body = await unit({
      holdingType: await demo.holdingType(payload, 3),
      holdingSubType: await demo.subType(payload, 'Kleinwohnung'),
    })
    await refusedCreate('units', body, 'holdingSubType', 'subTypeMismatch')
  })

  it('refuses a duplicate unit number in one object, allows it in another', async () => {
    await refusedCreate('units', await unit({ unitNumber: '1002/001' }), 'unitNumber', 'duplicate')
    const elsewhere = await rest('POST', '/units', {
      token,
      body: await unit({ object: await demo.object(payload, '2001'), tenure: 'rental', unitNumber: '1002/001' }),
    })
    expect(elsewhere.status, JSON.stringify(elsewhere.body)).toBe(201)
  })

  it('refuses renaming a unit to a number its object already has', async () => {
    const other = await demo.unit(payload, '1002/005')
    expectFieldError(
      await rest('PATCH', `/units/${other}`, { token, body: { unitNumber: '1002/006' } }),
      'unitNumber',
      'duplicate',
    )
    expect((await payload.findByID({ collection: 'units', id: other })).unitNumber).toBe('1002/005')
  })

  it('refuses a building part or staircase of another object', async () => {
    const houseA = await idWhere(payload, 'building-parts', { name: { equals: 'Haus A' } })
    await refusedCreate('units', await unit({ buildingPart: houseA }), 'buildingPart', 'otherObject')
    const stair = await idWhere(payload, 'staircases', {
      and: [{ name: { equals: 'Stiege 1' } }, { object: { equals: await demo.object(payload, '1001') } }],
    })
    await refusedCreate('units', await unit({ staircase: stair }), 'staircase', 'otherObject')
    await refusedCreate(
      'staircases',
      { object: await demo.object(payload, '1002'), name: 'Stiege 9', buildingPart: houseA },
      'buildingPart',
      'otherObject',
    )
  })

  it('refuses areas with more than two decimals and a fractional useful value', async () => {
    await refusedCreate('units', await unit({ netArea: 55.555 }), 'netArea', 'tooManyDecimals')
    await refusedCreate('units', await unit({ usefulValue: 12.5 }), 'usefulValue', 'integerRequired')
  })
})

describe('functions: exactly one scope, and one its type allows (SPEC F-08)', () => {
  const fn = async (extra: Record<string, unknown>) => ({
    functionType: await demo.functionType(payload, 60),
    person: await demo.person(payload, portalPersonas.provider),
    from: '2024-01-01',
    ...extra,
  })

  it('refuses two scopes and none', async () => {
    const body = await fn({ object: await demo.object(payload, '1002'), unit: await demo.unit(payload, '1002/001') })
    await refusedCreate('functions', body, 'unit', 'oneScope')
    await refusedCreate('functions', await fn({}), 'unit', 'oneScope')
  })

  it('refuses a scope the function type does not apply to', async () => {
    // 20 (caretaker) applies to objects only.
    const body = await fn({
      functionType: await demo.functionType(payload, 20),
      unit: await demo.unit(payload, '1002/001'),
    })
    await refusedCreate('functions', body, 'unit', /does not apply to Unit/)
  })
})

describe('deleting a record that others point to', () => {
  it('refuses deleting an object with units, lists what points to it, and deletes nothing', async () => {
    const object = await demo.object(payload, '1001')
    const units = (await payload.count({ collection: 'units', where: { object: { equals: object } } })).totalDocs
    const response = await rest('DELETE', `/objects/${object}`, { token })
    expect(response.status).toBe(400)
    const [error] = response.body.errors
    expect(error.message).toContain(`${units} × units.object`)
    expect(error.message).toContain('building-parts.object')
    expect(error.data.references).toContainEqual({ collection: 'units', path: 'object', count: units })
    expect(await payload.findByID({ collection: 'objects', id: object, disableErrors: true })).not.toBeNull()
    expect((await payload.count({ collection: 'units', where: { object: { equals: object } } })).totalDocs).toBe(units)
  })

  it('refuses deleting a unit status in use, a person who holds a tenancy, and an imported tenancy', async () => {
    const status = await demo.status(payload, 20)
    const statusResponse = await rest('DELETE', `/unit-statuses/${status}`, { token })
    expect(statusResponse.status).toBe(400)
    expect(statusResponse.body.errors[0].message).toMatch(/\d+ × units\.status/)

    const person = await demo.person(payload, portalPersonas.tenant)
    const personResponse = await rest('DELETE', `/persons/${person}`, { token, language: 'de' })
    expect(personResponse.status).toBe(400)
    expect(personResponse.body.errors[0].message).toMatch(/^Kann nicht gelöscht werden.*tenancies\.holders/)

    const tenancy = await demo.tenantTenancy(payload)
    const tenancyResponse = await rest('DELETE', `/tenancies/${tenancy}`, { token })
    // The demo tenancy came from accounting (rule 5): only the import deletes it, whatever points to it.
    expect(tenancyResponse.body.errors[0].message).toMatch(/only the import can delete it/)
    for (const [collection, id] of [
      ['unit-statuses', status],
      ['persons', person],
      ['tenancies', tenancy],
    ] as const) {
      expect(await payload.findByID({ collection, id, disableErrors: true }), collection).not.toBeNull()
    }
  })

  it('allows deleting once nothing points to it any more', async () => {
    const ctx = await seedContext(payload)
    const object = await factories.object(ctx)
    const part = await payload.create({ collection: 'building-parts', data: { object: object.id, name: 'Haus' } })
    expect((await rest('DELETE', `/objects/${object.id}`, { token })).status).toBe(400)
    expect((await rest('DELETE', `/building-parts/${part.id}`, { token })).status).toBe(200)
    expect((await rest('DELETE', `/objects/${object.id}`, { token })).status).toBe(200)
  })
})
