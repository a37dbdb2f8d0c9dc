import { PDFParse } from 'pdf-parse'
import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { produce, streamToBuffer } from '@/reports/pipeline/output'
import { renderPdf } from '@/reports/pipeline/render'
import { unitListAll } from '@/reports/unit-list-all'
import { buildReportFixture, type ReportFixture } from '@/test/fixtures/reports/dataset'
import { testPayload } from '@/test/helpers/payload'
import { staffUser } from '@/test/helpers/personas'

/**
 * A PDF far past what Chromium prints in one job (ADR 0060: ~1,000 pages) is printed in parts and
 * joined with the page numbers over the whole. Four parts of 400 pages each: a page is one line,
 * "Blatt n", and breaks after it.
 */
let payload: Payload
let fixture: ReportFixture

beforeAll(async () => {
  payload = await testPayload()
  fixture = await buildReportFixture(payload)
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

/** Every object the cross-reference table lists starts at the offset it gives (no PDF tool is installed to check). */
function brokenXrefEntries(data: Buffer): number[] {
  const text = data.toString('latin1')
  const start = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1])
  const table = /^xref\n0 (\d+)\n/.exec(text.slice(start))!
  const entries = text
    .slice(start + table[0].length)
    .split('\n')
    .slice(0, Number(table[1]))
  return entries.flatMap((entry, number) =>
    entry.endsWith(' n ') && !text.startsWith(`${number} 0 obj\n`, Number(entry.slice(0, 10))) ? [number] : [],
  )
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
    expect(brokenXrefEntries(data)).toEqual([])

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

describe('the unit list of all objects in parts', () => {
  it('parts of two rows: the title once, the object heading again where a part begins, numbered over all', async () => {
    // RP-1 and RP-2 on 15.04.2026 (test/fixtures/reports/dataset.ts): A1 Alt, A2 Berg, A3 (vacant), A4 Cerny, B1 Dorn.
    const req = await createLocalReq({ user: await staffUser(payload, 'clerk') }, payload)
    const definition = { ...unitListAll, pdfPartRows: 2 }
    const params = unitListAll.parameters.parse({
      objects: [fixture.objects.rp1, fixture.objects.rp2],
      on: '2026-04-15',
    })
    const produced = await produce(req, definition, params, 'pdf')
    if (produced.format !== 'pdf') throw new Error('expected a PDF')
    const { total, pages } = await textOf(await streamToBuffer(produced.stream), [1, 2, 3])
    expect(total).toBe(3)
    const [first, second, third] = pages.map((page) => page.text.replace(/\s+/g, ' '))
    expect(first).toContain('Wohnungsliste aller Objekte')
    expect(first).toMatch(/RP-1 Reportgasse 1 A1 1 Wohnung Mieter Alt, Anna .*A2 2 Wohnung Mieter Berg, Bruno/)
    expect(first).toContain('Seite 1 von 3')
    expect(first).not.toContain('Zeilen')
    expect(second).not.toContain('Wohnungsliste aller Objekte')
    expect(second).toMatch(/RP-1 Reportgasse 1 A3 3 Garage .*A4 4 Wohnung Mieter Cerny, Carla/)
    expect(second).toContain('Seite 2 von 3')
    expect(third).toMatch(/RP-2 Reportweg 2 B1 1 Wohnung Eigentümer Dorn, Dora/)
    expect(third).toContain('5 Zeilen')
    expect(third).toContain('Seite 3 von 3')
  })
})
