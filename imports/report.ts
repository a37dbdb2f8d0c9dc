import { type HauswerkMessage, hauswerkTranslations } from '@/i18n/translations'
import type { Language } from '@/lib/format'

import type { ImportKind } from './kinds/names'

export type ProblemParams = Record<string, string | number>

/**
 * One reason a file is refused: where (line, field = the file's column), what was there, and why
 * — a message key of the `hauswerk` namespace with its values, never a finished sentence, so the
 * report reads in the language of whoever looks at it (SPEC F-12, `imports/render.ts`).
 */
export type Problem = { line?: number; field?: string; value?: string; key: HauswerkMessage; params?: ProblemParams }

/** A problem as runs stored it before problems had keys: its English sentence, shown as it is. */
export type LegacyProblem = { line?: number; field?: string; value?: string; message: string }

export type ImportStatus = 'imported' | 'rejected'

/** What one file did: counts of what changed, what the full export ended, and every problem. */
export type ImportReport<P = Problem> = {
  file: string
  kind: ImportKind | null
  status: ImportStatus
  fullExport: boolean
  rows: number
  created: number
  updated: number
  unchanged: number
  /** Further effects, e.g. `vacanciesCreated`, `missing`, `ended` (`hauswerk:importEffect_…`). */
  effects: Record<string, number>
  /** Records missing from the file (full exports): their keys, at most `problemLimit`. */
  missingKeys: string[]
  problems: P[]
  problemCount: number
  seconds: number
}

/** A report as an `import-runs` record holds it: older runs have sentences instead of keys. */
export type StoredReport = ImportReport<Problem | LegacyProblem>

/** How many problems a report keeps in full; the count covers all (docs/import.md). */
export const problemLimit = 10_000

/** A message in one language without an i18n instance (the CLI before it has one); no plurals. */
export function textIn(language: Language, key: HauswerkMessage, params: ProblemParams = {}): string {
  const text: string = hauswerkTranslations[language].hauswerk[key]
  return text.replace(/\{\{(\w+)\}\}/g, (_, name) => String(params[name] ?? ''))
}

/** A problem's message in English, for errors and logs (people read reports via `render.ts`). */
export function englishText(key: HauswerkMessage, params: ProblemParams = {}): string {
  return textIn('en', key, params)
}

/** A problem of the file as a whole (encoding, structure, header): ends reading it. */
export class FileProblem extends Error {
  constructor(readonly problem: Problem) {
    super(englishText(problem.key, problem.params))
  }

  get line(): number | undefined {
    return this.problem.line
  }
}
