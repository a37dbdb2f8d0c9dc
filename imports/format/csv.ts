import { Readable } from 'node:stream'

import { parse } from 'csv-parse'

import { FileProblem, type Problem } from '../report'
import { type Directives, directiveNames, type ReadEvent } from './events'

/** `# kind=units; export=full; exportDate=31.12.2026` lines at the top of a CSV file. */
function parseDirective(line: string, directives: Directives, number: number) {
  for (const part of line.replace(/^#/, '').split(/[;,]/)) {
    const [name, ...rest] = part.split('=')
    const key = name.trim()
    if (!key) continue
    if (!(directiveNames as readonly string[]).includes(key)) {
      throw new FileProblem({
        key: 'importUnknownStatement',
        params: { name: key, known: directiveNames.join(', ') },
        line: number,
      })
    }
    directives[key as keyof Directives] = rest.join('=').trim()
  }
}

/** What csv-parse's `CsvError` carries besides its English message (`node_modules/csv-parse`). */
type CsvParseError = Error & {
  code?: string
  lines?: number
  records?: number
  column?: number | string | null
  record?: unknown[]
}

/**
 * A csv-parse error as a problem in the reader's language, with the line it is in (of the whole
 * file: `offset` lines came before the header) and the column when known. `recordLine` is where
 * the record being read began: an unclosed quote is only noticed at the end of the file. Codes
 * without a message of their own keep csv-parse's English text.
 */
export function csvParseProblem(
  error: CsvParseError,
  { offset, recordLine, columns }: { offset: number; recordLine: number; columns: string[] | null },
): Problem {
  const line = error.lines === undefined ? recordLine : error.lines + offset
  const field = typeof error.column === 'number' ? columns?.[error.column] : undefined
  const number = (pattern: RegExp) => Number(pattern.exec(error.message)?.[1] ?? Number.NaN)
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return { key: 'importCsvQuoteNotClosed', params: { line: recordLine }, line: recordLine, field }
    case 'CSV_INVALID_CLOSING_QUOTE': {
      const char = /got "([^]*?)" at line/.exec(error.message)?.[1] ?? ''
      return { key: 'importCsvInvalidClosingQuote', params: { line, char }, line, field }
    }
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return { key: 'importCsvTextAfterQuote', params: { line }, line, field }
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
    case 'CSV_RECORD_INCONSISTENT_COLUMNS': {
      const expected = number(/(?:expect|columns length is) (\d+)/)
      if (Number.isNaN(expected) || !error.record) break
      return { key: 'importCsvFieldCount', params: { line, count: error.record.length, expected }, line }
    }
    case 'CSV_MAX_RECORD_SIZE': {
      const max = number(/bytes of (\d+)/)
      if (Number.isNaN(max)) break
      return { key: 'importCsvRecordTooLarge', params: { line, max }, line }
    }
  }
  return { key: 'importCsvUnreadable', params: { detail: error.message }, line }
}

/**
 * Reads a CSV export as events, streaming: leading `#` lines are statements about the file, the
 * first other line is the header, `;` or `,` is taken from it (whichever it has more of). Rows
 * keep their line number. A file must end with a line break: one that stops in the middle of a row
 * was cut off, and is refused even when the part before happens to parse.
 */
export async function* readCsv(text: AsyncIterable<string>): AsyncGenerator<ReadEvent> {
  const source = text[Symbol.asyncIterator]()
  let buffer = ''
  let directiveLines = 0
  const directives: Directives = {}
  let headerLine: string | null = null
  let ended = false
  while (headerLine === null) {
    const newline = buffer.indexOf('\n')
    if (newline === -1) {
      const next = await source.next()
      if (next.done) {
        ended = true
        if (buffer.trim() === '') break
        headerLine = buffer
        break
      }
      buffer += next.value
      continue
    }
    const line = buffer.slice(0, newline).replace(/\r$/, '')
    if (line.startsWith('#')) {
      directiveLines += 1
      parseDirective(line, directives, directiveLines)
      buffer = buffer.slice(newline + 1)
    } else if (line.trim() === '') {
      buffer = buffer.slice(newline + 1)
      directiveLines += 1
    } else {
      headerLine = line
    }
  }
  yield { type: 'directives', directives }
  if (headerLine === null) throw new FileProblem({ key: 'importEmptyCsv' })

  const semicolons = headerLine.split(';').length
  const commas = headerLine.split(',').length
  const delimiter = semicolons >= commas ? ';' : ','
  let lastChar = ''
  async function* rest() {
    if (buffer) {
      lastChar = buffer.at(-1) ?? ''
      yield buffer
    }
    if (ended) return
    for (;;) {
      const next = await source.next()
      if (next.done) return
      if (next.value) lastChar = next.value.at(-1) ?? lastChar
      yield next.value
    }
  }
  let sourceError: unknown
  const input = Readable.from(rest())
  const parser = parse({
    delimiter,
    info: true,
    relax_column_count: true,
    skip_empty_lines: true,
    bom: true,
    trim: false,
    // A malformed record is handed to 'skip' rather than failing the stream: a failed stream drops
    // the records it has not handed out yet, and the report needs those before it (their problems,
    // the header naming the column, the line the bad record starts on).
    skip_records_with_error: true,
  })
  let parseError = null as CsvParseError | null
  parser.on('skip', (error: CsvParseError) => {
    parseError ??= error
  })
  input.on('error', (error) => {
    sourceError = error
    parser.destroy(error)
  })
  input.pipe(parser)

  let columns: string[] | null = null
  let lastLine = directiveLines
  try {
    type Parsed = { record: string[]; info: { lines: number; records: number } }
    for await (const { record, info } of parser as AsyncIterable<Parsed>) {
      // What follows a malformed record is not read: its quotes are off.
      if (parseError && info.records > (parseError.records ?? 0)) break
      const line = info.lines + directiveLines
      lastLine = line
      if (!columns) {
        columns = record.map((name) => name.trim())
        yield { type: 'header', columns, line }
        continue
      }
      if (record.length !== columns.length) {
        yield {
          type: 'rowProblem',
          line,
          problem: {
            key: 'importFieldCount',
            params: { count: record.length, header: columns.length, delimiter },
          },
        }
        continue
      }
      const values: Record<string, unknown> = {}
      columns.forEach((name, index) => {
        values[name] = record[index]
      })
      yield { type: 'row', line, values }
    }
  } catch (error) {
    if (sourceError) throw sourceError
    throw new FileProblem(
      csvParseProblem(error as CsvParseError, { offset: directiveLines, recordLine: lastLine + 1, columns }),
    )
  }
  input.destroy()
  if (sourceError) throw sourceError
  if (parseError) {
    throw new FileProblem(csvParseProblem(parseError, { offset: directiveLines, recordLine: lastLine + 1, columns }))
  }
  if (lastChar !== '\n') {
    throw new FileProblem({ key: 'importCutOff', line: lastLine })
  }
}
