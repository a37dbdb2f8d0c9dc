import type { PoolClient } from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import type { CollectionSlug, Payload } from 'payload'

import { fingerprintName } from '@/fields/sealed'
import { fingerprint, seal } from '@/db/sealed'
import type { HauswerkMessage } from '@/i18n/translations'

import { noon } from './kinds/types'
import { columnOf, ownedPaths, tableName } from './owned-fields'
import type { Problem, ProblemParams } from './report'

export type StageColumn = [name: string, sqlType: string]

/** COPY's text format: backslash escapes, `\N` for null. */
function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N'
  const text =
    typeof value === 'string'
      ? value
      : Array.isArray(value)
        ? `{${value.map((item) => JSON.stringify(String(item))).join(',')}}`
        : String(value)
  return text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
}

/**
 * A value of an encrypted field as staged: its sealed form and its keyed hash. Encrypted here, in
 * the importing process, so that the plain value never reaches Postgres, not even the staging
 * table (ADR 0063); the hash is what `upsert` and `replaceRows` compare.
 */
export function sealedCells(value: string | null | undefined): [sealed: string | null, hash: string | null] {
  if (value === null || value === undefined || value === '') return [null, null]
  const started = performance.now()
  const cells: [string, string] = [seal(value), fingerprint(value)]
  sealingMs += performance.now() - started
  return cells
}
let sealingMs = 0
/** Time this process spent encrypting and hashing import values: the benchmark's cost of encryption. */
export const sealingSeconds = () => sealingMs / 1000

/**
 * One file's import on one connection inside one transaction: a staging table the valid rows are
 * COPYed into, set-based checks that name the lines, and writes into Payload's tables.
 */
export class ImportDb {
  readonly present = new Set<string>()
  private stageColumns: StageColumn[] = []

  constructor(
    readonly client: PoolClient,
    readonly payload: Payload,
  ) {}

  async query<T extends Record<string, unknown> = Record<string, unknown>>(sql: string, params: unknown[] = []) {
    const started = performance.now()
    const result = await this.client.query<T>(sql, params)
    // HAUSWERK_IMPORT_TRACE=1 prints each statement's time: where an import spends it.
    if (process.env.HAUSWERK_IMPORT_TRACE === '1') {
      console.error(
        `[import] ${(performance.now() - started).toFixed(0).padStart(6)} ms  ${sql.replace(/\s+/g, ' ').slice(0, 110)}`,
      )
    }
    return result
  }

  table(slug: CollectionSlug, arrayPath?: string): string {
    return `"${tableName(this.payload, slug, arrayPath)}"`
  }

  column(slug: CollectionSlug, path: string, arrayPath?: string): string {
    return `"${columnOf(this.payload, slug, path, arrayPath ? tableName(this.payload, slug, arrayPath) : undefined)}"`
  }

  async createStage(columns: StageColumn[]) {
    this.stageColumns = columns
    const list = columns.map(([name, type]) => `"${name}" ${type}`).join(', ')
    // Dropped with the transaction; an interrupted import leaves nothing behind.
    await this.query(`create temp table stage (line integer not null, key text, ${list}) on commit drop`)
  }

  /** A COPY stream into the staging table; `write` resolves when the stream can take more. */
  stageWriter() {
    const names = ['line', 'key', ...this.stageColumns.map(([name]) => name)].map((name) => `"${name}"`).join(', ')
    const stream = this.client.query(copyFrom(`copy stage (${names}) from stdin`))
    let failed: Error | null = null
    stream.on('error', (error: Error) => {
      failed = error
    })
    let pending: string[] = []
    const flush = async () => {
      if (failed) throw failed
      if (pending.length === 0) return
      const ok = stream.write(pending.join(''))
      pending = []
      if (!ok)
        await new Promise<void>((resolve, reject) => {
          stream.once('drain', resolve)
          stream.once('error', reject)
        })
    }
    return {
      write: async (values: unknown[]) => {
        pending.push(values.map(copyValue).join('\t') + '\n')
        if (pending.length >= 500) await flush()
      },
      end: async () => {
        await flush()
        await new Promise<void>((resolve, reject) => {
          stream.once('finish', resolve)
          stream.once('error', reject)
          stream.end()
        })
        if (failed) throw failed
        await this.query('analyze stage')
      },
    }
  }

  /**
   * Runs a check that selects `line`, `field`, `value`, `key` (a message key) and optionally
   * `params` (a JSON object of the message's values): each row is a problem.
   */
  async problems(sql: string, params: unknown[] = []): Promise<Problem[]> {
    const { rows } = await this.query<{
      line: number | null
      field: string | null
      value: unknown
      key: HauswerkMessage
      params?: ProblemParams | null
    }>(sql, params)
    return rows.map((row) => ({
      line: row.line ?? undefined,
      field: row.field ?? undefined,
      value: row.value === null || row.value === undefined ? undefined : String(row.value),
      key: row.key,
      ...(row.params ? { params: row.params } : {}),
    }))
  }

