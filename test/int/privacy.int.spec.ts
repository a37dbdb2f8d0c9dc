import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import yauzl from 'yauzl'

import { P } from '@/constants/permissions'
import { accessLog, askForErasure, askForExport, downloadArchive, privacyRequests } from '@/portal/models/privacy.server'
import { seedContext } from '@/seed/context'
import { factories, nextNumber } from '@/seed/factories'

import { seededDocuments } from '../helpers/documents'
import { testPayload } from '../helpers/payload'
import { type Actor, actorWithPermissions, as, demoPassword, personOfPersona, portalUser } from '../helpers/personas'
import { request, rest } from '../helpers/rest'

/**
 * F-86: who read a person's data, "download my data" (Art. 15/20) and "ask for erasure" (Art. 17),
 * through the portal's model functions, the staff endpoints and the real export job.
 */
let payload: Payload
let exporter: Actor
let eraser: Actor
let reader: Actor

async function zipEntries(response: Response): Promise<Map<string, Buffer>> {
  const zip = await yauzl.fromBufferPromise(Buffer.from(await response.arrayBuffer()), { lazyEntries: true })
  const entries = new Map<string, Buffer>()
  for await (const entry of zip.eachEntry()) {
    const chunks: Buffer[] = []
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer)
    entries.set(entry.fileName, Buffer.concat(chunks))
  }
  return entries
}

const runExports = () => payload.jobs.run({ queue: 'privacy', limit: 10 })

async function statusOf(id: number) {
  return (await payload.findByID({ collection: 'privacy-requests', id, depth: 0 })).status
}

/** A person of their own with a sign-in, a request and a private phone number: nothing else holds them. */
async function loosePerson() {
  const ctx = await seedContext(payload)
  const person = await factories.person(ctx)
  await payload.update({
    collection: 'persons',
    id: person.id,
    data: { birthDate: '1980-05-17', contacts: [{ kind: 'phone', value: '+43 660 1234567', labels: ['private'] }] },
  })
  const email = `privacy-${nextNumber()}@mail.example`
  await factories.portalUser(ctx, { email, password: demoPassword, person: person.id })
  const user = (await payload.find({ collection: 'portal-users', where: { email: { equals: email } }, depth: 0 })).docs[0]
  const signedIn = { ...user, collection: 'portal-users' as const }
  await payload.create({
    collection: 'requests',
    user: signedIn,
    overrideAccess: false,
    data: { subject: 'Bitte löschen', kind: 'other', status: 'new', person: person.id },
  })
  return { person: person.id, user: signedIn }
}

beforeAll(async () => {
  payload = await testPayload()
  exporter = await actorWithPermissions(payload, [P.privacyExport, P.personsRead])
  eraser = await actorWithPermissions(payload, [P.privacyErase, P.personsRead])
  reader = await actorWithPermissions(payload, [P.personsRead])
})

describe('the access log of a person (F-86)', () => {
  it('records staff reads of person records and shows them to the person, with the staff name', async () => {
    const personId = await personOfPersona(payload, 'tenant')
    await payload.findByID({ collection: 'persons', id: personId, depth: 0, ...as(reader) })
    await payload.find({ collection: 'persons', where: { id: { in: [personId] } }, depth: 0, ...as(reader) })
    const rows = await payload.find({
      collection: 'document-access-log',
      where: { and: [{ personId: { equals: personId } }, { staffUserId: { equals: reader.user!.id } }] },
      sort: 'createdAt',
      depth: 0,
    })
    expect(rows.docs.map((row) => [row.subject, row.action])).toEqual([
      ['person', 'read'],
      ['person', 'list'],
    ])
    const tenant = await portalUser(payload, 'tenant')
    const { entries } = await accessLog(payload, tenant, 1)
    const staffEntry = entries.find((entry) => entry.who.kind === 'staff' && entry.who.name === reader.user!.name)
    expect(staffEntry?.subject).toBe('person')
  })

  it('a portal user reads their own log rows and nobody else’s', async () => {
    const tenant = await portalUser(payload, 'tenant')
    const other = await personOfPersona(payload, 'owner')
    await payload.findByID({ collection: 'persons', id: other, depth: 0, ...as(reader) })
    const seen = await payload.find({ collection: 'document-access-log', depth: 0, pagination: false, ...as({ user: tenant }) })
    const own = await personOfPersona(payload, 'tenant')
    expect(seen.docs.length).toBeGreaterThan(0)
    expect(seen.docs.every((row) => row.personId === own)).toBe(true)
  })

  it('system reads (no user) are not anybody’s reads', async () => {
    const personId = await personOfPersona(payload, 'owner')
    const before = await payload.count({ collection: 'document-access-log', where: { personId: { equals: personId } } })
    await payload.findByID({ collection: 'persons', id: personId, depth: 0 })
    const after = await payload.count({ collection: 'document-access-log', where: { personId: { equals: personId } } })
    expect(after.totalDocs).toBe(before.totalDocs)
  })
})

