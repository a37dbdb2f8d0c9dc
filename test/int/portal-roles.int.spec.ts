import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '@/fields/relationship'
import { allocationOverview } from '@/portal/models/allocation.server'
import { providerAssignments } from '@/portal/models/orders.server'
import { personRoles } from '@/portal/models/roles.server'
import type { PortalPersona } from '@/seed/personas'

import { testPayload } from '../helpers/payload'
import { as, personOfPersona, portalActor, portalPersonaNames, type PortalActor } from '../helpers/personas'
import { rest } from '../helpers/rest'

/**
 * F-57, F-56 and F-82 on the models the portal pages call: an allocation office reads its units'
 * vacancies and pending terminations and nothing about the tenants; a provider its functions;
 * everyone else none of it.
 */

const officeTenancyFields = ['id', 'unit', 'kind', 'moveIn', 'moveOut', 'vacancyReason', 'termination']
const officeUnitFields = ['id', 'object', 'unitNumber', 'topNumber', 'holdingType', 'address', 'allocationOffice']
const officeObjectFields = ['id', 'number', 'name', 'address']

let payload: Payload
const actors = {} as Record<PortalPersona, PortalActor>

beforeAll(async () => {
  payload = await testPayload()
  for (const persona of portalPersonaNames) actors[persona] = await portalActor(payload, persona)
})

/** The names of a document's fields, without Payload's own `createdAt`/`updatedAt` where hidden anyway. */
const keysOf = (doc: object) => Object.keys(doc).filter((key) => key !== 'createdAt' && key !== 'updatedAt')

describe('allocation office (F-57)', () => {
  it('lists exactly the vacancies and pending terminations of its units, by unit, object, address and holding type', async () => {
    const overview = await allocationOverview(payload, actors.allocationOffice.user)
    expect(overview).not.toBeNull()
    expect(overview!.offices).toEqual(['Wohnservice Wien'])
    expect(overview!.unitCount).toBe(8)
    expect(overview!.vacancies.map((entry) => entry.unitNumber)).toEqual(['1001/005'])
    expect(overview!.terminations.map((entry) => entry.unitNumber)).toEqual(['1001/007'])
    const refurbishment = (
      await payload.find({ collection: 'vacancy-reasons', where: { code: { equals: 'SAN' } }, depth: 0 })
    ).docs[0]
    expect(overview!.vacancies[0]).toMatchObject({
      objectName: 'Wohnhausanlage Simmeringer Hauptstraße',
      reason: refurbishment.text,
      holdingType: expect.any(String),
      since: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    })
    expect(overview!.vacancies[0].address).toContain('Simmeringer Hauptstraße')
    expect(overview!.terminations[0]).toMatchObject({
      since: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      effectiveOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      reason: null,
    })
  })

  it('learns nothing about the tenants: no holders, contract, payments or who gave notice (Local API and REST)', async () => {
    const actor = actors.allocationOffice
    const { docs } = await payload.find({ collection: 'tenancies', depth: 0, pagination: false, ...as(actor) })
    const restDocs = (await rest('GET', '/tenancies?depth=0&pagination=false', { token: actor.token })).body.docs
    expect(docs.length).toBe(2)
    for (const doc of [...docs, ...restDocs]) {
      for (const key of keysOf(doc)) expect(officeTenancyFields, key).toContain(key)
      if (doc.termination) expect(Object.keys(doc.termination).sort()).toEqual(['effectiveOn', 'noticeGivenOn'])
    }
    const terminated = docs.find((doc) => doc.kind === 'tenant')!
    const stored = await payload.findByID({ collection: 'tenancies', id: terminated.id, depth: 0 })
    expect(stored.holders?.length).toBeGreaterThan(0)
    expect(terminated).not.toHaveProperty('holders')
    expect(terminated).not.toHaveProperty('agreedPayments')
    expect(terminated.termination).not.toHaveProperty('noticeBy')
    // Depth pulls the unit in, with the office's fields only.
    const deep = await payload.findByID({ collection: 'tenancies', id: terminated.id, depth: 1, ...as(actor) })
    for (const key of keysOf(deep.unit as object)) expect(officeUnitFields, key).toContain(key)
  })

  it('cannot ask about hidden fields through a filter or a sort', async () => {
    const actor = actors.allocationOffice
    const holder = await personOfPersona(payload, 'tenant')
    await expect(
      payload.find({ collection: 'tenancies', where: { holders: { equals: holder } }, ...as(actor) }),
    ).rejects.toMatchObject({ status: 400 })
    const response = await rest('GET', `/tenancies?where[termination.noticeBy][equals]=tenant`, { token: actor.token })
    expect(response.status).toBe(400)
    expect((await rest('GET', '/tenancies?sort=reference', { token: actor.token })).status).toBe(400)
  })

  it('cannot file a request for a unit or tenancy it allocates', async () => {
    const actor = actors.allocationOffice
    const person = await personOfPersona(payload, 'allocationOffice')
    const tenancy = (await payload.find({ collection: 'tenancies', depth: 0, limit: 1, ...as(actor) })).docs[0]
    const before = (await payload.count({ collection: 'requests' })).totalDocs
    for (const data of [
      { subject: 'Besichtigung', kind: 'other', person, unit: idOf(tenancy.unit) },
      { subject: 'Besichtigung', kind: 'other', person, tenancy: tenancy.id },
    ]) {
      await expect(payload.create({ collection: 'requests', data: data as never, ...as(actor) })).rejects.toMatchObject(
        {
          status: 403,
        },
      )
    }
    expect((await payload.count({ collection: 'requests' })).totalDocs).toBe(before)
  })

  it('reads its units and their objects with the narrow fields only', async () => {
    const actor = actors.allocationOffice
    const units = await payload.find({ collection: 'units', depth: 0, pagination: false, ...as(actor) })
    expect(units.docs.map((unit) => unit.unitNumber).sort()).toEqual(
      ['001', '002', '003', '004', '005', '006', '007', '008'].map((top) => `1001/${top}`),
    )
    for (const unit of units.docs) for (const key of keysOf(unit)) expect(officeUnitFields, key).toContain(key)
    const objects = await payload.find({ collection: 'objects', depth: 0, pagination: false, ...as(actor) })
    expect(objects.docs.map((object) => object.number)).toEqual(['1001'])
    for (const key of keysOf(objects.docs[0])) expect(officeObjectFields, key).toContain(key)
  })

  it.each(portalPersonaNames.filter((persona) => persona !== 'allocationOffice'))(
    '%s: no allocation overview, no office, none of the office’s vacancies',
    async (persona) => {
      expect(await allocationOverview(payload, actors[persona].user)).toBeNull()
      const offices = await payload.find({ collection: 'allocation-offices', depth: 0, ...as(actors[persona]) })
      expect(offices.docs).toEqual([])
      const vacancies = await payload.find({
        collection: 'tenancies',
        where: { kind: { equals: 'vacancy' } },
        depth: 0,
        ...as(actors[persona]),
      })
      expect(vacancies.docs).toEqual([])
    },
  )

  it('a tenant keeps the full view of its own tenancy', async () => {
    const { docs } = await payload.find({ collection: 'tenancies', depth: 0, pagination: false, ...as(actors.tenant) })
    expect(docs.length).toBeGreaterThan(0)
    for (const doc of docs) {
      expect(doc.holders).toContain(await personOfPersona(payload, 'tenant'))
      expect(doc.agreedPayments?.length).toBeGreaterThan(0)
    }
  })
})