  /** Every staged key that occurs more than once, on each of its lines. */
  duplicateKeys(field = 'key'): Promise<Problem[]> {
    return this.problems(`
      select s.line, '${field}' as field, s.key as value,
             'importDuplicateKey' as key, json_build_object('lines', d.lines) as params
      from stage s join (select key, string_agg(line::text, ', ' order by line) as lines
                         from stage group by key having count(*) > 1) d on d.key = s.key
      order by s.line`)
  }

  /** Staged references (`column` holds a key, name or code) that match no record of `collection`. */
  missingReference(
    column: string,
    field: string,
    target: string,
    collection: CollectionSlug,
    targetKey: 'external_key' | 'name' | 'code' = 'external_key',
  ): Promise<Problem[]> {
    const key = { external_key: 'importNoSuchKey', name: 'importNoSuchName', code: 'importNoSuchCode' }[targetKey]
    return this.problems(`
      select s.line, '${field}' as field, s."${column}" as value,
             '${key}' as key, json_build_object('collection', '${collection}') as params
      from stage s
      where s."${column}" is not null and not exists (select 1 from ${target} t where t.${targetKey} = s."${column}")
      order by s.line`)
  }

  /**
   * Inserts new records and updates existing ones by external key. On update only columns the
   * accounting system owns (SPEC F-11) and the file carries are set, and only when one differs,
   * so a rerun changes nothing and staff additions survive. `derived` columns follow owned ones
   * (a person's display name). Leaves `staged_ids (id, inserted)` for the array and relation steps.
   */
  async upsert(spec: {
    slug: CollectionSlug
    /** Field path → SQL expression over the staging row `s` and the spec's joins. */
    values: Record<string, string>
    /** Field path → file column it comes from (defaults to the path; null: always carried). */
    fromColumn?: Record<string, string | null>
    derived?: string[]
    /** Paths staff own that the file may still fill while they are empty (never overwrite). */
    fillEmpty?: string[]
    joins?: string
  }): Promise<{ created: number; updated: number }> {
    const owned = ownedPaths(this.payload, spec.slug)
    const entries = Object.entries(spec.values).map(([path, expression]) => ({
      path,
      expression,
      column: this.column(spec.slug, path),
    }))
    // An encrypted field's hash (`ibanHash` beside `iban`) comes and goes with the field.
    const sealedOf = new Map(
      entries
        .map((entry) => entry.path)
        .filter((path) => path !== fingerprintName(path) && spec.values[fingerprintName(path)] !== undefined)
        .map((path) => [fingerprintName(path), path]),
    )
    const carried = (path: string): boolean => {
      if (sealedOf.has(path)) return carried(sealedOf.get(path)!)
      const column = spec.fromColumn && path in spec.fromColumn ? spec.fromColumn[path] : path
      return column === null || this.present.has(column)
    }
    const updatable = entries.filter(
      (entry) => spec.derived?.includes(entry.path) || (owned.has(entry.path) && carried(entry.path)),
    )
    // Ciphertexts differ on every encryption: encrypted fields are compared by their hashes.
    const compared = updatable.filter((entry) => !sealedOf.has(fingerprintName(entry.path)))
    const fillable = entries.filter((entry) => spec.fillEmpty?.includes(entry.path) && carried(entry.path))
    const table = this.table(spec.slug)
    const insertColumns = [...entries.map((entry) => entry.column), '"source"', '"external_key"']
    const select = [...entries.map((entry) => entry.expression), `'accounting'`, 's.key']
    const changed = [
      ...(compared.length
        ? [
            `(${compared.map((entry) => `t.${entry.column}`).join(', ')}, null) is distinct from (${compared
              .map((entry) => `excluded.${entry.column}`)
              .join(', ')}, null)`,
          ]
        : []),
      ...fillable.map((entry) => `(t.${entry.column} is null and excluded.${entry.column} is not null)`),
    ]
    const update =
      (updatable.length || fillable.length) && changed.length
        ? `do update set ${[
            ...updatable.map((entry) => `${entry.column} = excluded.${entry.column}`),
            ...fillable.map((entry) => `${entry.column} = coalesce(t.${entry.column}, excluded.${entry.column})`),
          ].join(', ')}, "updated_at" = now()
         where ${changed.join(' or ')}`
        : 'do nothing'
    await this.query(`
      create temp table written on commit drop as
      with w as (
        insert into ${table} as t (${insertColumns.join(', ')})
        select ${select.join(', ')} from stage s ${spec.joins ?? ''}
        on conflict ("external_key") ${update}
        returning id, (xmax = 0) as inserted)
      select * from w`)
    await this.query('create index on written (id)')
    // Every record the file names, new or not: the array and relation steps compare them all.
    await this.query(`
      create temp table staged_ids on commit drop as
      select t.id, coalesce(w.inserted, false) as inserted
      from stage s join ${table} t on t.external_key = s.key left join written w on w.id = t.id`)
    await this.query('analyze staged_ids')
    const { rows } = await this.query<{ created: string; updated: string }>(
      'select count(*) filter (where inserted) as created, count(*) filter (where not inserted) as updated from written',
    )
    return { created: Number(rows[0].created), updated: Number(rows[0].updated) }
  }

