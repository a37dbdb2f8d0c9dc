import { readdir } from 'node:fs/promises'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createLocalReq } from 'payload'

import { simplePdf } from '@/lib/documents/simple-pdf'
import { documentsDirectory } from '@/collections/documents/storage'
import { generateAndRelease } from '@/collections/document-releases/release'

import { testPayload } from '../helpers/payload'
import { clerkWithoutDocuments, personOfPersona, staffToken, staffUser } from '../helpers/personas'
import { request, rest } from '../helpers/rest'

let payload: Payload
let clerk: string

const filesOnDisk = async () => (await readdir(documentsDirectory())).sort()
const documentCount = async () => (await payload.count({ collection: 'documents' })).totalDocs

/** An upload through REST exactly as the admin sends it: multipart with the file and `_payload`. */
function upload(bytes: Uint8Array, name: string, data: Record<string, unknown> = {}, type = 'application/pdf') {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), name)
  form.append('_payload', JSON.stringify({ title: name, category: 'letter', ...data }))
  return form
}

async function expectRefused(form: FormData, key: string, language: 'de' | 'en' = 'en') {
  const before = { files: await filesOnDisk(), count: await documentCount() }
  const response = await request('POST', '/documents', { token: clerk, body: form, language })
  const body = await response.json()
  expect(response.status).toBe(400)
  expect(body.errors[0].data.errors[0]).toMatchObject({ path: 'file', key: `hauswerk:${key}` })
  // Nothing half-written: no record, no file.
  expect(await documentCount()).toBe(before.count)
  expect(await filesOnDisk()).toEqual(before.files)
  return body.errors[0].data.errors[0].message as string
}

// A Windows executable and a Linux one, both renamed to .pdf.
const windowsExe = Buffer.concat([
  Buffer.from('MZ'),
  Buffer.alloc(58),
  Buffer.from([0x80, 0, 0, 0]),
  Buffer.alloc(64),
  Buffer.from('PE\0\0'),
  Buffer.alloc(400),
])
const linuxElf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(512)])

beforeAll(async () => {
  payload = await testPayload()
  clerk = await staffToken('clerk')
})

