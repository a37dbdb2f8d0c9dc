import type { z } from 'zod'

import type { ImportDb, StageColumn } from '../db'
import type { Problem } from '../report'
import type { ImportKind } from './names'

/** What a kind needs to know beyond its rows. */
export type KindContext = {
  /** The modules whose IBANs and BICs the settings check (SPEC F-07). */
  ibanChecks: ReadonlySet<string>
  /** Settings: the status of units missing from a full export. */
  endedUnitStatusCode: number
}

export type RunFacts = { fullExport: boolean; exportDate: string }

export type WriteResult = { created: number; updated: number; effects?: Record<string, number> }
export type MissingResult = { missingKeys: string[]; effects: Record<string, number> }

/**
 * One kind of import file: its columns (the documented format, one zod cell each), the rules
 * within a row, the staging table, set-based checks, and the writes into Payload's tables.
 * Adding a kind is one file here plus its entry in `index.ts`.
 */
export type KindDefinition<Row extends Record<string, unknown> = Record<string, any>> = {
  kind: ImportKind
  /** The column that holds the record's key in the file. */
  keyColumn: string
  columns: (context: KindContext) => Record<string, z.ZodType>
  /** Columns that every file of this kind must have. */
  requiredColumns: string[]
  /** Rules between the cells of one row (the collection's validate functions, in TypeScript). */
  rowRules?: (row: Row) => Problem[]
  stage: StageColumn[]
  toStage: (row: Row) => unknown[]
  /** Set-based checks against the staged rows and the database: references, uniqueness. */
  check: (db: ImportDb) => Promise<Problem[]>
  write: (db: ImportDb, facts: RunFacts, context: KindContext) => Promise<WriteResult>
  /** Checks that need the written state (overlapping tenancies). */
  afterWrite?: (db: ImportDb) => Promise<Problem[]>
  /** Records of this kind a full export lacks: reported, and ended on the export day. */
  missing?: (db: ImportDb, facts: RunFacts, context: KindContext) => Promise<MissingResult>
}

/** A calendar date as stored in Payload's date columns (12:00 UTC, see lib/dates.ts). */
export const noon = (column: string) => `(${column}::date + time '12:00') at time zone 'UTC'`
