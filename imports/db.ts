import type { PoolClient } from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import type { CollectionSlug, Payload } from 'payload'

import { columnOf, ownedPaths, tableName } from './owned-fields'
import type { Problem } from './report'

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

  query<T extends Record<string, unknown> = Record<string, unknown>>(sql: string, params: unknown[] = []) {
    return this.client.query<T>(sql, params)
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

  /** Runs a check that selects `line`, `field`, `value`, `message`: each row is a problem. */
  async problems(sql: string, params: unknown[] = []): Promise<Problem[]> {
    const { rows } = await this.query<{ line: number | null; field: string | null; value: unknown; message: string }>(
      sql,
      params,
    )
    return rows.map((row) => ({
      line: row.line ?? undefined,
      field: row.field ?? undefined,
      value: row.value === null || row.value === undefined ? undefined : String(row.value),
      message: row.message,
    }))
  }

  /** Every staged key that occurs more than once, on each of its lines. */
  duplicateKeys(field = 'key'): Promise<Problem[]> {
    return this.problems(`
      select s.line, '${field}' as field, s.key as value,
             'the same key is in the file more than once (lines ' || d.lines || ')' as message
      from stage s join (select key, string_agg(line::text, ', ' order by line) as lines
                         from stage group by key having count(*) > 1) d on d.key = s.key
      order by s.line`)
  }

  /** Staged references (`column` holds a key) that match no record of `table`. */
  missingReference(
    column: string,
    field: string,
    target: string,
    what: string,
    targetKey = 'external_key',
  ): Promise<Problem[]> {
    return this.problems(`
      select s.line, '${field}' as field, s."${column}" as value, 'there is no ${what} with this key' as message
      from stage s
      where s."${column}" is not null and not exists (select 1 from ${target} t where t.${targetKey} = s."${column}")
      order by s.line`)
  }

  /**
   * Inserts new records and updates existing ones by external key. On update only columns the
   * accounting system owns (SPEC F-11) and the file carries are set, and only when one differs,
   * so a rerun changes nothing and staff additions survive.
   */
  async upsert(spec: {
    slug: CollectionSlug
    /** Field path → SQL expression over the staging row `s` and the spec's joins. */
    values: Record<string, string>
    /** Field path → file column it comes from (defaults to the path): decides "carried by the file". */
    fromColumn?: Record<string, string | null>
    joins?: string
  }): Promise<{ created: number; updated: number }> {
    const owned = ownedPaths(this.payload, spec.slug)
    const entries = Object.entries(spec.values).map(([path, expression]) => ({
      path,
      expression,
      column: this.column(spec.slug, path),
    }))
    const carried = (path: string) => {
      const column = spec.fromColumn && path in spec.fromColumn ? spec.fromColumn[path] : path
      return column === null || this.present.has(column)
    }
    const updatable = entries.filter((entry) => owned.has(entry.path) && carried(entry.path))
    const table = this.table(spec.slug)
    const insertColumns = [...entries.map((entry) => entry.column), '"source"', '"external_key"']
    const select = [...entries.map((entry) => entry.expression), `'accounting'`, 's.key']
    const update = updatable.length
      ? `do update set ${updatable.map((entry) => `${entry.column} = excluded.${entry.column}`).join(', ')}, "updated_at" = now()
         where (${updatable.map((entry) => `t.${entry.column}`).join(', ')}, null) is distinct from (${updatable
           .map((entry) => `excluded.${entry.column}`)
           .join(', ')}, null)`
      : 'do nothing'
    const { rows } = await this.query<{ created: string; updated: string }>(`
      with written as (
        insert into ${table} as t (${insertColumns.join(', ')})
        select ${select.join(', ')} from stage s ${spec.joins ?? ''}
        on conflict ("external_key") ${update}
        returning (xmax = 0) as inserted)
      select count(*) filter (where inserted) as created, count(*) filter (where not inserted) as updated from written`)
    return { created: Number(rows[0].created), updated: Number(rows[0].updated) }
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
