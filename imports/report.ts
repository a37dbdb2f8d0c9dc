import type { ImportKind } from './kinds/names'

/** One reason a file is refused: where (line, field), what was there, and why (SPEC F-12). */
export type Problem = { line?: number; field?: string; value?: string; message: string }

export type ImportStatus = 'imported' | 'rejected'

/** What one file did: counts of what changed, what the full export ended, and every problem. */
export type ImportReport = {
  file: string
  kind: ImportKind | null
  status: ImportStatus
  fullExport: boolean
  rows: number
  created: number
  updated: number
  unchanged: number
  /** Further effects, e.g. `vacanciesCreated`, `missing`, `ended`. */
  effects: Record<string, number>
  /** Records missing from the file (full exports): their keys, at most `problemLimit`. */
  missingKeys: string[]
  problems: Problem[]
  problemCount: number
  seconds: number
}

/** How many problems a report keeps in full; the count covers all (docs/import.md). */
export const problemLimit = 10_000

export function problemLine(file: string, problem: Problem): string {
  const where = [file, problem.line !== undefined ? `line ${problem.line}` : null, problem.field ?? null]
    .filter(Boolean)
    .join(', ')
  const value = problem.value !== undefined && problem.value !== '' ? ` "${problem.value}"` : ''
  return `${where}:${value} ${problem.message}`
}

/** The report as text, for the CLI and logs. */
const rowsText = (count: number) => `${count} row${count === 1 ? '' : 's'}`

export function formatReport(report: ImportReport): string {
  const head =
    report.status === 'imported'
      ? `${report.file} (${report.kind}${report.fullExport ? ', full export' : ''}): imported ${rowsText(report.rows)} — ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged`
      : `${report.file} (${report.kind ?? 'unknown kind'}): REJECTED, nothing written — ${report.problemCount} problem(s)`
  const effects = Object.entries(report.effects)
    .filter(([, count]) => count > 0)
    .map(([name, count]) => `  ${name}: ${count}`)
  const missing = report.missingKeys.length
    ? [
        `  missing from the export: ${report.missingKeys.slice(0, 20).join(', ')}${report.missingKeys.length > 20 ? ' …' : ''}`,
      ]
    : []
  const problems = report.problems.map((problem) => `  ${problemLine(report.file, problem)}`)
  const more =
    report.problemCount > report.problems.length ? [`  … and ${report.problemCount - report.problems.length} more`] : []
  return [head, ...effects, ...missing, ...problems, ...more, `  (${report.seconds.toFixed(1)} s)`].join('\n')
}
