import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { PortalPersona } from '@/seed/personas'

import { privateContactValues } from '../helpers/documents'
import { testPayload } from '../helpers/payload'
import {
  clerkWithoutDocuments,
  personOfPersona,
  portalPersonaNames,
  portalToken,
  portalUser,
  staffUser,
} from '../helpers/personas'
import { graphql, rest } from '../helpers/rest'

/**
 * Rules 2 and 4 for published contacts (F-30, F-31): a portal user sees the contact entries of the
 * objects they are related to today, for their audience, with only the details labelled public —
 * on every path and at every depth; the stored list and the raw details cannot be read, filtered
 * or sorted on.
 */
const expected: Record<PortalPersona, Record<string, string[]>> = {
  tenant: { '1001': ['Hotline', 'Hausbetreuung'] },
  formerTenant: {},
  newTenant: { '1001': ['Hotline', 'Hausbetreuung'] },
  owner: { '1002': ['Hausverwaltung', 'Notdienst'] },
  tenantOwner: { '1001': ['Hotline', 'Hausbetreuung'], '1002': ['Hausverwaltung', 'Notdienst'] },
  provider: { '1001': ['Hotline', 'Hausbetreuung'] },
  // The object of the units its office allocates, by name and address: no contacts (F-57).
  allocationOffice: { '1001': [] },
  otherObject: { '2001': ['Hotline'] },
}

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

type Published = { number: string; publishedContacts?: Array<{ name?: string | null }> | null }
const byObject = (docs: Published[]) =>
  Object.fromEntries(docs.map((doc) => [doc.number, (doc.publishedContacts ?? []).map((contact) => contact.name)]))

for (const persona of portalPersonaNames) {
  describe(`portal persona: ${persona}`, () => {
    it('Local API and REST: the entries for their audience, public details only, at every depth', async () => {
      const user = await portalUser(payload, persona)
      const token = await portalToken(persona)
      for (let depth = 0; depth <= 3; depth++) {
        const local = await payload.find({
          collection: 'objects',
          user,
          overrideAccess: false,
          depth,
          pagination: false,
        })
        expect(byObject(local.docs)).toEqual(expected[persona])
        const viaRest = await rest('GET', `/objects?depth=${depth}`, { token })
        expect(byObject(viaRest.body.docs)).toEqual(expected[persona])
        for (const text of [JSON.stringify(local.docs), JSON.stringify(viaRest.body)]) {
          for (const value of privateContactValues) expect(text).not.toContain(value)
          expect(text).not.toContain('portalContacts')
        }
      }
    })

    it('cannot filter or sort on the stored contacts or the raw details', async () => {
      const user = await portalUser(payload, persona)
      const token = await portalToken(persona)
      const someone = await personOfPersona(payload, 'tenant')
      await expect(
        payload.find({
          collection: 'objects',
          user,
          overrideAccess: false,
          where: { 'portalContacts.person': { equals: someone } },
        }),
      ).rejects.toMatchObject({ status: 400 })
      await expect(
        payload.find({
          collection: 'objects',
          user,
          overrideAccess: false,
          where: { 'portalContacts.audiences': { in: ['owners'] } },
        }),
      ).rejects.toMatchObject({ status: 400 })
      expect((await rest('GET', '/objects?sort=portalContacts.name', { token })).status).toBe(400)
      expect((await rest('GET', '/persons?where[contacts.value][like]=664', { token })).status).toBe(400)
      expect((await rest('GET', '/persons?where[bankAccounts.iban][exists]=true', { token })).status).toBe(400)
      expect((await rest('GET', '/persons?sort=birthDate', { token })).status).toBe(400)
      const gql = await graphql('{ Objects { docs { number publishedContacts { name details { value } } } } }', {
        token,
      })
      expect(gql.body.errors).toBeUndefined()
      for (const value of privateContactValues) expect(JSON.stringify(gql.body)).not.toContain(value)
    })

    it('reads only their own person, with the name and public details', async () => {
      const user = await portalUser(payload, persona)
      const persons = await payload.find({ collection: 'persons', user, overrideAccess: false, depth: 2 })
      expect(persons.docs.map((person) => person.id)).toEqual([await personOfPersona(payload, persona)])
      for (const hidden of ['bankAccounts', 'birthDate', 'contacts', 'portalEmail', 'address']) {
        expect(persons.docs[0]).not.toHaveProperty(hidden)
      }
      const manager = (await payload.find({ collection: 'persons', where: { lastName: { equals: 'Berger' } } })).docs[0]
      await expect(
        payload.findByID({ collection: 'persons', id: manager.id, user, overrideAccess: false }),
      ).rejects.toMatchObject({
        status: 404,
      })
    })
  })
}

describe('anonymous', () => {
  it('reads no object, person or contact', async () => {
    expect((await rest('GET', '/objects?depth=2')).status).toBe(403)
    expect((await rest('GET', '/persons')).status).toBe(403)
    expect((await graphql('{ Objects { docs { publishedContacts { name } } } }')).body.errors?.length).toBeGreaterThan(
      0,
    )
  })
})

describe('clerk without the document permissions', () => {
  it('edits portal contacts but sees no image ids of the document store', async () => {
    const { user } = await clerkWithoutDocuments(payload)
    const simmering = (
      await payload.find({ collection: 'objects', where: { number: { equals: '1001' } }, user, overrideAccess: false })
    ).docs[0]
    expect(simmering.portalContacts?.length).toBe(3)
    expect(simmering).not.toHaveProperty('portalImages')
  })
})

describe('staff: clerk', () => {
  it('sees the stored entries with every audience, and the public details on the person', async () => {
    const user = await staffUser(payload, 'clerk')
    const simmering = (
      await payload.find({ collection: 'objects', where: { number: { equals: '1001' } }, user, overrideAccess: false })
    ).docs[0]
    expect(simmering.portalContacts?.map((row) => [row.name, row.audiences])).toEqual([
      ['Hotline', ['tenants', 'owners', 'providers']],
      ['Hausbetreuung', ['tenants', 'providers']],
      ['Hausverwaltung', ['owners']],
    ])
    const manager = (
      await payload.find({
        collection: 'persons',
        where: { lastName: { equals: 'Berger' } },
        user,
        overrideAccess: false,
      })
    ).docs[0]
    expect(manager.contacts?.length).toBe(3)
    expect(manager.publicContacts?.map((contact) => contact.value)).toEqual([
      '+43 1 712 34 56-10',
      'berger@demo-hausverwaltung.at',
    ])
  })
})
