import { individualFieldKeyPattern } from './types'

/**
 * SQL for `where` and `sort` on individual fields (`individualFields.<key>`), written for the
 * JSON column's GIN index (`jsonb_path_ops`): equality becomes `column @? '$."key" ? (@ == …)'`,
 * which the index answers, where Payload's own JSON query (`jsonb_path_exists(…)`) makes
 * Postgres read every row. Values are written as JSON literals inside a SQL string literal, so
 * any text can be searched for (Payload refuses umlauts there) without opening an injection.
 */

export class IndividualFieldQueryError extends Error {}

type Literal = string | number | boolean

function sqlString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`
}

function jsonPathLiteral(value: Literal): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new IndividualFieldQueryError('not a finite number')
    return String(value)
  }
  return typeof value === 'boolean' ? String(value) : JSON.stringify(value)
}

/** Query strings carry text: `5` also matches the number 5, `true` the boolean. */
function literalsOf(value: unknown): Literal[] {
  if (typeof value === 'number' || typeof value === 'boolean') return [value, String(value)]
  if (typeof value !== 'string') throw new IndividualFieldQueryError('values must be text, numbers or yes/no')
  const literals: Literal[] = [value]
  if (/^-?\d+(\.\d+)?$/.test(value)) literals.push(Number(value))
  if (value === 'true' || value === 'false') literals.push(value === 'true')
  return literals
}

/** For ordering comparisons: a number when the text is one, the text otherwise (ISO dates order as text). */
function comparable(value: unknown): Literal {
  if (typeof value === 'number') return value
  if (typeof value === 'string') return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value
  throw new IndividualFieldQueryError('compare with a number, a date or text')
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const comparisons: Record<string, string> = {
  greater_than: '>',
  greater_than_equal: '>=',
  less_than: '<',
  less_than_equal: '<=',
}

export function checkKey(key: string): void {
  if (!individualFieldKeyPattern.test(key)) throw new IndividualFieldQueryError(`no individual field key: ${key}`)
}

/**
 * One `where` condition on `individualFields.<key>` as SQL. `column` is the quoted, qualified
 * column. Several choices are arrays: in lax mode `$."key"` unwraps them, so `equals`/`in`
 * match an array that holds the value.
 */
export function individualFieldCondition(column: string, key: string, operator: string, value: unknown): string {
  checkKey(key)
  const path = `$."${key}"`
  // A bare `column @? constant` is what the GIN index answers: no function or coalesce around it.
  // A row without values (NULL) simply does not match; negations treat NULL as "no match".
  const matches = (filter: string) => `${column} @? ${sqlString(`${path} ? (${filter})`)}::jsonpath`
  const has = `${column} @? ${sqlString(path)}::jsonpath`
  const not = (condition: string) => `not coalesce(${condition}, false)`
  const anyOf = (values: unknown[]) => {
    const literals = values.flatMap(literalsOf)
    if (literals.length === 0) return 'false'
    return matches(literals.map((literal) => `@ == ${jsonPathLiteral(literal)}`).join(' || '))
  }
  const words = (text: unknown) => {
    if (typeof text !== 'string') throw new IndividualFieldQueryError('like needs text')
    const parts = text.split(' ').filter(Boolean)
    if (parts.length === 0) return has
    return `(${parts.map((word) => matches(`@ like_regex ${JSON.stringify(escapeRegex(word))} flag "i"`)).join(' and ')})`
  }
  const list = (raw: unknown): unknown[] =>
    Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',').map((part) => part.trim()) : [raw]

  switch (operator) {
    case 'equals':
      return value === null ? not(has) : anyOf([value])
    case 'not_equals':
      return value === null ? has : not(anyOf([value]))
    case 'in':
      return anyOf(list(value))
    case 'not_in':
      return not(anyOf(list(value)))
    case 'all':
      return `(${list(value)
        .map((item) => anyOf([item]))
        .join(' and ')})`
    case 'exists':
      return value === false || value === 'false' ? not(has) : has
    case 'like':
      return words(value)
    case 'contains':
      if (typeof value !== 'string') throw new IndividualFieldQueryError('contains needs text')
      return matches(`@ like_regex ${JSON.stringify(escapeRegex(value))} flag "i"`)
    case 'not_like':
      return not(words(value))
    default: {
      const comparison = comparisons[operator]
      if (!comparison)
        throw new IndividualFieldQueryError(`operator ${operator} is not available for individual fields`)
      return matches(`@ ${comparison} ${jsonPathLiteral(comparable(value))}`)
    }
  }
}

/** What a list sorts by: the JSON value (numbers by number, ISO dates and text by text, no value last). */
export function individualFieldSortKey(column: string, key: string): string {
  checkKey(key)
  return `(${column} -> ${sqlString(key)})`
}
