import { stat } from 'node:fs/promises'
import path from 'node:path'

import { createLocalReq, type Payload } from 'payload'
import type { PoolClient } from 'pg'
import { z } from 'zod'

import { poolOf } from '@/db/client'
import type { HauswerkMessage } from '@/i18n/translations'
import type { CalendarDate } from '@/lib/dates'
import { settingsFor, today } from '@/globals/settings-reader'

import { ImportDb } from './db'
import type { Encoding } from './format/decode'
import type { Directives } from './format/events'
import { parseCalendarDate, ValueProblem } from './format/values'
import { IndividualFieldColumns, individualFieldsStageColumn } from './individual-fields'
import { kinds } from './kinds'
import { type ImportKind, importKinds } from './kinds/names'
import type { KindContext, KindDefinition, RunFacts } from './kinds/types'
import { kindOfFileName, readFileEvents } from './read'
import { FileProblem, type ImportReport, type Problem, type ProblemParams, problemLimit } from './report'
import { RunRecord, type Trigger } from './run-record'

export type Phase = 'waiting' | 'reading' | 'checking' | 'writing' | 'done'
export type Progress = {
  file: string
  kind: ImportKind | null
  phase: Phase
  rows: number
  bytes: number
  totalBytes: number
}

export type ImportOptions = {
  trigger: Trigger
  encoding?: Encoding
  /** Overrides the kind the file name or the file's own statement gives. */
  kind?: ImportKind
  userId?: number
  onProgress?: (progress: Progress) => void
}

export type ImportInput = { path: string; name?: string }

/**
 * Imports files in the order of their kinds (objects before units before tenancies …), each in
 * its own transaction (SPEC F-12). The one code path of the CLI, the admin page and the job.
 */
export async function importFiles(
  payload: Payload,
  inputs: ImportInput[],
  options: ImportOptions,
): Promise<ImportReport[]> {
  const reports: ImportReport[] = []
  for (const input of sortByKind(inputs, options.kind)) reports.push(await importFile(payload, input, options))
  return reports
}

/** Files in the order of their kinds (by name; unknown ones last), so references resolve. */
export function sortByKind<T extends ImportInput>(inputs: T[], kind?: ImportKind): T[] {
  const order = (input: ImportInput) => {
    const found = kind ?? kindOfFileName(input.name ?? input.path)
    return found ? importKinds.indexOf(found) : importKinds.length
  }
  return [...inputs].sort((a, b) => order(a) - order(b))
}

/** Transaction-level advisory lock per kind: a second import of the same kind waits for the first. */
const lockKey = (kind: ImportKind) => `hauswerk-import:${kind}`

/**
 * Imports one file: all of it or nothing. System work: it writes Payload's tables directly,
 * bypassing access control (an import is not a person), and upholds the collections' rules
 * itself — row rules in TypeScript (zod), set rules in SQL on the staged rows — before it writes.
 */
