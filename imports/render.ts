import { getTranslation, type I18n } from '@payloadcms/translations'
import { type CollectionSlug, createLocalReq, type FlattenedField, type Payload } from 'payload'

import { paymentKinds } from '@/collections/tenancies/payment'
import { definitionsOf } from '@/collections/individual-field-definitions/definitions'
import { type IndividualFieldModule, individualFieldModules } from '@/lib/individual-fields/types'

import { type ImportKind, importKinds } from './kinds/names'
import type { ImportReport, LegacyProblem, Problem, StoredReport } from './report'

/** A problem as people read it: the field by its label, the reason in their language. */
export type RenderedProblem = { line?: number; column?: string; field?: string; value?: string; text: string }

/** A report as people read it (admin page, CLI): every text already in the reader's language. */
export type RenderedReport = Omit<ImportReport, 'problems'> & {
  kindLabel: string
  statusText: string
  /** Rows, created, updated, unchanged — for an imported file. */
  summary: string | null
  effectTexts: string[]
  missingText: string | null
  problems: RenderedProblem[]
  moreText: string | null
}

// The request's i18n in the admin, one made for `--lang` in the CLI.
type AnyI18n = I18n<any, any>

/**
 * File columns whose field has another name in the collection (`key` is `externalKey` unless
 * given here). Every other column is the name of the collection's field (top level first, then
 * inside groups and arrays: `street`, `iban`).
 */
const columnPaths: Partial<Record<ImportKind, Record<string, string>>> = {
  'allocation-offices': { key: 'name' },
  tenancies: {
    paymentMethod: 'payment.method',
    sepaReference: 'payment.sepaMandate.reference',
    sepaSignedOn: 'payment.sepaMandate.signedOn',
    sepaIban: 'payment.sepaMandate.iban',
    sepaBic: 'payment.sepaMandate.bic',
    sepaAccountHolder: 'payment.sepaMandate.accountHolder',
  },
  functions: { type: 'functionType' },
}

const childrenOf = (field: FlattenedField): FlattenedField[] =>
  'flattenedFields' in field && (field.type === 'group' || field.type === 'array') ? field.flattenedFields : []

function fieldAt(fields: FlattenedField[], path: string): FlattenedField | undefined {
  const [first, ...rest] = path.split('.')
  const field = fields.find((candidate) => candidate.name === first)
  if (!field || rest.length === 0) return field
  return fieldAt(childrenOf(field), rest.join('.'))
}

/** The shallowest field of that name: a column names a top-level field, or one in a group or array. */
function fieldNamed(fields: FlattenedField[], name: string): FlattenedField | undefined {
  let level = fields
  while (level.length) {
    const found = level.find((field) => field.name === name)
    if (found) return found
    level = level.flatMap(childrenOf)
  }
  return undefined
}

const isKind = (value: unknown): value is ImportKind => (importKinds as readonly unknown[]).includes(value)

/**
 * Renders import reports for one reader: messages in their language (`hauswerk:import…`), columns
 * as the labels of the collection's fields (`netArea` → "Nutzfläche"), kinds as the collections'
 * names. Stored reports of older runs carry English sentences instead of keys: shown as they are.
 */
export class ReportRenderer {
  private readonly individualLabels = new Map<ImportKind, Map<string, { de: string; en: string }>>()

  constructor(
    private readonly payload: Payload,
    private readonly i18n: AnyI18n,
  ) {}

  private label(label: unknown, fallback: string): string {
    if (label === false || label === undefined || label === null) return fallback
    const text = getTranslation(label as Record<string, string>, this.i18n)
    return typeof text === 'string' && text ? text : fallback
  }

  /** A collection by its name in the reader's language: `units` → "Einheiten". */
  collectionLabel(slug: string, form: 'plural' | 'singular' = 'plural'): string {
    const collection = this.payload.collections[slug as CollectionSlug]
    return collection ? this.label(collection.config.labels?.[form], slug) : slug
  }

  kindLabel(kind: ImportKind | null): string {
    return kind ? this.collectionLabel(kind) : this.t('importUnknownKindLabel')
  }

