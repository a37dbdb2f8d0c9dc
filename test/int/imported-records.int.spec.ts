import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { storedDate } from '@/lib/dates'
import { type SeedContext, seedContext } from '@/seed/context'
import { factories } from '@/seed/factories'

import { demo, idWhere } from '../helpers/demo'
import { expectFieldError } from '../helpers/errors'
import { testPayload } from '../helpers/payload'
import { as, staffToken, staffUser } from '../helpers/personas'
import { graphql, rest } from '../helpers/rest'

/**
 * SPEC F-11 / rule 5: the units of object 1001, their tenancies and all postings come from the
 * accounting system (`source: 'accounting'`). The fields it owns change only through the import,
 * on every path; what staff add on top stays editable.
 */
let payload: Payload
let system: SeedContext
let token: string
let unit: number
beforeAll(async () => {
  payload = await testPayload()
  system = await seedContext(payload)
  token = await staffToken('admin')
  unit = await demo.unit(payload, '1001/001')
})

const storedUnit = () => payload.findByID({ collection: 'units', id: unit, depth: 0 })

describe('an accounting-owned field of an imported unit', () => {
  it.each([
    ['unitNumber', '1001/999'],
    ['topNumber', '99'],
    ['netArea', 50],
    ['tenure', 'owned'],
    ['accountingRemark', 'geändert'],
  ])('%s is refused on REST with the clear message, and stays', async (field, value) => {
    const before = await storedUnit()
    const response = await rest('PATCH', `/units/${unit}`, { token, body: { [field]: value } })
    expectFieldError(response, field, 'ownedByAccounting')
    expect(response.body.errors[0].data.errors[0].key).toBe('hauswerk:ownedByAccounting')
    expect(await storedUnit()).toEqual(before)
  })

  it('relationships and arrays are owned too (status, areas)', async () => {
    const status = await demo.status(payload, 110)
    expectFieldError(await rest('PATCH', `/units/${unit}`, { token, body: { status } }), 'status', 'ownedByAccounting')
    expectFieldError(
      await rest('PATCH', `/units/${unit}`, { token, body: { areas: [] } }),
      'areas',
      'ownedByAccounting',
    )
    expect((await storedUnit()).areas?.length).toBeGreaterThan(0)
  })

  it('is refused in German to a German admin', async () => {
    const response = await rest('PATCH', `/units/${unit}`, { token, body: { topNumber: '99' }, language: 'de' })
    expectFieldError(response, 'topNumber', 'ownedByAccounting', 'de')
  })

  it('is refused on GraphQL', async () => {
    const response = await graphql(`mutation { updateUnit(id: ${unit}, data: { topNumber: "99" }) { topNumber } }`, {
      token,
    })
    expect(JSON.stringify(response.body.errors)).toContain('topNumber')
    expect((await storedUnit()).topNumber).toBe('1')
  })

  it('is refused on the Local API, as a user and even as the system without the import flag', async () => {
    const clerk = await staffUser(payload, 'clerk')
    await expect(
      payload.update({ collection: 'units', id: unit, data: { topNumber: '99' }, ...as({ user: clerk }) }),
    ).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'topNumber' }] } })
    await expect(payload.update({ collection: 'units', id: unit, data: { topNumber: '99' } })).rejects.toMatchObject({
      status: 400,
    })
    expect((await storedUnit()).topNumber).toBe('1')
  })

  it('is refused in a bulk update too, which changes nothing', async () => {
    const response = await rest('PATCH', `/units?where[unitNumber][in]=1001/001,1001/002`, {
      token,
      body: { topNumber: 'X' },
    })
    expect(response.status).toBe(400)
    const tops = await payload.find({ collection: 'units', where: { unitNumber: { in: ['1001/001', '1001/002'] } } })
    expect(tops.docs.map((doc) => doc.topNumber).sort()).toEqual(['1', '2'])
  })

  it('may be sent back unchanged, as the admin form does', async () => {
    const current = await storedUnit()
    const response = await rest('PATCH', `/units/${unit}`, {
      token,
      body: { unitNumber: current.unitNumber, netArea: current.netArea, status: current.status, position: 'Hof' },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
  })

  it('changes through the import', async () => {
    await payload.update({
      collection: 'units',
      id: unit,
      data: { accountingRemark: 'aus dem Import' },
      req: system.req,
    })
    expect((await storedUnit()).accountingRemark).toBe('aus dem Import')
  })

  it('is shown read-only in the admin: field access says no update, unlike on a unit staff entered', async () => {
    // The admin's per-document permissions: `true` for everything, or the operations allowed.
    const mayUpdate = (entry: true | { update?: unknown }) => entry === true || entry.update !== undefined
    const imported = await rest('POST', `/units/access/${unit}`, { token })
    expect(mayUpdate(imported.body.fields.unitNumber)).toBe(false)
    expect(mayUpdate(imported.body.fields.status)).toBe(false)
    expect(mayUpdate(imported.body.fields.position)).toBe(true)
    const manual = await rest('POST', `/units/access/${await demo.unit(payload, '1002/001')}`, { token })
    expect(manual.body.fields === true || mayUpdate(manual.body.fields.unitNumber)).toBe(true)
  })
})

