import { isValidCalendarDate, toCalendarDate } from '@/lib/dates'
import type { HauswerkMessage } from '@/i18n/translations'

import { type IndividualFieldDefinition, type IndividualFieldValue, longTextMaxLength, textMaxLength } from './types'

export type ValueProblem = { message: HauswerkMessage; vars?: Record<string, unknown> }
export type CheckedValue = { value: IndividualFieldValue | null } | { problem: ValueProblem }

function decimalsOf(value: number): number {
  const text = String(value)
  if (text.includes('e-')) return Number(text.split('e-')[1])
  return text.includes('.') ? text.split('.')[1].length : 0
}

const optionValues = (definition: IndividualFieldDefinition) => (definition.options ?? []).map((option) => option.value)

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
}

/**
 * Checks one value against its definition and returns it in its stored form (`null` for empty).
 * Strict: a number must be a JSON number, yes/no a boolean, a date `YYYY-MM-DD` (an ISO
 * timestamp is cut to its day), a choice one of the option values, several choices an array of them.
 */
export function checkValue(definition: IndividualFieldDefinition, value: unknown): CheckedValue {
  if (isEmpty(value)) return { value: null }
  switch (definition.type) {
    case 'text':
    case 'longText': {
      if (typeof value !== 'string') return { problem: { message: 'individualFieldExpectsText' } }
      const max = definition.type === 'text' ? textMaxLength : longTextMaxLength
      if (value.length > max) return { problem: { message: 'individualFieldTooLong', vars: { count: max } } }
      if (definition.type === 'text' && /[\r\n]/.test(value)) {
        return { problem: { message: 'individualFieldSingleLine' } }
      }
      return { value }
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        return { problem: { message: 'individualFieldExpectsNumber' } }
      }
      const decimals = definition.decimals ?? 0
      if (decimalsOf(value) > decimals) {
        return decimals === 0
          ? { problem: { message: 'integerRequired' } }
          : { problem: { message: 'tooManyDecimals', vars: { count: decimals } } }
      }
      return { value }
    }
    case 'date': {
      if (typeof value !== 'string' || !isValidCalendarDate(value)) return { problem: { message: 'invalidDate' } }
      return { value: toCalendarDate(value) as string }
    }
    case 'yesNo':
      return typeof value === 'boolean' ? { value } : { problem: { message: 'individualFieldExpectsYesNo' } }
    case 'choice': {
      const allowed = optionValues(definition)
      if (typeof value !== 'string' || !allowed.includes(value)) {
        return {
          problem: { message: 'individualFieldOption', vars: { value: String(value), options: allowed.join(', ') } },
        }
      }
      return { value }
    }
    case 'choices': {
      const allowed = optionValues(definition)
      if (!Array.isArray(value)) return { problem: { message: 'individualFieldExpectsList' } }
      const wrong = value.find((item) => typeof item !== 'string' || !allowed.includes(item))
      if (wrong !== undefined) {
        return {
          problem: { message: 'individualFieldOption', vars: { value: String(wrong), options: allowed.join(', ') } },
        }
      }
      // Stored in the order of the options, each once: equal selections compare equal.
      return { value: allowed.filter((option) => value.includes(option)) }
    }
  }
}

const yes = new Set(['ja', 'j', 'yes', 'y', 'true', 'wahr', '1', 'x'])
const no = new Set(['nein', 'n', 'no', 'false', 'falsch', '0'])

/**
 * Text as a CSV cell or an administrator's default holds it, turned into the value's type:
 * German and plain numbers (`1.234,56`, `1234.56`), `31.12.2026` or `2026-12-31`, ja/nein,
 * several choices separated by `,`, `;` or `|`. Anything it cannot read stays text, so that
 * `checkValue` names the problem.
 */
export function coerceFromText(definition: IndividualFieldDefinition, raw: unknown): unknown {
  if (typeof raw !== 'string') return raw
  const text = raw.trim()
  if (text === '') return null
  switch (definition.type) {
    case 'number': {
      const german = /^-?\d{1,3}(\.\d{3})*(,\d+)?$|^-?\d+(,\d+)?$/.test(text)
      const normalized = german ? text.replace(/\./g, '').replace(',', '.') : text
      return /^-?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : text
    }
    case 'date': {
      const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text)
      return match ? `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}` : text
    }
    case 'yesNo': {
      const lower = text.toLowerCase()
      return yes.has(lower) ? true : no.has(lower) ? false : text
    }
    case 'choices':
      return text
        .split(/[,;|]/)
        .map((part) => part.trim())
        .filter(Boolean)
    default:
      return text
  }
}

/** The typed default of a definition, or a problem when the administrator's text does not fit. */
export function parseDefault(definition: IndividualFieldDefinition): CheckedValue {
  if (isEmpty(definition.defaultValue)) return { value: null }
  return checkValue(definition, coerceFromText(definition, definition.defaultValue))
}
