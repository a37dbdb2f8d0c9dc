import { Readable } from 'node:stream'

import { parse } from 'csv-parse'

import { FileProblem } from '../report'
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
  })
  input.on('error', (error) => {
    sourceError = error
    parser.destroy(error)
  })
  input.pipe(parser)

  let columns: string[] | null = null
  let lastLine = directiveLines
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
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
            params: { fields: record.length, header: columns.length, delimiter },
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
    const message = (error as Error).message
    const line = /line (\d+)/.exec(message)?.[1]
    throw new FileProblem({
      key: 'importCsvUnreadable',
      params: { detail: message },
      line: line ? Number(line) + directiveLines : lastLine + 1,
    })
  }
  if (sourceError) throw sourceError
  if (lastChar !== '\n') {
    throw new FileProblem({ key: 'importCutOff', line: lastLine })
  }
}