  /** A column of a kind's file by the label of the field it fills; an unknown column by its name. */
  fieldLabel(kind: ImportKind | null, column: string): string {
    if (!kind) return column
    const individual = this.individualLabels.get(kind)?.get(column)
    if (individual) return this.label(individual, column)
    // `rent`, `operatingCosts`: each column is an agreed payment of that kind.
    const payment = kind === 'tenancies' && paymentKinds.find((option) => option.value === column)
    if (payment) return this.label(payment.label, column)
    const fields = this.payload.collections[kind as CollectionSlug].config.flattenedFields
    const path = columnPaths[kind]?.[column] ?? (column === 'key' ? 'externalKey' : undefined)
    const field = path ? fieldAt(fields, path) : fieldNamed(fields, column)
    return field && 'label' in field ? this.label(field.label, column) : column
  }

  /** Loads the labels of the individual fields a kind's file may carry (issue 6). */
  async loadIndividualFields(kind: ImportKind | null): Promise<void> {
    if (!kind || this.individualLabels.has(kind) || !(individualFieldModules as readonly string[]).includes(kind))
      return
    // Through the definitions' one reader, as a system request: only the fields' labels leave here.
    const definitions = await definitionsOf(await createLocalReq({}, this.payload), kind as IndividualFieldModule)
    this.individualLabels.set(kind, new Map(definitions.map((field) => [field.key, field.label])))
  }

  private t(key: string, vars?: Record<string, unknown>): string {
    return (this.i18n.t as (key: string, vars?: Record<string, unknown>) => string)(`hauswerk:${key}`, vars)
  }

  problemText(kind: ImportKind | null, problem: Problem | LegacyProblem): string {
    if ('message' in problem) return problem.message
    const vars: Record<string, unknown> = { ...problem.params }
    for (const [name, value] of Object.entries(vars)) {
      if (name === 'collection') vars[name] = this.collectionLabel(String(value))
      else if (name.endsWith('Column')) vars[name] = this.fieldLabel(kind, String(value))
    }
    return this.t(problem.key, vars)
  }

  problem(kind: ImportKind | null, problem: Problem | LegacyProblem): RenderedProblem {
    return {
      line: problem.line,
      column: problem.field,
      field: problem.field === undefined ? undefined : this.fieldLabel(kind, problem.field),
      value: problem.value,
      text: this.problemText(kind, problem),
    }
  }

  async report(report: StoredReport): Promise<RenderedReport> {
    const kind = isKind(report.kind) ? report.kind : null
    await this.loadIndividualFields(kind)
    const missing = report.missingKeys ?? []
    const more = report.problemCount - report.problems.length
    return {
      ...report,
      kind,
      kindLabel: this.kindLabel(kind),
      statusText: this.t(report.status === 'imported' ? 'importStatusImported' : 'importStatusRejected'),
      summary:
        report.status === 'imported'
          ? this.t('importSummary', {
              count: report.rows,
              created: report.created,
              updated: report.updated,
              unchanged: report.unchanged,
            }) + (report.fullExport ? ` · ${this.t('importFullExport')}` : '')
          : null,
      effectTexts: Object.entries(report.effects ?? {})
        .filter(([, count]) => count > 0)
        .map(([name, count]) => `${this.t(`importEffect_${name}`)}: ${count}`),
      missingText: missing.length
        ? this.t('importMissingFromExport', {
            keys: `${missing.slice(0, 20).join(', ')}${missing.length > 20 ? ' …' : ''}`,
          })
        : null,
      problems: report.problems.map((problem) => this.problem(kind, problem)),
      moreText: more > 0 ? this.t('importMore', { more }) : null,
    }
  }

  /** The report as text, for the CLI and logs. */
  async text(report: StoredReport): Promise<string> {
    const rendered = await this.report(report)
    const head = `${rendered.file} (${rendered.kindLabel}): ${rendered.statusText} — ${
      rendered.summary ?? this.t('importProblemCount', { count: rendered.problemCount })
    }`
    const problems = rendered.problems.map((problem) => {
      const where = [
        rendered.file,
        problem.line !== undefined ? this.t('importLine', { line: problem.line }) : null,
        problem.field ?? null,
      ]
        .filter(Boolean)
        .join(', ')
      const value = problem.value !== undefined && problem.value !== '' ? ` ${this.t('importQuoted', { value: problem.value })}` : ''
      return `  ${where}:${value} ${problem.text}`
    })
    return [
      head,
      ...rendered.effectTexts.map((effect) => `  ${effect}`),
      ...(rendered.missingText ? [`  ${rendered.missingText}`] : []),
      ...problems,
      ...(rendered.moreText ? [`  ${rendered.moreText}`] : []),
      `  (${this.t('importSeconds', { seconds: report.seconds.toFixed(1) })})`,
    ].join('\n')
  }
}
