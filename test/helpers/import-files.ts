import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import iconv from 'iconv-lite'
import type { Payload } from 'payload'

import { importFile } from '@/imports/run'
import type { ImportKind } from '@/imports/kinds/names'

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

/** Messages of a report's problems, with their line and field, for readable expectations. */
export function problemsOf(report: { problems: Array<{ line?: number; field?: string; message: string }> }) {
  return report.problems.map((problem) => `${problem.line ?? '-'}:${problem.field ?? '-'}: ${problem.message}`)
}
