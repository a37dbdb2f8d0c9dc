import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { accountingOwnedFields } from '@/access/accounting-source'
import { ownedPaths } from '@/imports/owned-fields'
import { storedDate } from '@/lib/dates'
import { functionTypes } from '@/seed/configuration-data'
import { type SeedContext, seedContext } from '@/seed/context'
import { factories } from '@/seed/factories'

import { demo, idWhere } from '../helpers/demo'
import { expectFieldError } from '../helpers/errors'
import { testPayload } from '../helpers/payload'
import { as, staffToken, staffUser } from '../helpers/personas'
import { graphql, rest } from '../helpers/rest'

/**
 * Rule 5 (SPEC F-08, F-11, the manual's "Funktionen" and "Einheiten"): what came from the
 * accounting system changes, and disappears, only through the import.
 */
let payload: Payload
let system: SeedContext
let token: string
beforeAll(async () => {
  payload = await testPayload()
  system = await seedContext(payload)
  token = await staffToken('admin')
})

const importedPosting = async () =>
  (await payload.find({ collection: 'postings', limit: 1, where: { source: { equals: 'accounting' } } })).docs[0].id

const importedFunction = async () =>
  (
    await factories.function(system, {
      functionType: await demo.functionType(payload, 20),
      person: await idWhere(payload, 'persons', { lastName: { equals: 'Novak' } }),
      object: await demo.object(payload, '2001'),
      from: storedDate('2021-01-01'),
      source: 'accounting',
      externalKey: `F-DEL-${Math.random()}`,
    })
  ).id

describe('an imported record cannot be deleted except by the import', () => {
  const cases = [
    ['units', () => demo.unit(payload, '1001/002')],
    ['tenancies', () => demo.tenantTenancy(payload)],
    ['functions', importedFunction],
    ['postings', importedPosting],
  ] as const

  it.each(cases)('%s: REST refuses with the clear message, and the record stays', async (collection, id) => {
    const record = await id()
    const response = await rest('DELETE', `/${collection}/${record}`, { token })
    expect(response.status, JSON.stringify(response.body)).toBe(403)
    expect(response.body.errors[0].message).toMatch(/only the import/)
    const german = await rest('DELETE', `/${collection}/${record}`, { token, language: 'de' })
    expect(german.body.errors[0].message).toMatch(/nur der Import/)
    expect(await payload.findByID({ collection, id: record, depth: 0 })).toBeTruthy()
  })

  it.each(cases)('%s: a bulk delete refuses it too, deleting nothing', async (collection, id) => {
    const record = await id()
    const response = await rest('DELETE', `/${collection}?where[id][in]=${record}`, { token })
    expect(response.status, JSON.stringify(response.body)).toBe(403)
    expect(response.body.errors[0].message).toMatch(/only the import/)
    expect(await payload.findByID({ collection, id: record, depth: 0 })).toBeTruthy()
  })

  it('GraphQL and the Local API (as a user, and as the system without the import flag) refuse it', async () => {
    const unit = await demo.unit(payload, '1001/002')
    const gql = await graphql(`mutation { deleteUnit(id: ${unit}) { id } }`, { token })
    expect(JSON.stringify(gql.body.errors)).toMatch(/only the import/)
    const admin = await staffUser(payload, 'admin')
    // The Local API speaks the default language, German.
    await expect(payload.delete({ collection: 'units', id: unit, ...as({ user: admin }) })).rejects.toThrow(
      /nur der Import/,
    )
    await expect(payload.delete({ collection: 'units', id: unit })).rejects.toThrow(/nur der Import/)
    expect(await payload.findByID({ collection: 'units', id: unit })).toBeTruthy()
    // Payload builds its GraphQL schema on the first query.
  }, 90_000)

  it('the admin hides the delete button: per-document access says no delete, unlike a manual record', async () => {
    // Payload sends an allowed operation as `true` (or `{ permission: true }`) and leaves a refused one out.
    const mayDelete = (body: { delete?: true | { permission?: boolean } }) =>
      body.delete === true || body.delete?.permission === true
    const imported = await rest('POST', `/units/access/${await demo.unit(payload, '1001/002')}`, { token })
    expect(mayDelete(imported.body)).toBe(false)
    const manual = await rest('POST', `/units/access/${await demo.unit(payload, '1002/002')}`, { token })
    expect(mayDelete(manual.body)).toBe(true)
  })

  it('the import deletes it', async () => {
    const record = await importedFunction()
    await payload.delete({ collection: 'functions', id: record, req: system.req })
    expect(await payload.findByID({ collection: 'functions', id: record, disableErrors: true })).toBeNull()
  })
})