  /**
   * Replaces an owned array (or hasMany relation) as a whole where its rows differ from the
   * wanted ones: `wanted` selects (parent_id, position, …columns) and `existing` the same shape
   * from the stored rows (restrict it to `staged_ids`). New parents just get their rows; a changed existing parent's
   * `updated_at` moves. Returns how many existing parents changed.
   */
  async replaceRows(spec: {
    parentTable: string
    childTable: string
    parentColumn: string
    /** Columns inserted, besides parent and position. */
    columns: string[]
    /** Columns compared, if not all of them: encrypted ones are compared by their hash columns. */
    compared?: string[]
    orderColumn: string
    wanted: string
    existing: string
    /** Extra column values on insert (e.g. `path` of a rels table, generated `id`). */
    extra?: Record<string, string>
  }): Promise<number> {
    const list = (spec.compared ?? spec.columns).join(', ')
    await this.query(`create temp table wanted_rows on commit drop as ${spec.wanted}`)
    await this.query('analyze wanted_rows')
    // New parents simply get their rows; existing ones only when their rows differ.
    await this.query(`
      create temp table changed_parents on commit drop as
      select id as parent_id, true as inserted from staged_ids where inserted
      union all
      select w.id, false
      from staged_ids w
      left join (select r.parent_id, jsonb_agg(jsonb_build_array(${list}) order by r.position) as rows
                 from wanted_rows r join staged_ids i on i.id = r.parent_id and not i.inserted group by r.parent_id) want
        on want.parent_id = w.id
      left join (select parent_id, jsonb_agg(jsonb_build_array(${list}) order by position) as rows
                 from (${spec.existing}) e group by parent_id) have
        on have.parent_id = w.id
      where not w.inserted and coalesce(want.rows, '[]'::jsonb) is distinct from coalesce(have.rows, '[]'::jsonb)`)
    await this.query('analyze changed_parents')
    await this.query(
      `delete from ${spec.childTable} where ${spec.parentColumn} in (select parent_id from changed_parents where not inserted)`,
    )
    const extra = Object.entries(spec.extra ?? {})
    await this.query(`
      insert into ${spec.childTable} (${spec.parentColumn}, ${spec.orderColumn}, ${spec.columns.join(', ')}${extra.map(([name]) => `, ${name}`).join('')})
      select r.parent_id, r.position, ${spec.columns.map((column) => `r.${column}`).join(', ')}${extra.map(([, value]) => `, ${value}`).join('')}
      from wanted_rows r join changed_parents c on c.parent_id = r.parent_id`)
    const { rowCount } = await this.query(`
      update ${spec.parentTable} set updated_at = now()
      where id in (select parent_id from changed_parents where not inserted)`)
    await this.query('drop table wanted_rows; drop table changed_parents')
    return rowCount ?? 0
  }

  /**
   * Ends the records `missing()` found on the export day (a full export says they are gone): those
   * not already ended by then and begun by then. Returns how many it ended.
   */
  async endMissing(table: string, end: string, start: string, exportDate: string): Promise<number> {
    const day = noon('$1')
    const result = await this.query(
      `update ${table} t set ${end} = ${day}, updated_at = now()
       where t.id in (select id from missing)
         and (t.${end} is null or t.${end} > ${day}) and (t.${start} is null or t.${start} <= ${day})`,
      [exportDate],
    )
    return result.rowCount ?? 0
  }

  /** Allocation offices are named, not keyed, in the files of units and functions. */
  missingAllocationOffice(): Promise<Problem[]> {
    return this.missingReference(
      'allocation_office',
      'allocationOffice',
      'allocation_offices',
      'allocation-offices',
      'name',
    )
  }

  /** Records from accounting that this file does not contain (full exports report them). */
  async missing(slug: CollectionSlug, where = 'true'): Promise<{ keys: string[]; count: number }> {
    const table = this.table(slug)
    await this.query(`
      create temp table missing on commit drop as
      select t.id, t.external_key from ${table} t
      where t.source = 'accounting' and t.external_key not like 'hauswerk:%' and (${where})
        and not exists (select 1 from stage s where s.key = t.external_key)`)
    const { rows } = await this.query<{ key: string }>(
      'select external_key as key from missing order by external_key limit 10000',
    )
    const count = await this.query<{ count: string }>('select count(*) as count from missing')
    return { keys: rows.map((row) => row.key), count: Number(count.rows[0].count) }
  }
}
