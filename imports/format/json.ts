import { FileProblem } from '../report'
import { type Directives, directiveNames, type ReadEvent } from './events'

/**
 * Reads a JSON export as events, streaming one row at a time (the file is never parsed whole):
 * either an array of row objects, or `{ "kind": …, "export": …, "exportDate": …, "rows": [ … ] }`
 * with the statements before `rows`. Each row keeps the line it starts on, which the report
 * needs — the reason this is a small scanner rather than a library (docs/decisions/0012).
 */
export async function* readJson(text: AsyncIterable<string>): AsyncGenerator<ReadEvent> {
  let line = 1
  let mode: 'opening' | 'prefix' | 'rows' | 'closing' | 'done' = 'opening'
  let wrapped = false
  let prefix = ''
  // String state is shared by the prefix and the rows: both may contain brackets in strings.
  let inString = false
  let escaped = false
  let depth = 0
  let element: string | null = null
  let elementLine = 0
  let expectElement = true
  let directivesSent = false

  const directivesEvent = (): ReadEvent => ({ type: 'directives', directives: {} })
  /** Follows strings (and their escapes); true while `char` is part of one, which ends no row. */
  const inText = (char: string): boolean => {
    if (inString) {
      if (escaped) escaped = false
      else if (char === '\\') escaped = true
      else if (char === '"') inString = false
      return true
    }
    if (char === '"') inString = true
    return inString
  }

  for await (const chunk of text) {
    const events: ReadEvent[] = []
    let start = 0
    for (let index = 0; index < chunk.length; index += 1) {
      const char = chunk[index]
      if (char === '\n') line += 1
      if (mode === 'opening') {
        if (/\s/.test(char)) continue
        if (char === '[') {
          mode = 'rows'
          events.push(directivesEvent())
          directivesSent = true
        } else if (char === '{') {
          mode = 'prefix'
          wrapped = true
          prefix = '{'
        } else throw new FileProblem({ key: 'importJsonShape', line })
        continue
      }
      if (mode === 'prefix') {
        prefix += char
        if (inText(char)) continue
        if (char === '[' && /"rows"\s*:\s*\[$/.test(prefix)) {
          events.push({ type: 'directives', directives: parsePrefix(prefix, line) })
          directivesSent = true
          mode = 'rows'
        } else if (char === '}' && !prefix.includes('"rows"')) {
          throw new FileProblem({ key: 'importJsonNoRows', line })
        }
        continue
      }
      if (mode === 'rows') {
        if (element === null) {
          if (/\s/.test(char)) continue
          if (char === ']') {
            mode = wrapped ? 'closing' : 'done'
            continue
          }
          if (char === ',') {
            if (expectElement) throw new FileProblem({ key: 'importJsonEmptyRow', line })
            expectElement = true
            continue
          }
          if (!expectElement) throw new FileProblem({ key: 'importJsonCommaExpected', line })
          element = ''
          start = index
          elementLine = line
          depth = 0
          expectElement = false
        }
        if (inText(char)) continue
        if (char === '{' || char === '[') depth += 1
        else if (char === '}' || char === ']') {
          depth -= 1
          if (depth < 0) throw new FileProblem({ key: 'importJsonUnbalanced', line })
          if (depth === 0) {
            events.push(rowEvent(element + chunk.slice(start, index + 1), elementLine))
            element = null
          }
        } else if (depth === 0 && char === ',') {
          throw new FileProblem({ key: 'importJsonRowNotObject', line: elementLine })
        }
        continue
      }
      if (/\s/.test(char)) continue
      if (mode === 'closing' && char === '}') {
        mode = 'done'
        continue
      }
      throw new FileProblem({
        key: mode === 'closing' ? 'importJsonStatementsLate' : 'importJsonTextAfterEnd',
        line,
      })
    }
    if (element !== null) element += chunk.slice(start)
    for (const event of events) yield event
  }
  if (mode === 'opening') throw new FileProblem({ key: 'importJsonEmpty' })
  if (mode !== 'done')
    throw new FileProblem({ key: 'importJsonEndsEarly', line })
  if (!directivesSent) yield directivesEvent()
}

function parsePrefix(prefix: string, line: number): Directives {
  const text = prefix.replace(/"rows"\s*:\s*\[$/, '').replace(/,\s*$/, '') + '}'
  let parsed: Record<string, unknown>
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new FileProblem({ key: 'importJsonStatements', line })
  }
  const directives: Directives = {}
  for (const [key, value] of Object.entries(parsed)) {
    if (!(directiveNames as readonly string[]).includes(key)) {
      throw new FileProblem({
        key: 'importJsonUnknownKey',
        params: { name: key, known: [...directiveNames, 'rows'].join(', ') },
        line,
      })
    }
    directives[key as keyof Directives] = String(value)
  }
  return directives
}

function rowEvent(raw: string, line: number): ReadEvent {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return { type: 'rowProblem', line, problem: { key: 'importJsonRowInvalid' } }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { type: 'rowProblem', line, problem: { key: 'importJsonRowNotObject' } }
  }
  return { type: 'row', line, values: value as Record<string, unknown> }
}
