import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { initI18n } from '@payloadcms/translations'
import iconv from 'iconv-lite'
import type { Payload } from 'payload'

import type { ImportKind } from '@/imports/kinds/names'
import { ReportRenderer } from '@/imports/render'
import type { ImportReport, StoredReport } from '@/imports/report'
import { importFile } from '@/imports/run'

export { fixtureOrder, fixtures } from './import-fixtures'

/** A folder for this test file's import files. */
export function scratch(): string {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'hauswerk-import-'))
  mkdirSync(directory, { recursive: true })
  return directory
}

/** Writes lines as an import file (UTF-8 unless told), each line ending with a line break. */
export function writeImport(
  directory: string,
  name: string,
  lines: string[],
  encoding: 'utf-8' | 'windows-1252' = 'utf-8',
) {
  const file = path.join(directory, name)
  const text = lines.map((line) => `${line}\n`).join('')
  writeFileSync(file, encoding === 'utf-8' ? text : iconv.encode(text, 'win1252'))
  return file
}

/** Imports one file the way every entry point does (the CLI, the admin page and the job call the same). */
export function runImport(
  payload: Payload,
  file: string,
  options: { kind?: ImportKind; encoding?: 'auto' | 'utf-8' | 'windows-1252' } = {},
) {
  return importFile(payload, { path: file }, { trigger: 'cli', ...options })
}

/** A report's problems by line, column and message key, for messages of failed expectations. */
export function problemsOf(report: ImportReport) {
  return report.problems.map(
    (problem) => `${problem.line ?? '-'}:${problem.field ?? '-'}: ${problem.key} ${JSON.stringify(problem.params ?? {})}`,
  )
}

/** A report as a reader in `language` sees it (admin page, CLI): fields by label, German by default. */
export async function reportIn(payload: Payload, report: StoredReport, language: 'de' | 'en' = 'de') {
  const i18n = await initI18n({ config: payload.config.i18n, context: 'api', language })
  return new ReportRenderer(payload, i18n).report(report)
}

/** The problems as a reader sees them: `line:field label: message`. */
export async function problemTexts(payload: Payload, report: StoredReport, language: 'de' | 'en' = 'de') {
  return (await reportIn(payload, report, language)).problems.map(
    (problem) => `${problem.line ?? '-'}:${problem.field ?? '-'}: ${problem.text}`,
  )
}