describe('service provider (F-56, minimal)', () => {
  it('sees the object of its provider function with the contacts published for providers', async () => {
    const orders = await providerAssignments(payload, actors.provider.user)
    expect(orders).not.toBeNull()
    expect(orders!.assignments).toEqual([
      expect.objectContaining({
        objectName: 'Wohnhausanlage Simmeringer Hauptstraße',
        unitNumber: null,
        provider: true,
        address: expect.stringContaining('Simmeringer Hauptstraße'),
        until: null,
      }),
    ])
    expect(orders!.objects.map((object) => object.name)).toEqual(['Wohnhausanlage Simmeringer Hauptstraße'])
  })

  it.each(portalPersonaNames.filter((persona) => persona !== 'provider'))('%s: no orders page', async (persona) => {
    expect(await providerAssignments(payload, actors[persona].user)).toBeNull()
  })

  it('reads its own functions only, without staff’s remark', async () => {
    const { docs } = await payload.find({ collection: 'functions', depth: 0, ...as(actors.provider) })
    expect(docs.length).toBe(1)
    expect(docs[0]).not.toHaveProperty('remark')
    expect(docs[0].person).toBeUndefined()
  })
})

describe('the dashboard’s roles (F-82)', () => {
  it('greets in natural order and lists a provider’s function', async () => {
    const roles = await personRoles(payload, actors.provider.user)
    expect(roles.name).toBe('Installateur Huber GmbH')
    expect(roles.roles).toEqual([])
    expect(roles.functions).toEqual([
      expect.objectContaining({ name: { de: 'Dienstleister', en: 'Service provider' }, provider: true }),
    ])
  })

  it('lists the allocation office, and none of its units’ tenancies as the contact’s own', async () => {
    const roles = await personRoles(payload, actors.allocationOffice.user)
    expect(roles.name).toBe('Gerda Vergabe')
    expect(roles.offices).toEqual([expect.objectContaining({ name: 'Wohnservice Wien' })])
    expect(roles.roles).toEqual([])
  })

  it('greets a tenant by first and last name', async () => {
    const person = await payload.findByID({
      collection: 'persons',
      id: await personOfPersona(payload, 'tenant'),
      depth: 0,
    })
    const roles = await personRoles(payload, actors.tenant.user)
    expect(roles.name).toBe(`${person.firstName} ${person.lastName}`)
    expect(roles.offices).toEqual([])
  })
})