describe('what staff add to an imported record stays editable', () => {
  it('unit: position, rooms, remark-like fields, groups, barrier-free, allocation office', async () => {
    const office = await demo.office(payload, 'Wohnservice Wien')
    const body = {
      position: 'Straße, ruhig',
      rooms: 3,
      group3: 'Sanierung 2027',
      barrierFree: true,
      allocationOffice: office,
    }
    const response = await rest('PATCH', `/units/${unit}`, { token: await staffToken('clerk'), body })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(await storedUnit()).toMatchObject(body)
  })

  it('tenancy: the move-out is owned, keys and securities are not', async () => {
    const tenancy = await demo.tenantTenancy(payload)
    expectFieldError(
      await rest('PATCH', `/tenancies/${tenancy}`, { token, body: { moveOut: '2030-12-31' } }),
      'moveOut',
      'ownedByAccounting',
    )
    const unit = (await payload.findByID({ collection: 'tenancies', id: tenancy, depth: 0 })).unit
    const key = { unit, tenancy, kind: 'Briefkasten', count: 1, handedOverOn: '2019-04-01' }
    const response = await rest('POST', '/keys', { token, body: key })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.body.doc.kind).toBe('Briefkasten')
  })

  it('posting: every field is owned', async () => {
    const posting = (
      await payload.find({ collection: 'postings', limit: 1, where: { source: { equals: 'accounting' } } })
    ).docs[0]
    expectFieldError(
      await rest('PATCH', `/postings/${posting.id}`, { token, body: { amount: 1 } }),
      'amount',
      'ownedByAccounting',
    )
    expect((await payload.findByID({ collection: 'postings', id: posting.id })).amount).toBe(posting.amount)
  })
})

describe('source and external key are set by the import only', () => {
  it('refuses changing them on an imported record', async () => {
    expectFieldError(
      await rest('PATCH', `/units/${unit}`, { token, body: { source: 'manual' } }),
      'source',
      'sourceImportOnly',
    )
    expectFieldError(
      await rest('PATCH', `/units/${unit}`, { token, body: { externalKey: 'X' } }),
      'externalKey',
      'sourceImportOnly',
    )
    expect(await storedUnit()).toMatchObject({ source: 'accounting', externalKey: 'U-1001-001' })
  })

  it('refuses a user claiming a record comes from accounting, on create and on update', async () => {
    const before = (await payload.count({ collection: 'units' })).totalDocs
    const create = await rest('POST', '/units', {
      token,
      body: {
        object: await demo.object(payload, '1002'),
        unitNumber: '1002/Q1',
        tenure: 'owned',
        holdingType: await demo.holdingType(payload, 5),
        status: await demo.status(payload, 20),
        source: 'accounting',
        externalKey: 'FAKE-1',
      },
    })
    expectFieldError(create, 'source', 'sourceImportOnly')
    expect((await payload.count({ collection: 'units' })).totalDocs).toBe(before)

    const manual = await demo.unit(payload, '1002/002')
    expectFieldError(
      await rest('PATCH', `/units/${manual}`, { token, body: { source: 'accounting' } }),
      'source',
      'sourceImportOnly',
    )
    expect((await payload.findByID({ collection: 'units', id: manual })).source).toBe('manual')
  })

  it('refuses it on GraphQL and the Local API as well', async () => {
    const gql = await graphql(`mutation { updateUnit(id: ${unit}, data: { externalKey: "X" }) { id } }`, { token })
    expect(JSON.stringify(gql.body.errors)).toContain('externalKey')
    const clerk = await staffUser(payload, 'clerk')
    await expect(
      payload.update({
        collection: 'objects',
        id: await demo.object(payload, '2001'),
        data: { source: 'accounting' },
        ...as({ user: clerk }),
      }),
    ).rejects.toMatchObject({ status: 400 })
    expect((await storedUnit()).externalKey).toBe('U-1001-001')
  })

  it('accepts them from the import', async () => {
    const imported = await factories.function(system, {
      functionType: await demo.functionType(payload, 20),
      person: await idWhere(payload, 'persons', { lastName: { equals: 'Novak' } }),
      object: await demo.object(payload, '2001'),
      from: storedDate('2021-01-01'),
      source: 'accounting',
      externalKey: 'F-1',
    })
    expect(imported).toMatchObject({ source: 'accounting', externalKey: 'F-1' })
  })
})