describe('clerk uploading documents', () => {
  it('stores a PDF, serves it through the file route and counts file versions', async () => {
    const response = await request('POST', '/documents', {
      token: clerk,
      body: upload(simplePdf(['Hallo']), 'brief.pdf'),
    })
    expect(response.status).toBe(201)
    const { doc } = await response.json()
    expect(doc).toMatchObject({ mimeType: 'application/pdf', fileVersion: 1 })
    expect(await filesOnDisk()).toContain(doc.filename)
    const file = await request('GET', `/documents/file/${doc.filename}`, { token: clerk })
    expect(file.status).toBe(200)
    expect(file.headers.get('content-disposition')).toBe('attachment')
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')

    const replaced = await request('PATCH', `/documents/${doc.id}`, {
      token: clerk,
      body: upload(simplePdf(['Hallo, korrigiert']), 'brief-neu.pdf'),
    })
    expect(replaced.status).toBe(200)
    expect((await replaced.json()).doc.fileVersion).toBe(2)
  })

  it('refuses an executable renamed .pdf, by content, with a clear message', async () => {
    const message = await expectRefused(upload(windowsExe, 'rechnung.pdf'), 'fileTypeRefused')
    expect(message).toContain('application/x-msdownload')
    await expectRefused(upload(linuxElf, 'abrechnung.pdf'), 'fileTypeRefused')
    const german = await expectRefused(upload(windowsExe, 'rechnung.pdf'), 'fileTypeRefused', 'de')
    expect(german).toContain('nicht erlaubt')
  })

  it('refuses an image that claims to be a PDF', async () => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    )
    await expectRefused(upload(png, 'plan.pdf'), 'fileTypeMismatch')
  })

  it('refuses an empty file', async () => {
    await expectRefused(upload(new Uint8Array(0), 'leer.pdf'), 'fileEmpty')
  })

  it('refuses a file over the size limit from the settings', async () => {
    const admin = await staffUser(payload, 'admin')
    await payload.updateGlobal({ slug: 'settings', data: { documentMaxSizeMb: 1 }, user: admin, overrideAccess: false })
    const big = simplePdf(['x'.repeat(10), ...Array.from({ length: 60_000 }, (_, i) => `Zeile ${i}`)])
    expect(big.length).toBeGreaterThan(1024 * 1024)
    const message = await expectRefused(upload(big, 'gross.pdf'), 'fileTooLarge')
    expect(message).toContain('1 MB')
    await payload.updateGlobal({
      slug: 'settings',
      data: { documentMaxSizeMb: 25 },
      user: admin,
      overrideAccess: false,
    })
  })

  it('leaves neither record nor file when the upload is cut off half-way', async () => {
    const before = { files: await filesOnDisk(), count: await documentCount() }
    const boundary = '----hauswerk-cut-off'
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${JSON.stringify({ title: 'Abbruch', category: 'letter' })}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="abbruch.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    )
    const pdf = simplePdf(Array.from({ length: 2000 }, (_, i) => `Zeile ${i}`))
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(head)
        controller.enqueue(pdf.subarray(0, Math.floor(pdf.length / 2)))
        // The connection drops: the rest of the file and the closing boundary never arrive.
        controller.error(new Error('connection reset by peer'))
      },
    })
    const response = await request('POST', '/documents', {
      token: clerk,
      body,
      headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` },
    }).catch((error: Error) => error)
    if (response instanceof Response) {
      expect(response.status).toBeGreaterThanOrEqual(400)
      await response.body?.cancel()
    }
    expect(await documentCount()).toBe(before.count)
    expect(await filesOnDisk()).toEqual(before.files)
  })

  it('generate and release: a refused recipient removes the new document and its file again', async () => {
    const before = { files: await filesOnDisk(), count: await documentCount() }
    const user = await staffUser(payload, 'clerk')
    const req = await createLocalReq({ user }, payload)
    await expect(
      generateAndRelease(req, {
        file: { data: simplePdf(['Abrechnung']), name: 'abrechnung-generiert.pdf', mimetype: 'application/pdf' },
        document: { title: 'Generierte Abrechnung', category: 'operatingCosts', year: 2025 },
        release: { persons: [999_999] },
      }),
    ).rejects.toMatchObject({ status: 400 })
    expect(await documentCount()).toBe(before.count)
    expect(await filesOnDisk()).toEqual(before.files)

    const tenant = await personOfPersona(payload, 'tenant')
    const ok = await generateAndRelease(await createLocalReq({ user }, payload), {
      file: { data: simplePdf(['Abrechnung']), name: 'abrechnung-generiert.pdf', mimetype: 'application/pdf' },
      document: { title: 'Generierte Abrechnung', category: 'operatingCosts', year: 2025 },
      release: { persons: [tenant] },
    })
    expect(ok).toMatchObject({ releases: 1, recipients: 1 })
    expect(await documentCount()).toBe(before.count + 1)
  })
})

describe('bad releases', () => {
  let document: number
  let tenant: number
  beforeAll(async () => {
    tenant = await personOfPersona(payload, 'tenant')
    document = (await payload.find({ collection: 'documents', where: { title: { equals: 'Mietvertrag Top 1' } } }))
      .docs[0].id
  })

  it('refuses a release to a person who does not exist, naming the field', async () => {
    const response = await rest('POST', '/document-releases', { token: clerk, body: { document, person: 987_654 } })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0]).toMatchObject({ path: 'person' })
    expect(response.body.errors[0].data.errors[0].message).toContain('987654')
  })

  it('refuses a window whose end lies before its start', async () => {
    const response = await rest('POST', '/document-releases', {
      token: clerk,
      body: { document, person: tenant, validFrom: '2026-05-01', validUntil: '2026-04-30' },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0]).toMatchObject({ path: 'validUntil' })
  })

  it('refuses a release bound to a tenancy the person does not hold', async () => {
    const other = await payload.find({ collection: 'tenancies', where: { reference: { equals: 'MV-2001/001' } } })
    const response = await rest('POST', '/document-releases', {
      token: clerk,
      body: { document, person: tenant, tenancy: other.docs[0].id },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0]).toMatchObject({ path: 'tenancy' })
  })

  it('refuses a release by a clerk without the permission, on REST and the bulk endpoint', async () => {
    const { token } = await clerkWithoutDocuments(payload)
    expect((await rest('POST', '/document-releases', { token, body: { document, person: tenant } })).status).toBe(403)
    const bulk = await rest('POST', '/document-releases/bulk', {
      token,
      body: { documents: [document], persons: [tenant] },
    })
    expect(bulk.status).toBe(403)
    const preview = await rest('POST', '/document-releases/preview', { token, body: { persons: [tenant] } })
    expect(preview.status).toBe(403)
    expect((await rest('GET', '/documents/count', { token })).status).toBe(403)
  })

  it('leaves no release behind when one of a bulk release is refused', async () => {
    const before = (await payload.count({ collection: 'document-releases' })).totalDocs
    const response = await rest('POST', '/document-releases/bulk', {
      token: clerk,
      body: { documents: [document], persons: [tenant, 987_654] },
    })
    expect(response.status).toBe(400)
    expect((await payload.count({ collection: 'document-releases' })).totalDocs).toBe(before)
  })
})
