import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { formatDay, formatDecimal } from '@/lib/format'
import type { Export } from '@/payload-types'

import { demo } from '../helpers/demo'
import { testPayload } from '../helpers/payload'
import { type Actor, actorFor } from '../helpers/personas'
import { request, rest } from '../helpers/rest'

/**
 * SPEC section 5 (ADR 0031, revisited): the list CSV export is Excel-friendly like the reports —
 * UTF-8 with BOM, `;` between cells, German numbers and dates — in the direct download and in
 * the saved file alike.
 */
let payload: Payload
let admin: Actor
let unit: { id: number; unitNumber: string; firstLettingDate: string }

beforeAll(async () => {
  payload = await testPayload()
  admin = await actorFor(payload, 'admin')
  const doc = await payload.update({
    collection: 'units',
    id: await demo.unit(payload, '1002/001'),
    data: { netArea: 1234.5, firstLettingDate: '2020-03-01' },
  })
  unit = { id: doc.id, unitNumber: doc.unitNumber, firstLettingDate: doc.firstLettingDate! }
})

const body = () => ({
  collectionSlug: 'units',
  format: 'csv',
  where: { id: { equals: unit.id } },
  fields: ['id', 'unitNumber', 'netArea', 'firstLettingDate'],
})

function expectExcelCsv(bytes: Uint8Array) {
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1)
  const [header, row] = text.split(/\r?\n/)
  expect(header).toBe('id;unitNumber;netArea;firstLettingDate')
  expect(row).toBe(`${unit.id};${unit.unitNumber};${formatDecimal(1234.5, 2)};${formatDay(unit.firstLettingDate)}`)
  expect(row).toContain(';1.234,50;')
}

describe('the list CSV export', () => {
  it('downloads with BOM, `;`, German numbers and dates', async () => {
    const response = await request('POST', '/exports/download', { token: admin.token, body: { data: body() } })
    expect(response.status).toBe(200)
    expectExcelCsv(new Uint8Array(await response.arrayBuffer()))
  })

  it('saves the same format', async () => {
    const created = await rest<{ doc: Export }>('POST', '/exports', { token: admin.token, body: body() })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const file = await request('GET', `/exports/file/${encodeURIComponent(created.body.doc.filename!)}`, {
      token: admin.token,
    })
    expectExcelCsv(new Uint8Array(await file.arrayBuffer()))
  })
})
