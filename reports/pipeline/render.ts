import { Readable } from 'node:stream'

import { stringify } from 'csv-stringify'
import type { PayloadRequest } from 'payload'
import { chromium } from 'playwright-core'

import { chromiumArgs, chromiumExecutable } from '@/server/chromium'
import { csvCell } from '@/lib/csv-cell'

import { isLandscape, type ReportDefinition } from './definition'
import { ReportError, reportMessages, say } from './errors'
import { fill, layout, letterhead, loadTemplate } from './templates'
import { today } from '@/globals/settings-reader'

/** Every row of a report, for HTML and PDF (a page needs them all; CSV streams instead). */
export async function collectRows<Row>(iterable: AsyncIterable<Row>): Promise<Row[]> {
  const rows: Row[] = []
  for await (const row of iterable) rows.push(row)
  return rows
}

/** The report as one HTML page: the report's template inside the layout with the letterhead. */
export async function renderHtml<Params, Row>(
  req: PayloadRequest,
  definition: ReportDefinition<Params, Row>,
  params: Params,
  rows: Row[],
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
    rowCount: rows.length,
    emptyText: 'Keine Einträge für die gewählten Einschränkungen.',
    generatedOn: (await today(req)),
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

/** HTML → PDF in Chromium, page numbers in the footer. Nothing is fetched from the network. */
export async function renderPdf(req: PayloadRequest, html: string, landscape = false): Promise<Buffer> {
  const executablePath = await browserPath(req)
  const browser = await chromium.launch({ executablePath, args: chromiumArgs, headless: true })
  try {
    const page = await browser.newPage({ javaScriptEnabled: false })
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()))
    await page.setContent(html, { waitUntil: 'load', timeout: 600_000 })
    const pdf = await page.pdf({
      format: 'A4',
      landscape,
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="font-size:7pt;width:100%;text-align:right;padding-right:12mm;color:#555">Seite <span class="pageNumber"></span> von <span class="totalPages"></span></div>',
    })
    return Buffer.from(pdf)
  } finally {
    await browser.close()
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
