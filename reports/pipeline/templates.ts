import { readFileSync, statSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import Handlebars from 'handlebars'
import type { PayloadRequest } from 'payload'

import { formatCentsNumber, formatDay, formatDecimal, formatMoney } from '@/lib/format'
import { env } from '@/server/env'
import { settingsFor } from '@/globals/settings-reader'

import { ReportError, reportMessages, say } from './errors'

/**
 * The one Handlebars environment of every report and letter, with the German formatters of
 * lib/format.ts as helpers: `{{day d}}` 31.12.2026, `{{money cents}}` 1.234,56 €, `{{cents c}}`
 * 1.234,56, `{{area m2}}` 1.234,50 m², `{{decimal v 2}}`. Company templates use the same helpers.
 */
export const reportHandlebars = Handlebars.create()

const text = (value: unknown) => (value === null || value === undefined ? '' : value)
reportHandlebars.registerHelper('day', (value: unknown) => formatDay(value as string | null))
reportHandlebars.registerHelper('money', (value: unknown) => (typeof value === 'number' ? formatMoney(value) : ''))
reportHandlebars.registerHelper('cents', (value: unknown) =>
  typeof value === 'number' ? formatCentsNumber(value) : '',
)
reportHandlebars.registerHelper('area', (value: unknown) => {
  const number = value === null || value === undefined || value === '' ? null : Number(value)
  return number === null || Number.isNaN(number) ? '' : `${formatDecimal(number, 2)} m²`
})
reportHandlebars.registerHelper('decimal', (value: unknown, decimals: unknown) => {
  const number = value === null || value === undefined || value === '' ? null : Number(value)
  return number === null || Number.isNaN(number)
    ? ''
    : formatDecimal(number, typeof decimals === 'number' ? decimals : 2)
})
reportHandlebars.registerHelper('text', text)
reportHandlebars.registerHelper('eq', (a: unknown, b: unknown) => a === b)
reportHandlebars.registerHelper('yesNo', (value: unknown) => (value ? 'ja' : 'nein'))

/**
 * Templates are read from the source tree at run time (Next bundles the code, not the .hbs
 * files), so paths start from the working directory, which is the project root for `npm start`,
 * the tests and the benches.
 */
export const reportsRoot = path.join(process.cwd(), 'reports')
export const templateDirectoryOf = (key: string) => path.join(reportsRoot, key)

type Compiled = { template: Handlebars.TemplateDelegate; mtimeMs: number }
const compiled = new Map<string, Compiled>()

/** Handlebars names the line of a parse error only in its message ("Parse error on line 3:"). */
function lineOf(error: Error): number | null {
  const match = /line (\d+)/.exec(error.message)
  return match ? Number(match[1]) : null
}

function compileFile(req: PayloadRequest, file: string, shownName: string): Handlebars.TemplateDelegate {
  const { mtimeMs } = statSync(file)
  const cached = compiled.get(file)
  if (cached && cached.mtimeMs === mtimeMs) return cached.template
  const source = readFileSync(file, 'utf8')
  try {
    // parse() checks the whole file now; compile() alone would report the error at first use.
    reportHandlebars.parse(source)
  } catch (error) {
    const detail = (error as Error).message.split('\n').slice(-1)[0]
    throw new ReportError(say(req, reportMessages.templateSyntax(shownName, lineOf(error as Error), detail)), 422)
  }
  const template = reportHandlebars.compile(source, { strict: false, noEscape: false })
  compiled.set(file, { template, mtimeMs })
  return template
}

/** The company's template folder (settings), absolute or relative to the data directory. */
export async function companyTemplateFolder(req: PayloadRequest): Promise<string | null> {
  const folder = (await settingsFor(req)).reports?.templateFolder?.trim()
  if (!folder) return null
  return path.isAbsolute(folder) ? folder : path.join(env().dataDir, folder)
}

function exists(file: string): boolean {
  try {
    return statSync(file).isFile()
  } catch {
    return false
  }
}

/** A template by file name: the company's file of that name when there is one, else Hauswerk's own. */
export async function loadTemplate(
  req: PayloadRequest,
  name: string,
  ownDirectory: string,
): Promise<Handlebars.TemplateDelegate> {
  const folder = await companyTemplateFolder(req)
  const override = folder ? path.join(folder, name) : null
  if (override && exists(override)) return compileFile(req, override, override)
  return compileFile(req, path.join(ownDirectory, name), name)
}

/** Fills a template; an error inside it (a helper given the wrong thing) names the template. */
export function fill(req: PayloadRequest, name: string, template: Handlebars.TemplateDelegate, context: object) {
  try {
    return template(context)
  } catch (error) {
    throw new ReportError(say(req, reportMessages.templateRender(name, (error as Error).message)), 422)
  }
}

/** Letterhead and logo from the settings; the logo inlined so that Chromium fetches nothing. */
export async function letterhead(req: PayloadRequest) {
  const company = (await settingsFor(req)).company
  let logo: string | null = null
  const media = company?.logo
  const mediaId = typeof media === 'object' && media ? media.id : media
  if (mediaId) {
    // System read: the logo is the company's own, shown on every report.
    const doc = await req.payload
      .findByID({ collection: 'media', id: mediaId, depth: 0, overrideAccess: true, req })
      .catch(() => null)
    if (doc?.filename && doc.mimeType) {
      const data = await readFile(path.join(env().dataDir, 'media', doc.filename)).catch(() => null)
      if (data) logo = `data:${doc.mimeType};base64,${data.toString('base64')}`
    }
  }
  return { name: company?.name ?? '', letterhead: company?.letterhead ?? '', logo }
}

/** The page around every report: letterhead, title, parameters, the report's own body. */
export async function layout(req: PayloadRequest) {
  return loadTemplate(req, 'layout.hbs', path.join(reportsRoot, 'pipeline', 'templates'))
}
