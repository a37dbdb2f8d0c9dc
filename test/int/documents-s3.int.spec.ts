import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createLocalReq, type Payload } from 'payload'
// s3rver ships no types; it is a real S3-compatible server on a local port.
// @ts-expect-error untyped test-only dependency
import S3rver from 's3rver'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { simplePdf } from '@/lib/documents/simple-pdf'
import { generateAndRelease } from '@/collections/document-releases/release'
import { documentStore } from '@/collections/documents/storage'
import { freePort } from '@/server/embedded-postgres'

import { testPayload } from '../helpers/payload'
import { personOfPersona, portalToken, staffToken, staffUser } from '../helpers/personas'
import { request, rest } from '../helpers/rest'

/**
 * SPEC F-20 with S3_BUCKET set: files live in a private bucket of a real S3-compatible server
 * (s3rver) and are still served only through Payload's access-checked file route.
 */
let server: { run(): Promise<unknown>; close(): Promise<void> }
let payload: Payload
const bucket = 'hauswerk-documents'

const objectsInBucket = () => documentStore().list()

function upload(bytes: Uint8Array, name: string, data: Record<string, unknown> = {}) {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), name)
  form.append('_payload', JSON.stringify({ title: name, category: 'letter', ...data }))
  return form
}

beforeAll(async () => {
  const port = await freePort()
  server = new S3rver({
    port,
    address: '127.0.0.1',
    silent: true,
    directory: mkdtempSync(path.join(os.tmpdir(), 'hauswerk-s3-')),
    configureBuckets: [{ name: bucket }],
  })
  await server.run()
  // Before Payload reads its configuration: this file's Payload stores documents in the bucket.
  Object.assign(process.env, {
    S3_BUCKET: bucket,
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_REGION: 'eu-central-1',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: '1',
  })
  payload = await testPayload()
})

afterAll(async () => {
  await server?.close()
})

describe('clerk and tenant with documents in S3', () => {
  it('stores the upload in the bucket and serves it only through the access-checked route', async () => {
    expect(documentStore().kind).toBe('s3')
    const clerk = await staffToken('clerk')
    const bytes = simplePdf(['Betriebskostenabrechnung', 'im Bucket'])
    const created = await request('POST', '/documents', { token: clerk, body: upload(bytes, 'bka-s3.pdf') })
    expect(created.status).toBe(201)
    const { doc } = await created.json()
    expect(await objectsInBucket()).toContain(doc.filename)
    expect(doc.url).toBe(`/api/documents/file/${doc.filename}`)

    const tenantPerson = await personOfPersona(payload, 'tenant')
    expect(
      (await rest('POST', '/document-releases', { token: clerk, body: { document: doc.id, person: tenantPerson } }))
        .status,
    ).toBe(201)

    const tenant = await portalToken('tenant')
    const download = await request('GET', `/documents/file/${doc.filename}`, { token: tenant })
    expect(download.status).toBe(200)
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true)
    const receipt = await payload.find({ collection: 'document-receipts', where: { document: { equals: doc.id } } })
    expect(receipt.docs).toHaveLength(1)

    const other = await portalToken('otherObject')
    const refused = await request('GET', `/documents/file/${doc.filename}`, { token: other })
    expect(refused.status).toBe(403)
    const anonymous = await request('GET', `/documents/file/${doc.filename}`)
    expect(anonymous.status).toBe(403)
  })

  it('refused uploads leave nothing in the bucket', async () => {
    const clerk = await staffToken('clerk')
    const before = await objectsInBucket()
    const exe = Buffer.concat([
      Buffer.from('MZ'),
      Buffer.alloc(58),
      Buffer.from([0x80, 0, 0, 0]),
      Buffer.alloc(64),
      Buffer.from('PE\0\0'),
      Buffer.alloc(400),
    ])
    expect((await request('POST', '/documents', { token: clerk, body: upload(exe, 'tool.pdf') })).status).toBe(400)
    expect(
      (await request('POST', '/documents', { token: clerk, body: upload(new Uint8Array(0), 'leer.pdf') })).status,
    ).toBe(400)
    expect(await objectsInBucket()).toEqual(before)
  })

  it('generate and release with a refused recipient removes the object from the bucket again', async () => {
    const before = await objectsInBucket()
    const count = (await payload.count({ collection: 'documents' })).totalDocs
    const req = await createLocalReq({ user: await staffUser(payload, 'clerk') }, payload)
    await expect(
      generateAndRelease(req, {
        file: { data: simplePdf(['Schreiben']), name: 'schreiben-s3.pdf', mimetype: 'application/pdf' },
        document: { title: 'Schreiben', category: 'letter' },
        release: { persons: [424_242] },
      }),
    ).rejects.toMatchObject({ status: 400 })
    expect((await payload.count({ collection: 'documents' })).totalDocs).toBe(count)
    expect(await objectsInBucket()).toEqual(before)
  })

  it('deleting a document removes its object', async () => {
    const clerk = await staffToken('clerk')
    const created = await request('POST', '/documents', { token: clerk, body: upload(simplePdf(['weg']), 'weg.pdf') })
    const { doc } = await created.json()
    expect(await objectsInBucket()).toContain(doc.filename)
    expect((await rest('DELETE', `/documents/${doc.id}`, { token: clerk })).status).toBe(200)
    expect(await objectsInBucket()).not.toContain(doc.filename)
  })
})

describe('saved exports with S3', () => {
  it('go to the bucket under exports/ and are served to their creator only', async () => {
    const admin = await staffToken('admin')
    const created = await rest('POST', '/exports', { token: admin, body: { collectionSlug: 'persons', format: 'csv' } })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const { filename } = created.body.doc
    expect(await objectsInBucket()).toContain(`exports/${filename}`)

    const own = await request('GET', `/exports/file/${filename}`, { token: admin })
    expect(own.status).toBe(200)
    expect(await own.text()).toContain('AT611904300234573201')
    const clerk = await request('GET', `/exports/file/${filename}`, { token: await staffToken('clerk') })
    expect(clerk.status).toBeGreaterThanOrEqual(400)
    expect(await clerk.text()).not.toContain('AT611904300234573201')
  })
})
