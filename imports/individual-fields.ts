import { createLocalReq, type Payload } from 'payload'

import { definitionsOf } from '@/collections/individual-field-definitions/definitions'
import type { IndividualFieldDefinition, IndividualFieldModule } from '@/lib/individual-fields/types'
import { individualFieldModules } from '@/lib/individual-fields/types'
import { validateIndividualFields } from '@/lib/individual-fields/validate'

import type { ImportDb } from './db'
import type { ImportKind } from './kinds/names'
import type { Problem, ProblemParams } from './report'

/** The staging column that carries a row's individual-field values (a JSON patch). */
export const individualFieldsStageColumn = 'individual_fields'

/**
 * Individual fields in an import file (issue 6): a column named like the key of an active
 * definition of the kind's module carries that field. Values are checked by the same validator
 * as every other write path; an empty cell clears the value, a column the file lacks keeps what
 * is stored. The values are staff data, not owned by accounting: the import only writes the
 * columns the file carries. A JSON file has no header: each row names its fields, and a key a row
 * lacks keeps what is stored for that record.
 */
export class IndividualFieldColumns {
  /** The fields the file carries (CSV: its header; JSON: every row's keys so far). */
  private present: IndividualFieldDefinition[] = []
  private header = false

  private constructor(
    readonly module: IndividualFieldModule,
    private readonly definitions: Map<string, IndividualFieldDefinition>,
  ) {}

  static async load(payload: Payload, kind: ImportKind): Promise<IndividualFieldColumns | null> {
    if (!(individualFieldModules as readonly string[]).includes(kind)) return null
    const module = kind as IndividualFieldModule
    // The definitions' one reader (a system request of its own); archived fields take no values.
    const all = await definitionsOf(await createLocalReq({}, payload), module)
    const definitions = all.filter((definition) => !definition.archived)
    return new IndividualFieldColumns(module, new Map(definitions.map((definition) => [definition.key, definition])))
  }

  /** Takes the header's columns that name individual fields; returns the others. */
  claim(columns: string[]): string[] {
    this.header = true
    this.present = columns.flatMap((column) => this.definitions.get(column) ?? [])
    return columns.filter((column) => !this.definitions.has(column))
  }

  get carried(): boolean {
    return this.present.length > 0
  }

  has(column: string): boolean {
    return this.header ? this.present.some((definition) => definition.key === column) : this.definitions.has(column)
  }

  /** The fields one row carries: the header's, or the row's own keys in a JSON file. */
  private fieldsOf(values: Record<string, unknown>): IndividualFieldDefinition[] {
    if (this.header) return this.present
    const fields = Object.keys(values).flatMap((key) => this.definitions.get(key) ?? [])
    for (const field of fields) if (!this.present.includes(field)) this.present.push(field)
    return fields
  }

  /** The row's patch for the staging table, or the problems of its individual-field cells. */
  check(values: Record<string, unknown>): { problems: Problem[]; patch: Record<string, unknown> | null } {
    const fields = this.fieldsOf(values)
    if (fields.length === 0) return { problems: [], patch: null }
    const problems: Problem[] = []
    const patch: Record<string, unknown> = {}
    for (const definition of fields) {
      const raw = values[definition.key]
      // CSV cells arrive as text (German numbers and dates, ja/nein); JSON values as they are.
      const result = validateIndividualFields(this.module, { [definition.key]: raw ?? null }, [definition], {
        fromText: typeof raw === 'string',
      })
      if (result.errors.length > 0) {
        for (const error of result.errors) {
          problems.push({
            field: definition.key,
            value: raw === undefined || raw === null ? undefined : String(raw),
            key: error.message,
            ...(error.vars ? { params: error.vars as ProblemParams } : {}),
          })
        }
      } else {
        patch[definition.key] = result.values[definition.key] ?? null
      }
    }
    return { problems, patch: problems.length ? null : patch }
  }

  /** Applies the staged patches to the records the file names; returns how many changed. */
  async write(db: ImportDb, table: string): Promise<number> {
    if (!this.carried) return 0
    const result = await db.query(`
      with merged as (
        select t.id,
               nullif(jsonb_strip_nulls(coalesce(t.individual_fields, '{}'::jsonb) || s.${individualFieldsStageColumn}), '{}'::jsonb) as value
        from stage s join ${table} t on t.external_key = s.key
        where s.${individualFieldsStageColumn} is not null)
      update ${table} t set individual_fields = m.value, updated_at = now()
      from merged m
      where t.id = m.id and coalesce(t.individual_fields, '{}'::jsonb) is distinct from coalesce(m.value, '{}'::jsonb)`)
    return result.rowCount ?? 0
  }
}
