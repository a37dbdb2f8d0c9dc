import type { PayloadRequest } from 'payload'
import type { z } from 'zod'

import type { PermissionCode } from '@/constants/permissions'
import type { CalendarDate } from '@/lib/dates'

export type Label = { de: string; en: string }

/**
 * The groups of the reports list, as the manual groups the old system's menus: the main menu's
 * object and person reports, and the reports opened from one object.
 */
export const reportGroups = {
  objects: { de: 'Objekte', en: 'Objects' },
  persons: { de: 'Personen', en: 'Persons' },
  objectMenu: { de: 'Objektmenü', en: 'Object menu' },
} as const satisfies Record<string, Label>

export type ReportGroup = keyof typeof reportGroups

/**
 * One CSV column: its caption and the cell of a row, already in German form. Text cells are
 * neutralised against formulas (lib/csv-cell.ts); a `numeric` column holds numbers written by
 * lib/format.ts (`-1.234,56`), which a spreadsheet must read as numbers, so they pass unchanged.
 */
export type Column<Row> = {
  header: string
  cell: (row: Row) => string | number | null | undefined
  numeric?: boolean
}

/** What the template receives besides the rows. */
export type TemplateContext = Record<string, unknown>

/**
 * One report (SPEC F-60–F-72): parameters → rows → template → HTML, PDF, CSV. `rows` reads as the
 * requesting user (req.user) and yields rows in the report's order; `count` says how many rows it
 * will yield, so that large reports become jobs before any row is read.
 */
export type ReportDefinition<Params = any, Row = any> = {
  key: string
  title: Label
  group: ReportGroup
  permission: PermissionCode
  /** Opened from an object: the object parameter is filled in and not asked for. */
  objectParameter?: string
  parameters: z.ZodType<Params>
  /** Checks against the database that zod cannot make (an object that exists, for this user). */
  check?: (req: PayloadRequest, params: Params) => Promise<void>
  count: (req: PayloadRequest, params: Params) => Promise<number>
  rows: (req: PayloadRequest, params: Params) => AsyncIterable<Row>
  columns: (params: Params) => Column<Row>[]
  /** The template's file name, looked up in the company's folder first, then in `templateDirectory`. */
  template: string
  templateDirectory: string
  /** Landscape pages; a function where a parameter chooses (the account statement's list or letter). */
  landscape?: boolean | ((params: Params) => boolean)
  /** Data for the template beyond rows and parameters (captions, groupings, the months of a range). */
  context?: (req: PayloadRequest, params: Params, rows: Row[]) => Promise<TemplateContext> | TemplateContext
  /** The chosen parameters as lines above the table ("Stichtag 31.12.2026"); `today` in the company's zone. */
  describe?: (params: Params, today: CalendarDate) => string[]
  /**
   * Rows per part when the template draws each row by itself (no sums or counts over all rows): a
   * PDF of more rows is printed in parts and joined (render.ts), since one print of ~1,000 pages
   * and more fails in Chromium (ADR 0060). Unset: always one piece.
   */
  pdfPartRows?: number
  /** The document store's title when the report is stored. */
  documentTitle: (params: Params, today: CalendarDate) => string
}

export function isLandscape<Params>(definition: ReportDefinition<Params>, params: Params): boolean {
  return typeof definition.landscape === 'function' ? definition.landscape(params) : Boolean(definition.landscape)
}

export function defineReport<Params, Row>(definition: ReportDefinition<Params, Row>): ReportDefinition<Params, Row> {
  return definition
}

/** Rows already in memory (Local API reports read a page at a time and yield). */
export async function* fromArray<Row>(rows: Row[]): AsyncIterable<Row> {
  yield* rows
}
