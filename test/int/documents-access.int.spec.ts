import type { Payload, Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { PortalUser } from '@/access/portal'
import type { PortalPersona } from '@/seed/personas'

import {
  documentIdsIn,
  privateContactValues,
  type SeededDocument,
  seededDocuments,
  visibleTo,
} from '../helpers/documents'
import { testPayload } from '../helpers/payload'
import {
  clerkWithoutDocuments,
  personOfPersona,
  portalPersonaNames,
  portalToken,
  portalUser,
  staffToken,
  staffUser,
} from '../helpers/personas'
import { graphql, request, rest } from '../helpers/rest'

/**
 * Rules 1 and 4 for documents, persona by persona, on every path: the Local API with the user,
 * REST, GraphQL and the file URL; list, find by id, count, `where` and `sort` on hidden fields
 * and on release fields, depth 0–3 from tenancies, units and persons, and the download itself.
 */
let payload: Payload
let seeded: Record<SeededDocument, { id: number; filename: string }>
const allKeys = () => Object.keys(seeded) as SeededDocument[]
const ids = (keys: SeededDocument[]) => keys.map((key) => seeded[key].id).sort((a, b) => a - b)
const sorted = (values: Iterable<number>) => [...values].sort((a, b) => a - b)

beforeAll(async () => {
  payload = await testPayload()
  seeded = await seededDocuments(payload)
})

/** Queries a portal user must not be able to run: release fields and hidden fields. */
const refusedWheres = (otherPerson: number): Array<[string, Where]> => [
  ['a release field (releases.person)', { 'releases.person': { equals: otherPerson } }],
  ['a release window (releases.validUntil)', { 'releases.validUntil': { exists: true } }],
  ['the internal remark', { remark: { like: 'Archiv' } }],
  ['the folder', { folder: { exists: false } }],
  ['who uploaded it', { uploadedBy: { exists: true } }],
]
const refusedSorts = ['remark', '-remark', 'uploadedBy', 'folder', 'releases']

/** Released documents linked to the persona's own tenancies: reached through `tenancies.documents`. */
const reachableFromTenancies: Record<PortalPersona, SeededDocument[]> = {
  tenant: ['tenantStatement'],
  formerTenant: ['formerStatement'],
  newTenant: ['newStatement', 'welcome'],
  owner: [],
  tenantOwner: [],
  provider: [],
  allocationOffice: [],
  otherObject: ['otherStatement'],
}

async function readAsPortal(
  user: PortalUser,
  collection: 'tenancies' | 'units' | 'persons' | 'objects',
  depth: number,
) {
  return payload.find({ collection, user, overrideAccess: false, depth, pagination: false })
}

for (const persona of portalPersonaNames) {
  describe(`portal persona: ${persona}`, () => {
    let user: PortalUser
    let token: string
    let expected: number[]
    let hidden: SeededDocument[]
    let otherPerson: number

    beforeAll(async () => {
      user = await portalUser(payload, persona)
      token = await portalToken(persona)
      expected = ids(visibleTo[persona])
      hidden = allKeys().filter((key) => !visibleTo[persona].includes(key))
      otherPerson = await personOfPersona(payload, persona === 'tenant' ? 'otherObject' : 'tenant')
    })

    it('Local API: lists, counts and finds exactly the released documents', async () => {
      const list = await payload.find({ collection: 'documents', user, overrideAccess: false, depth: 0, limit: 100 })
      expect(sorted(list.docs.map((doc) => doc.id))).toEqual(expected)
      expect(list.totalDocs).toBe(expected.length)
      const count = await payload.count({ collection: 'documents', user, overrideAccess: false })
      expect(count.totalDocs).toBe(expected.length)
      for (const key of visibleTo[persona]) {
        const doc = await payload.findByID({ collection: 'documents', id: seeded[key].id, user, overrideAccess: false })
        expect(doc.id).toBe(seeded[key].id)
        // Hidden fields never come back.
        for (const field of ['remark', 'folder', 'releases', 'uploadedBy']) {
          expect(doc).not.toHaveProperty(field)
        }
      }
      for (const key of hidden) {
        await expect(
          payload.findByID({ collection: 'documents', id: seeded[key].id, user, overrideAccess: false }),
        ).rejects.toMatchObject({ status: 404 })
      }
    })

    it('Local API: refuses where and sort on release fields and hidden fields', async () => {
      for (const [, where] of refusedWheres(otherPerson)) {
        await expect(
          payload.find({ collection: 'documents', user, overrideAccess: false, where }),
        ).rejects.toMatchObject({ status: 400 })
        await expect(payload.count({ collection: 'documents', user, overrideAccess: false, where })).rejects.toThrow()
      }
      for (const sort of refusedSorts) {
        await expect(payload.find({ collection: 'documents', user, overrideAccess: false, sort })).rejects.toThrow()
      }
      // Filtering on what the portal shows works, and stays within the released documents.
      const statements = await payload.find({
        collection: 'documents',
        user,
        overrideAccess: false,
        where: { category: { equals: 'operatingCosts' } },
        sort: '-year',
      })
      expect(statements.docs.every((doc) => expected.includes(doc.id))).toBe(true)
    })

    it('Local API: depth 0–3 from tenancies, units, persons and objects reaches only released documents', async () => {
      const fromTenancies = new Set<number>()
      for (let depth = 0; depth <= 3; depth++) {
        const tenancies = await readAsPortal(user, 'tenancies', depth)
        for (const id of documentIdsIn(tenancies.docs)) fromTenancies.add(id)
        // A unit shows only the reader's own tenancies, never a predecessor's or successor's.
        const own = new Set(tenancies.docs.map((tenancy) => tenancy.id))
        const units = await payload.find({ collection: 'units', user, overrideAccess: false, depth, pagination: false })
        for (const unit of units.docs) {
          for (const tenancy of unit.tenancies?.docs ?? []) {
            expect(own.has(typeof tenancy === 'number' ? tenancy : tenancy.id)).toBe(true)
          }
        }
        for (const collection of ['tenancies', 'units', 'persons', 'objects'] as const) {
          const result = await readAsPortal(user, collection, depth)
          const reached = documentIdsIn(result.docs)
          for (const id of reached) expect(expected, `${collection} depth ${depth} reached ${id}`).toContain(id)
          const text = JSON.stringify(result.docs)
          for (const value of privateContactValues) expect(text).not.toContain(value)
          expect(text).not.toContain('Original im Archiv')
          // Only the SEPA mandate's IBAN reaches the portal (contract data, F-51), and only masked.
          for (const [, iban] of text.matchAll(/"iban":"([^"]*)"/g)) {
            // Country and check digits, then at most the last four characters in clear.
            expect(iban.replace(/\s/g, '').slice(4).replace(/\*/g, '').length, iban).toBeLessThanOrEqual(4)
          }
        }
      }
      // Not vacuous: the released documents linked to the reader's tenancies are reached.
      for (const key of reachableFromTenancies[persona]) expect(sorted(fromTenancies)).toContain(seeded[key].id)
    })

    it('Local API: versions are not kept for documents, so no version path exists', () => {
      expect(payload.collections.documents.config.versions).toBeFalsy()
      expect(payload.collections['document-releases'].config.versions).toBeFalsy()
    })

    it('REST: list, count, find by id, where and sort', async () => {
      const list = await rest('GET', '/documents?depth=0&limit=100', { token })
      expect(list.status).toBe(200)
      expect(sorted(list.body.docs.map((doc: { id: number }) => doc.id))).toEqual(expected)
      const count = await rest('GET', '/documents/count', { token })
      expect(count.body.totalDocs).toBe(expected.length)
      for (const key of visibleTo[persona]) {
        expect((await rest('GET', `/documents/${seeded[key].id}?depth=3`, { token })).status).toBe(200)
      }
      for (const key of hidden) {
        expect((await rest('GET', `/documents/${seeded[key].id}`, { token })).status).toBe(404)
      }
      const byRelease = await rest('GET', `/documents?where[releases.person][equals]=${otherPerson}`, { token })
      expect(byRelease.status).toBe(400)
      const byRemark = await rest('GET', '/documents?where[remark][like]=Archiv', { token })
      expect(byRemark.status).toBe(400)
      const byFolder = await rest('GET', '/documents/count?where[folder][exists]=true', { token })
      expect(byFolder.status).toBe(400)
      const sortedByRemark = await rest('GET', '/documents?sort=remark', { token })
      expect(sortedByRemark.status).toBe(400)
      for (const path of ['tenancies', 'units', 'persons', 'objects']) {
        const deep = await rest('GET', `/${path}?depth=3&limit=100`, { token })
        expect(deep.status).toBe(200)
        for (const id of documentIdsIn(deep.body.docs)) expect(expected).toContain(id)
        for (const value of privateContactValues) expect(JSON.stringify(deep.body)).not.toContain(value)
      }
      expect((await rest('GET', '/document-releases', { token })).status).toBe(403)
      expect((await rest('GET', '/document-receipts', { token })).status).toBe(403)
      // F-86: the access log shows them the rows about their own person, nobody else's.
      const log = await rest('GET', '/document-access-log?limit=1000', { token })
      expect(log.status).toBe(200)
      const own = await personOfPersona(payload, persona)
      expect(log.body.docs.every((row: { personId: number }) => row.personId === own)).toBe(true)
    })

    it('GraphQL: list, count, single document and hidden fields', async () => {
      const list = await graphql<{ Documents: { docs: Array<{ id: number }>; totalDocs: number } }>(
        '{ Documents(limit: 100) { totalDocs docs { id title } } }',
        { token },
      )
      expect(list.body.errors).toBeUndefined()
      expect(sorted(list.body.data!.Documents.docs.map((doc) => doc.id))).toEqual(expected)
      const count = await graphql<{ countDocuments: { totalDocs: number } }>('{ countDocuments { totalDocs } }', {
        token,
      })
      expect(count.body.data?.countDocuments.totalDocs).toBe(expected.length)
      for (const key of hidden) {
        const one = await graphql(`{ Document(id: ${seeded[key].id}) { id title } }`, { token })
        expect(one.body.data?.Document ?? null).toBeNull()
      }
      const byRemark = await graphql('{ Documents(where: { remark: { like: "Archiv" } }) { totalDocs } }', { token })
      expect(byRemark.body.errors?.length).toBeGreaterThan(0)
      const deep = await graphql(
        '{ Tenancies(limit: 100) { docs { id documents { docs { id title } } unit { documents { docs { id } } } } } }',
        { token },
      )
      expect(deep.body.errors).toBeUndefined()
      for (const id of documentIdsIn(deep.body.data)) expect(expected).toContain(id)
      const people = await graphql('{ Persons(limit: 100) { docs { id publicContacts { value } } } }', { token })
      for (const value of privateContactValues) expect(JSON.stringify(people.body)).not.toContain(value)
    })

    it('file URL: downloads released files, refuses all others', async () => {
      for (const key of visibleTo[persona]) {
        const response = await request('GET', `/documents/file/${encodeURIComponent(seeded[key].filename)}`, { token })
        expect(response.status, key).toBe(200)
        expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0)
      }
      for (const key of hidden) {
        const response = await request('GET', `/documents/file/${encodeURIComponent(seeded[key].filename)}`, { token })
        expect(response.status, key).toBe(403)
        await response.body?.cancel()
      }
    })
  })
}

