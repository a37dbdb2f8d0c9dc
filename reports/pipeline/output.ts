import type { Readable } from 'node:stream'

import { Forbidden, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { hasPermission } from '@/access/permissions'
import { isStaff } from '@/access/staff'
import { bodyError } from '@/i18n/messages'
import { settingsFor, today } from '@/globals/settings-reader'
import { reportFileName } from '@/lib/download-name'

import { isLandscape, type ReportDefinition } from './definition'
import { ReportError, reportMessages, say } from './errors'
import { collectRows, csvStream, renderHtml, renderPdf } from './render'
import { reportByKey } from './registry'

export const formats = ['html', 'pdf', 'csv'] as const
export type Format = (typeof formats)[number]

export const defaultJobThreshold = 5000

/** Over this many rows a report always runs as a job (settings, "Berichte"). */
export async function jobThreshold(req: PayloadRequest): Promise<number> {
  return (await settingsFor(req)).reports?.jobThreshold ?? defaultJobThreshold
}

/**
 * The first step on every path (endpoint, job, admin list): the user is staff and holds the
 * report's permission code (SPEC F-13). Nothing about the report is read before.
 */
export async function mayRun(req: PayloadRequest, definition: ReportDefinition): Promise<boolean> {
  return isStaff(req.user) && (await hasPermission(req, definition.permission))
}

export async function requireReport(req: PayloadRequest, key: string): Promise<ReportDefinition> {
  if (!isStaff(req.user)) throw new Forbidden(req.t)
  const definition = reportByKey(key)
  if (!definition) throw new ReportError(say(req, reportMessages.unknownReport(key)), 404)
  if (!(await mayRun(req, definition))) throw new Forbidden(req.t)
  return definition
}

/** Parameters through the report's schema (a 400 naming each field), then its database checks. */
export async function parseParameters<Params>(
  req: PayloadRequest,
  definition: ReportDefinition<Params>,
  raw: unknown,
): Promise<Params> {
  const parsed = definition.parameters.safeParse(raw ?? {})
  if (!parsed.success) throw bodyError(req, parsed.error as z.ZodError)
  await definition.check?.(req, parsed.data)
  return parsed.data
}

export type Produced =
  | { format: 'csv'; stream: Readable; fileName: string; mimetype: string }
  | { format: 'pdf'; stream: Readable; fileName: string; mimetype: string; rows: number }
  | { format: 'html'; data: Buffer; fileName: string; mimetype: string; rows: number }

const mimetypes: Record<Format, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
}

/** The German title and the day it was made, as the download, the stored document and the e-mail name it. */
export function fileNameOf(definition: ReportDefinition, format: Format, day: string): string {
  return reportFileName(definition.title.de, day, format)
}

/** The report in one format, as the requesting user. */
export async function produce<Params>(
  req: PayloadRequest,
  definition: ReportDefinition<Params>,
  params: Params,
  format: Format,
  onRow?: (count: number) => void,
): Promise<Produced> {
  const fileName = fileNameOf(definition as ReportDefinition, format, await today(req))
  if (format === 'csv') {
    return {
      format,
      stream: csvStream(definition, params, definition.rows(req, params), onRow),
      fileName,
      mimetype: mimetypes.csv,
    }
  }
  const rows = await collectRows(definition.rows(req, params))
  onRow?.(rows.length)
  if (format === 'html') {
    const data = Buffer.from(await renderHtml(req, definition, params, rows), 'utf8')
    return { format, data, fileName, mimetype: mimetypes.html, rows: rows.length }
  }
  const stream = await renderPdf(req, htmlParts(req, definition, params, rows), isLandscape(definition, params))
  return { format, stream, fileName, mimetype: mimetypes.pdf, rows: rows.length }
}

/** The report's HTML, in parts of `pdfPartRows` rows where the definition allows it, one at a time. */
async function* htmlParts<Params, Row>(
  req: PayloadRequest,
  definition: ReportDefinition<Params, Row>,
  params: Params,
  rows: Row[],
): AsyncGenerator<string> {
  const size = definition.pdfPartRows ?? rows.length
  if (rows.length <= size) {
    yield await renderHtml(req, definition, params, rows)
    return
  }
  for (let start = 0; start < rows.length; start += size) {
    const end = Math.min(start + size, rows.length)
    yield await renderHtml(req, definition, params, rows.slice(start, end), {
      first: start === 0,
      last: end === rows.length,
      rowCount: rows.length,
    })
  }
}

export async function streamToBuffer(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.from(chunk))
  return Buffer.concat(chunks)
}