export async function importFile(payload: Payload, input: ImportInput, options: ImportOptions): Promise<ImportReport> {
  const started = Date.now()
  const name = input.name ?? path.basename(input.path)
  const totalBytes = (await stat(input.path)).size
  const problems: Problem[] = []
  let problemCount = 0
  const addProblem = (problem: Problem) => {
    problemCount += 1
    if (problems.length < problemLimit) problems.push(problem)
  }
  const report: ImportReport = {
    file: name,
    kind: options.kind ?? kindOfFileName(name),
    status: 'rejected',
    fullExport: false,
    rows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    effects: {},
    missingKeys: [],
    problems,
    problemCount: 0,
    seconds: 0,
  }
  const record = await RunRecord.start(payload, {
    fileName: name,
    kind: report.kind,
    trigger: options.trigger,
    userId: options.userId,
  })
  let bytes = 0
  let phase: Phase = 'waiting'
  const progress = (next?: Phase) => {
    if (next) phase = next
    const current = { file: name, kind: report.kind, phase, rows: report.rows, bytes, totalBytes }
    options.onProgress?.(current)
    record.progress(current)
  }

  const client: PoolClient = await poolOf(payload).connect()
  let broken = false
  try {
    await tuneSession(client)
    await client.query('begin')
    // Sorts and hashes of a whole file's rows (duplicates, jsonb comparisons) stay in memory.
    await client.query(`set local work_mem = '64MB'`)
    const db = new ImportDb(client, payload)
    let definition: KindDefinition | null = null
    // Assigned in begin(); declared wide so TypeScript does not narrow it to null.
    let individual = null as IndividualFieldColumns | null
    let writer: ReturnType<ImportDb['stageWriter']> | null = null
    let schema: z.ZodObject | null = null
    let columns: string[] = []
    const day = await today(payload)
    let facts: RunFacts = { fullExport: false, exportDate: day }
    const context = await kindContext(payload)

    const begin = async (directives: Directives) => {
      const kind = options.kind ?? asKind(directives.kind) ?? report.kind
      if (!kind) throw new FileProblem({ key: 'importKindUnknown', params: { known: importKinds.join(', ') } })
      report.kind = kind
      facts = factsOf(directives, day)
      report.fullExport = facts.fullExport
      definition = kinds[kind]
      individual = await IndividualFieldColumns.load(payload, kind)
      const shape = definition.columns(context)
      columns = Object.keys(shape)
      schema = z.object(shape)
      await lock(client, kind, record, progress)
      await record.running(kind, facts.fullExport)
      await RunRecord.interruptStale(payload, kind, record.id)
      progress('reading')
      await db.createStage(
        individual ? [...definition.stage, [individualFieldsStageColumn, 'jsonb']] : definition.stage,
      )
      writer = db.stageWriter()
    }

    const events = readFileEvents(input.path, name, options.encoding ?? 'auto', (count) => {
      bytes += count
    })
    try {
      for await (const event of events) {
        if (event.type === 'directives') await begin(event.directives)
        else if (event.type === 'header') {
          const missing = definition!.requiredColumns.filter((column) => !event.columns.includes(column))
          const unknown = (individual ? individual.claim(event.columns) : event.columns).filter(
            (column) => !columns.includes(column),
          )
          const duplicated = [
            ...new Set(event.columns.filter((column, index) => event.columns.indexOf(column) !== index)),
          ]
          const line = event.line
          const headerProblems: Problem[] = []
          if (missing.length)
            headerProblems.push({
              line,
              key: 'importMissingColumns',
              params: { columns: missing.join(', '), count: missing.length },
            })
          if (unknown.length)
            headerProblems.push({
              line,
              key: 'importUnknownColumns',
              params: { columns: unknown.join(', '), count: unknown.length, known: columns.join(', ') },
            })
          if (duplicated.length)
            headerProblems.push({
              line,
              key: 'importColumnsTwice',
              params: { columns: duplicated.join(', '), count: duplicated.length },
            })
          if (headerProblems.length) {
            headerProblems.slice(0, -1).forEach(addProblem)
            throw new FileProblem(headerProblems.at(-1)!)
          }
          for (const column of event.columns) db.present.add(column)
        } else if (event.type === 'rowProblem') {
          report.rows += 1
          addProblem({ ...event.problem, line: event.line })
        } else {
          report.rows += 1
          const rowProblems = validateRow(event.values, schema!, columns, definition!, db, individual)
          const fields = individual?.check(event.values)
          const problems = [...rowProblems.problems, ...(fields?.problems ?? [])]
          if (problems.length) problems.forEach((problem) => addProblem({ line: event.line, ...problem }))
          else
            await writer!.write([
              event.line,
              rowProblems.row![definition!.keyColumn],
              ...definition!.toStage(rowProblems.row!),
              ...(individual ? [fields?.patch ? JSON.stringify(fields.patch) : null] : []),
            ])
          if (report.rows % 10_000 === 0) progress()
        }
      }
    } catch (error) {
      if (!(error instanceof FileProblem)) throw error
      addProblem(error.problem)
      // The COPY may still be open: drop the connection, Postgres rolls the transaction back.
      broken = true
      return finish()
    }
    if (!definition || !writer) throw new Error('the file had no content')
    await (writer as { end(): Promise<void> }).end()
    const kind = definition as KindDefinition
    if (report.rows === 0 && facts.fullExport) {
      addProblem({ key: 'importFullExportEmpty' })
    }
    progress('checking')
    // Set checks run on the rows that passed their own checks, so the report lists every bad row.
    for (const problem of await kind.check(db)) addProblem(problem)
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
    if (problemCount === 0) {
      progress('writing')
      const written = await kind.write(db, facts, context)
      report.created = written.created
      report.updated = written.updated
      report.effects = { ...written.effects }
      const fieldsChanged = await individual?.write(db, db.table(kind.kind))
      if (individual?.carried) report.effects.individualFieldsChanged = fieldsChanged ?? 0
      for (const problem of (await kind.afterWrite?.(db)) ?? []) addProblem(problem)
    }
    if (problemCount === 0 && facts.fullExport && kind.missing) {
      const missing = await kind.missing(db, facts, context)
      report.missingKeys = missing.missingKeys
      Object.assign(report.effects, missing.effects)
    }
    if (problemCount === 0) {
      await client.query('commit')
      report.status = 'imported'
      report.unchanged = Math.max(0, report.rows - report.created - report.updated)
    } else {
      await client.query('rollback')
    }
    return finish()
  } catch (error) {
    broken = true
    addProblem({ key: 'importDatabaseRefused', params: { detail: (error as Error).message } })
    return finish()
  } finally {
    client.release(broken ? new Error('import aborted') : undefined)
  }

  async function finish(): Promise<ImportReport> {
    if (report.status !== 'imported') {
      report.created = 0
      report.updated = 0
      report.unchanged = 0
      report.effects = {}
      report.missingKeys = []
    }
    report.problemCount = problemCount
    report.seconds = (Date.now() - started) / 1000
    progress('done')
    // The record is bookkeeping: the file's outcome (committed or not) stands and is reported anyway.
    await record.finish(report).catch((error: Error) => {
      payload.logger.error({ err: error, msg: `import ${name}: could not record the run's result` })
    })
    return report
  }
}