describe('the fixed term from the contract end does not overwrite an imported fixed-term end', () => {
  it('refuses switching it on when the stored result would change, and keeps the stored end', async () => {
    const tenancy = await demo.tenantTenancy(payload)
    const before = await payload.findByID({ collection: 'tenancies', id: tenancy, depth: 0 })
    const response = await rest('PATCH', `/tenancies/${tenancy}`, {
      token,
      body: { fixedTermFromContract: true, contractEnd: '2039-12-31' },
    })
    expectFieldError(response, 'fixedTermEnd', 'ownedByAccounting')
    const after = await payload.findByID({ collection: 'tenancies', id: tenancy, depth: 0 })
    expect(after.fixedTermEnd).toEqual(before.fixedTermEnd)
  })
})

describe('the unit fields the manual names as imported are owned', () => {
  it('one list per collection is what the import updates and what the guard protects', () => {
    for (const [collection, fields] of Object.entries(accountingOwnedFields)) {
      const owned = ownedPaths(payload, collection as keyof typeof accountingOwnedFields)
      const topLevel = [...owned].filter((path) => !fields.some((field) => path.startsWith(`${field}.`)))
      expect(new Set(topLevel)).toEqual(new Set(fields))
    }
    expect(accountingOwnedFields.units).toEqual(
      expect.arrayContaining(['address', 'buildingPart', 'unitCode', 'heatingCostKey', 'heatingCostCompany']),
    )
    expect(ownedPaths(payload, 'units').has('address.street')).toBe(true)
  })

  it.each([
    ['address', { street: 'Andere Gasse' }],
    ['unitCode', 'X-1'],
    ['heatingCostKey', 'HK-9'],
  ])('%s of an imported unit is refused', async (field, value) => {
    const unit = await demo.unit(payload, '1001/001')
    const response = await rest('PATCH', `/units/${unit}`, { token, body: { [field]: value } })
    expect(response.status, JSON.stringify(response.body)).toBe(400)
    expect(JSON.stringify(response.body)).toContain('hauswerk:ownedByAccounting')
  })
})

describe('functions 31000, 41000, 51000 and 61000 come only from accounting (manual, "Funktionen")', () => {
  const accountingCodes = [31000, 41000, 51000, 61000]

  it('the demo catalogue has them, marked as from accounting', () => {
    const codes = functionTypes.map((type) => type.code as number)
    expect(codes).toEqual(expect.arrayContaining(accountingCodes))
  })

  it.each(accountingCodes)('%i cannot be added by hand', async (code) => {
    const response = await rest('POST', '/functions', {
      token,
      body: {
        functionType: await demo.functionType(payload, code),
        person: await idWhere(payload, 'persons', { lastName: { equals: 'Novak' } }),
        unit: await demo.unit(payload, '1002/001'),
        from: '2024-01-01',
      },
    })
    expectFieldError(response, 'functionType', 'accountingFunctionType')
  })

  it('a manual function cannot be changed into one of them, and one from the import cannot be deleted', async () => {
    const manual = await factories.function(system, {
      functionType: await demo.functionType(payload, 60),
      person: await idWhere(payload, 'persons', { lastName: { equals: 'Novak' } }),
      unit: await demo.unit(payload, '1002/001'),
      from: storedDate('2024-01-01'),
    })
    expectFieldError(
      await rest('PATCH', `/functions/${manual.id}`, {
        token,
        body: { functionType: await demo.functionType(payload, 31000) },
      }),
      'functionType',
      'accountingFunctionType',
    )
    const imported = await factories.function(system, {
      functionType: await demo.functionType(payload, 31000),
      person: await idWhere(payload, 'persons', { lastName: { equals: 'Novak' } }),
      unit: await demo.unit(payload, '1002/001'),
      from: storedDate('2024-01-01'),
      source: 'accounting',
      externalKey: 'F-31000-1',
    })
    expect((await rest('DELETE', `/functions/${imported.id}`, { token })).status).toBe(403)
  })
})