describe('download my data (Art. 15/20)', () => {
  it('produces the archive as a job; the person downloads it once, nobody else ever', async () => {
    const tenant = await portalUser(payload, 'tenant')
    const personId = await personOfPersona(payload, 'tenant')
    const id = await askForExport(payload, tenant)
    expect(await askForExport(payload, tenant)).toBe(id)
    expect(await statusOf(id)).toBe('queued')
    await runExports()
    expect(await statusOf(id)).toBe('ready')

    const stranger = await portalUser(payload, 'owner')
    expect(await downloadArchive(payload, stranger, id)).toBeNull()
    expect(await downloadArchive(payload, { ...tenant, seeAs: { staffUserId: reader.user!.id } }, id)).toBeNull()

    const response = await downloadArchive(payload, tenant, id)
    expect(response?.status).toBe(200)
    expect(response?.headers.get('Content-Type')).toBe('application/zip')
    const entries = await zipEntries(response!)
    const person = JSON.parse(entries.get('person.json')!.toString('utf8'))
    expect(person[0].id).toBe(personId)
    expect(JSON.parse(entries.get('tenancies.json')!.toString('utf8')).length).toBeGreaterThan(0)
    expect(JSON.parse(entries.get('postings.json')!.toString('utf8')).length).toBeGreaterThan(0)
    expect(JSON.parse(entries.get('access-log.json')!.toString('utf8')).length).toBeGreaterThan(0)
    const files = [...entries.keys()].filter((name) => name.startsWith('dokumente/'))
    const seeded = await seededDocuments(payload)
    expect(files.some((name) => name.startsWith(`dokumente/${seeded.tenantStatement.id}-`))).toBe(true)
    expect(files.some((name) => name.startsWith(`dokumente/${seeded.otherStatement.id}-`))).toBe(false)

    expect(await downloadArchive(payload, tenant, id)).toBeNull()
    expect(await statusOf(id)).toBe('downloaded')
    expect((await privacyRequests(payload, tenant)).find((request) => request.id === id)?.status).toBe('downloaded')
  })

  it('an expired link is refused', async () => {
    const owner = await portalUser(payload, 'owner')
    const id = await askForExport(payload, owner)
    await runExports()
    await payload.update({ collection: 'privacy-requests', id, data: { archive: { expiresAt: '2020-01-01T00:00:00.000Z' } } })
    expect(await downloadArchive(payload, owner, id)).toBeNull()
  })

  it('staff with 900188 produce it for any person and download it once themselves; others cannot', async () => {
    const personId = await personOfPersona(payload, 'formerTenant')
    const created = await rest('POST', '/privacy-requests', {
      token: exporter.token,
      body: { kind: 'export', person: personId },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id as number
    await runExports()
    const otherExporter = await actorWithPermissions(payload, [P.privacyExport])
    expect((await request('GET', `/privacy-requests/${id}/archive`, { token: otherExporter.token })).status).toBe(404)
    const first = await request('GET', `/privacy-requests/${id}/archive`, { token: exporter.token })
    expect(first.status).toBe(200)
    expect((await zipEntries(first)).has('person.json')).toBe(true)
    expect((await request('GET', `/privacy-requests/${id}/archive`, { token: exporter.token })).status).toBe(404)
  })

  it('without 900188 staff can neither create an export nor fetch one', async () => {
    const personId = await personOfPersona(payload, 'tenant')
    const refused = await rest('POST', '/privacy-requests', { token: reader.token, body: { kind: 'export', person: personId } })
    expect(refused.status).toBe(403)
    expect((await request('GET', '/privacy-requests/1/archive', { token: reader.token })).status).toBe(403)
  })

  it('a portal user asks only for their own person, and changes nothing afterwards', async () => {
    const tenant = await portalUser(payload, 'tenant')
    const other = await personOfPersona(payload, 'owner')
    await expect(
      payload.create({ collection: 'privacy-requests', data: { kind: 'export', person: other }, ...as({ user: tenant }) }),
    ).rejects.toThrow()
    const [own] = await privacyRequests(payload, tenant)
    await expect(
      payload.update({ collection: 'privacy-requests', id: own.id, data: { status: 'ready' }, ...as({ user: tenant }) }),
    ).rejects.toThrow()
  })
})

describe('ask for erasure (Art. 17)', () => {
  it('refuses a current tenant with the reason, and records the refusal', async () => {
    const tenant = await portalUser(payload, 'tenant')
    const id = await askForErasure(payload, tenant, 'Bitte alles löschen')
    const plan = await rest('GET', `/privacy-requests/${id}/erasure-plan`, { token: eraser.token })
    expect(plan.status).toBe(200)
    expect(plan.body.plan.refused).toBe(true)
    expect(plan.body.plan.reasons[0].what).toBe('tenancy')
    const decided = await rest('POST', `/privacy-requests/${id}/erase`, { token: eraser.token })
    expect(decided.status).toBe(409)
    expect(await statusOf(id)).toBe('refused')
    expect((await payload.count({ collection: 'portal-users', where: { person: { equals: await personOfPersona(payload, 'tenant') } } })).totalDocs).toBe(1)
    const again = await rest('POST', `/privacy-requests/${id}/erase`, { token: eraser.token })
    expect(again.status).toBe(400)
  })

  it('a former tenant: details and sign-in go, tenancy and postings stay for their periods with the day', async () => {
    const former = await portalUser(payload, 'formerTenant')
    const personId = await personOfPersona(payload, 'formerTenant')
    const id = await askForErasure(payload, former, '')
    const decided = await rest('POST', `/privacy-requests/${id}/erase`, { token: eraser.token })
    expect(decided.status).toBe(200)
    const { plan } = decided.body
    expect(plan.refused).toBe(false)
    const kept = Object.fromEntries(plan.keep.map((entry: { kind: string; until: string }) => [entry.kind, entry.until]))
    const tenancy = (await payload.find({ collection: 'tenancies', where: { holders: { contains: personId } }, depth: 0 })).docs[0]
    const moveOutYear = Number(String(tenancy.moveOut).slice(0, 4))
    expect(kept.tenancies).toBe(`${moveOutYear + 7}-12-31`)
    expect(kept.documents).toMatch(/^\d{4}-12-31$/)
    expect(kept['person-name']).toBeDefined()
    expect((await payload.count({ collection: 'portal-users', where: { person: { equals: personId } } })).totalDocs).toBe(0)
    const person = await payload.findByID({ collection: 'persons', id: personId, depth: 0 })
    expect(person.lastName).not.toMatch(/^Gelöschte Person/)
    expect(person.contacts ?? []).toEqual([])
    expect(person.birthDate ?? null).toBeNull()
    expect(await statusOf(id)).toBe('done')
  })

  it('a person nothing holds back is anonymised, with their requests and sign-ins gone', async () => {
    const { person, user } = await loosePerson()
    const id = await askForErasure(payload, user, '')
    const decided = await rest('POST', `/privacy-requests/${id}/erase`, { token: eraser.token })
    expect(decided.status).toBe(200)
    expect(decided.body.plan.anonymise).toBe(true)
    const after = await payload.findByID({ collection: 'persons', id: person, depth: 0 })
    expect(after.lastName).toBe(`Gelöschte Person ${person}`)
    expect(after.firstName ?? null).toBeNull()
    expect(after.birthDate ?? null).toBeNull()
    expect(after.contacts ?? []).toEqual([])
    expect((await payload.count({ collection: 'requests', where: { person: { equals: person } } })).totalDocs).toBe(0)
    expect((await payload.count({ collection: 'portal-users', where: { person: { equals: person } } })).totalDocs).toBe(0)
  })

  it('needs 900189', async () => {
    const { user } = await loosePerson()
    const id = await askForErasure(payload, user, '')
    expect((await rest('GET', `/privacy-requests/${id}/erasure-plan`, { token: exporter.token })).status).toBe(403)
    expect((await rest('POST', `/privacy-requests/${id}/erase`, { token: reader.token })).status).toBe(403)
    expect(await statusOf(id)).toBe('open')
  })
})