function validateRow(
  values: Record<string, unknown>,
  schema: z.ZodObject,
  columns: string[],
  definition: KindDefinition,
  db: ImportDb,
  individual: IndividualFieldColumns | null,
) {
  const problems: Problem[] = []
  for (const key of Object.keys(values)) {
    if (individual?.has(key)) continue
    if (!columns.includes(key))
      problems.push({ field: key, key: 'importUnknownField', params: { known: columns.join(', ') } })
    else if (values[key] !== undefined && !db.present.has(key)) db.present.add(key)
  }
  // A key missing from a JSON row is an empty cell, as an empty CSV cell is.
  const parsed = schema.safeParse(Object.fromEntries(columns.map((column) => [column, values[column] ?? null])))
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '')
      const raw = values[field]
      // Every cell's issue carries a message key (format/cells.ts), its values as `params`.
      const params = issue.code === 'custom' ? (issue.params as ProblemParams | undefined) : undefined
      problems.push({
        field,
        value: raw === undefined || raw === null ? undefined : String(raw),
        key: issue.message as HauswerkMessage,
        ...(params ? { params } : {}),
      })
    }
    return { problems }
  }
  const row = parsed.data as Record<string, unknown>
  problems.push(...(definition.rowRules?.(row) ?? []))
  return { problems, row }
}

function asKind(value: string | undefined): ImportKind | null {
  if (!value) return null
  if (!(importKinds as readonly string[]).includes(value))
    throw new FileProblem({ key: 'importUnknownKind', params: { value, known: importKinds.join(', ') } })
  return value as ImportKind
}

function factsOf(directives: Directives, day: CalendarDate): RunFacts {
  const exportKind = (directives.export ?? 'delta').toLowerCase()
  if (exportKind !== 'full' && exportKind !== 'delta')
    throw new FileProblem({ key: 'importExportValue', params: { value: directives.export ?? '' } })
  let exportDate = day
  if (directives.exportDate) {
    try {
      exportDate = parseCalendarDate(directives.exportDate)
    } catch (error) {
      if (!(error instanceof ValueProblem)) throw error
      throw new FileProblem({ field: 'exportDate', value: directives.exportDate, key: error.key, params: error.params })
    }
  }
  return { fullExport: exportKind === 'full', exportDate }
}

async function kindContext(payload: Payload): Promise<KindContext> {
  // The checks follow the company's settings, whoever started the import.
  const settings = await settingsFor(await createLocalReq({}, payload))
  return {
    ibanChecks: new Set(settings.ibanCheckModules ?? []),
    endedUnitStatusCode: settings.importEndedUnitStatusCode ?? 110,
  }
}

async function lock(client: PoolClient, kind: ImportKind, record: RunRecord, progress: (phase: Phase) => void) {
  const { rows } = await client.query<{ locked: boolean }>('select pg_try_advisory_xact_lock(hashtext($1)) as locked', [
    lockKey(kind),
  ])
  if (rows[0].locked) return
  progress('waiting')
  await record.waiting(kind)
  await client.query('select pg_advisory_xact_lock(hashtext($1))', [lockKey(kind)])
}

/**
 * The staging tables are temporary: give them room in memory (Postgres only allows this before a
 * session's first temporary table, so a pooled connection that had one keeps its setting).
 */
async function tuneSession(client: PoolClient) {
  try {
    await client.query(`set temp_buffers = '256MB'`)
  } catch {
    // Already used temporary tables in this session: the earlier setting stays.
  }
}
