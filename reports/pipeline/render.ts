import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'

import { stringify } from 'csv-stringify'
import type { PayloadRequest } from 'payload'
import { PDFDocument } from 'pdf-lib'
import { type Browser, chromium } from 'playwright-core'

import { chromiumArgs, chromiumExecutable } from '@/server/chromium'
import { csvCell } from '@/lib/csv-cell'

import { isLandscape, type ReportDefinition } from './definition'
import { ReportError, reportMessages, say } from './errors'
import { joinPdfParts } from './pdf-join'
import { fill, layout, letterhead, loadTemplate } from './templates'
import { today } from '@/globals/settings-reader'

/** Every row of a report, for HTML and PDF (a page needs them all; CSV streams instead). */
export async function collectRows<Row>(iterable: AsyncIterable<Row>): Promise<Row[]> {
  const rows: Row[] = []
  for await (const row of iterable) rows.push(row)
  return rows
}

/**
 * One part of a report printed in parts: the letterhead and title only on the first, the closing
 * line (with the count of all rows) only on the last.
 */
export type Part = { first: boolean; last: boolean; rowCount: number }

/** The report as one HTML page: the report's template inside the layout with the letterhead. */
export async function renderHtml<Params, Row>(
  req: PayloadRequest,
  definition: ReportDefinition<Params, Row>,
  params: Params,
  rows: Row[],
  part: Part = { first: true, last: true, rowCount: rows.length },
): Promise<string> {
  const title = definition.title.de
  const extra = definition.context ? await definition.context(req, params, rows) : {}
  const bodyTemplate = await loadTemplate(req, definition.template, definition.templateDirectory)
  const body = fill(req, definition.template, bodyTemplate, { rows, params, ...extra })
  const page = await layout(req)
  return fill(req, 'layout.hbs', page, {
    title,
    landscape: isLandscape(definition, params),
    company: await letterhead(req),
    parameterLines: definition.describe?.(params, await today(req)) ?? [],
    body,
    continued: !part.first,
    continues: !part.last,
    rowCount: part.rowCount,
    emptyText: 'Keine Einträge für die gewählten Einschränkungen.',
    generatedOn: await today(req),
    generatedBy: (req.user as { name?: string; email?: string } | null)?.name ?? req.user?.email ?? '',
  })
}

async function browserPath(req: PayloadRequest): Promise<string> {
  try {
    return await chromiumExecutable()
  } catch (error) {
    throw new ReportError(say(req, reportMessages.noChromium((error as Error).message)), 503)
  }
}

const footerTemplate =
  '<div style="font-size:7pt;width:100%;text-align:right;padding-right:12mm;color:#555">Seite <span class="pageNumber"></span> von <span class="totalPages"></span></div>'

async function print(browser: Browser, html: string, landscape: boolean, numbered: boolean): Promise<Buffer> {
  const page = await browser.newPage({ javaScriptEnabled: false })
  try {
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()))
    await page.setContent(html, { waitUntil: 'load', timeout: 600_000 })
    const pdf = await page.pdf({
      format: 'A4',
      landscape,
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: numbered,
      headerTemplate: '<span></span>',
      footerTemplate: numbered ? footerTemplate : '<span></span>',
    })
    return Buffer.from(pdf)
  } finally {
    await page.close()
  }
}

/**
 * HTML → PDF in Chromium, "Seite x von y" in the footer. Nothing is fetched from the network.
 * One HTML is one print. Several (the parts of a long report) are printed one by one into
 * temporary files, each without a footer, since Chromium would number each part by itself; the
 * stream then joins them and stamps the page numbers over the whole (pdf-join.ts), holding one
 * part at a time. Every print has happened when this resolves, so a failure is an error here,
 * not a broken download.
 */
export async function renderPdf(
  req: PayloadRequest,
  parts: AsyncIterable<string> | Iterable<string>,
  landscape = false,
): Promise<Readable> {
  const executablePath = await browserPath(req)
  const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true })
  const iterator = (Symbol.asyncIterator in parts ? parts[Symbol.asyncIterator]() : parts[Symbol.iterator]()) as
    AsyncIterator<string> | Iterator<string>
  let directory: string | undefined
  try {
    const first = await iterator.next()
    const second = first.done ? first : await iterator.next()
    if (second.done) return Readable.from([await print(browser, first.done ? '' : first.value, landscape, true)])
    directory = await mkdtemp(path.join(os.tmpdir(), 'hauswerk-pdf-'))
    const printed: Array<{ file: string; pages: number }> = []
    let next: IteratorResult<string> = first
    const after = [second]
    while (!next.done) {
      const pdf = await print(browser, next.value, landscape, false)
      const file = path.join(directory, `${printed.length}.pdf`)
      await writeFile(file, pdf)
      printed.push({ file, pages: (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount() })
      next = after.shift() ?? (await iterator.next())
    }
    const scratch = directory
    directory = undefined
    return Readable.from(
      (async function* () {
        try {
          yield* joinPdfParts(printed)
        } finally {
          await rm(scratch, { recursive: true, force: true })
        }
      })(),
    )
  } finally {
    await browser.close()
    if (directory) await rm(directory, { recursive: true, force: true })
  }
}

/**
 * The report's rows as CSV for Excel (SPEC "Reports and letters"): UTF-8 with BOM, `;` between
 * cells, CRLF between lines, numbers and dates already German in the cells. A stream: the rows
 * are read, turned into lines and passed on without being collected.
 */
export function csvStream<Params, Row>(
  definition: ReportDefinition<Params, Row>,
  params: Params,
  rows: AsyncIterable<Row>,
  onRow?: (count: number) => void,
): Readable {
  const columns = definition.columns(params)
  const stringifier = stringify({
    delimiter: ';',
    bom: true,
    record_delimiter: '\r\n',
    header: true,
    columns: columns.map((column, index) => ({ key: String(index), header: csvCell(column.header) })),
    cast: { number: (value) => String(value) },
  })
  let count = 0
  const records = Readable.from(
    (async function* () {
      for await (const row of rows) {
        count += 1
        if (onRow && count % 1000 === 0) onRow(count)
        yield columns.map((column) => {
          const value = column.cell(row) ?? ''
          return typeof value === 'string' && !column.numeric ? csvCell(value) : value
        })
      }
      onRow?.(count)
    })(),
  )
  records.on('error', (error) => stringifier.destroy(error))
  return records.pipe(stringifier)
}
