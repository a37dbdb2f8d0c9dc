import { PDFParse } from 'pdf-parse'
import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { streamToBuffer } from '@/reports/pipeline/output'
import { renderPdf } from '@/reports/pipeline/render'
import { testPayload } from '@/test/helpers/payload'
import { staffUser } from '@/test/helpers/personas'

/**
 * A PDF far past what Chromium prints in one job (ADR 0060: ~1,000 pages) is printed in parts and
 * joined with the page numbers over the whole. Four parts of 400 pages each: a page is one line,
 * "Blatt n", and breaks after it.
 */
let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const partPages = 400
const parts = 4

function partHtml(part: number): string {
  const sheets = Array.from({ length: partPages }, (_, index) => {
    const sheet = part * partPages + index + 1
    return `<div style="break-after: page">Blatt ${sheet}</div>`
  })
  return `<html><head><style>@page { size: A4; margin: 14mm 12mm 16mm 12mm }</style></head><body>${sheets.join('')}</body></html>`
}

async function textOf(data: Buffer, pages: number[]) {
  const parser = new PDFParse({ data: new Uint8Array(data) })
  try {
    return await parser.getText({ partial: pages })
  } finally {
    await parser.destroy()
  }
}

describe('a PDF of 1,600 pages', () => {
  it('has every page, in order, numbered "Seite x von 1600"', { timeout: 900_000 }, async () => {
    const req = await createLocalReq({ user: await staffUser(payload, 'clerk') }, payload)
    const stream = await renderPdf(
      req,
      (function* () {
        for (let part = 0; part < parts; part += 1) yield partHtml(part)
      })(),
    )
    const data = await streamToBuffer(stream)
    expect(data.subarray(0, 8).toString('latin1')).toBe('%PDF-1.7')

    const { total, pages } = await textOf(data, [1, 400, 401, 1600])
    expect(total).toBe(1600)
    const text = pages.map((page) => page.text.replace(/\s+/g, ' ').trim())
    expect(text).toEqual([
      'Blatt 1 Seite 1 von 1600',
      'Blatt 400 Seite 400 von 1600',
      'Blatt 401 Seite 401 von 1600',
      'Blatt 1600 Seite 1600 von 1600',
    ])
  })
})