describe('anonymous', () => {
  it('gets nothing on any path', async () => {
    await expect(payload.find({ collection: 'documents', overrideAccess: false })).rejects.toMatchObject({
      status: 403,
    })
    expect((await rest('GET', '/documents')).status).toBe(403)
    expect((await rest('GET', `/documents/${seeded.tenantStatement.id}`)).status).toBe(403)
    expect((await rest('GET', '/documents/count')).status).toBe(403)
    const gql = await graphql('{ Documents { docs { id } } }')
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    const file = await request('GET', `/documents/file/${seeded.tenantStatement.filename}`)
    expect(file.status).toBe(403)
    expect((await rest('GET', '/portal-users')).status).toBe(403)
    expect((await rest('GET', '/objects?depth=2')).status).toBe(403)
  })
})

describe('clerk without the document permissions', () => {
  it('gets no document on any path, also not through depth', async () => {
    const { user, token } = await clerkWithoutDocuments(payload)
    await expect(payload.find({ collection: 'documents', user, overrideAccess: false })).rejects.toMatchObject({
      status: 403,
    })
    expect((await rest('GET', '/documents', { token })).status).toBe(403)
    expect((await rest('GET', `/documents/${seeded.tenantStatement.id}`, { token })).status).toBe(403)
    expect((await rest('GET', '/document-releases', { token })).status).toBe(403)
    const file = await request('GET', `/documents/file/${seeded.tenantStatement.filename}`, { token })
    expect(file.status).toBe(403)
    const gql = await graphql('{ Documents { docs { id } } }', { token })
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    for (let depth = 0; depth <= 3; depth++) {
      const tenancies = await payload.find({ collection: 'tenancies', user, overrideAccess: false, depth, limit: 200 })
      expect(documentIdsIn(tenancies.docs).size).toBe(0)
      const units = await payload.find({ collection: 'units', user, overrideAccess: false, depth, limit: 200 })
      expect(documentIdsIn(units.docs).size).toBe(0)
    }
    // Nor may they release.
    const release = await rest('POST', '/document-releases', {
      token,
      body: { document: seeded.tenantContract.id, person: await personOfPersona(payload, 'tenant') },
    })
    expect(release.status).toBe(403)
  })
})

describe('staff: clerk with the document permissions', () => {
  it('sees every document, its releases and hidden fields', async () => {
    const user = await staffUser(payload, 'clerk')
    const all = await payload.count({ collection: 'documents', user, overrideAccess: false })
    expect(all.totalDocs).toBeGreaterThanOrEqual(allKeys().length)
    const doc = await payload.findByID({
      collection: 'documents',
      id: seeded.houseRules.id,
      user,
      overrideAccess: false,
      depth: 1,
    })
    expect(doc.releases?.docs?.length).toBe(3)
    const token = await staffToken('clerk')
    const file = await request('GET', `/documents/file/${seeded.tenantContract.filename}`, { token })
    expect(file.status).toBe(200)
    await file.body?.cancel()
  })
})
