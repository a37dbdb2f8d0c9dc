import { z } from 'zod'

import { checkBic, checkIban, normalizeBic } from '@/lib/iban'

import { parseCalendarDate, parseGermanDecimal, ValueProblem } from './values'

/**
 * Zod schemas for one cell of an import file. A CSV cell arrives as a string (empty = no value);
 * a JSON value may also be a number, boolean or null. Every cell yields a normalised value or
 * null; `required()` refuses null. Together a kind's cells are its documented file format.
 */
const blank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '')

function cellOf<T>(parse: (value: unknown) => T) {
  return z.unknown().transform((value, ctx): T | null => {
    if (blank(value)) return null
    try {
      return parse(value)
    } catch (error) {
      // The issue carries the message key; `run.ts` turns it into the problem's key and values.
      if (!(error instanceof ValueProblem)) throw error
      ctx.addIssue({ code: 'custom', message: error.key, ...(error.params ? { params: error.params } : {}) })
      return z.NEVER
    }
  })
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'number') return String(value)
  throw new ValueProblem('importTextExpected')
}

export const cells = {
  text: (max = 500) =>
    cellOf((value) => {
      const text = asText(value)
      if (text.length > max) throw new ValueProblem('importTooLong', { max })
      return text
    }),
  /** An external key: up to 100 characters; `hauswerk:` is reserved for keys the import makes itself. */
  key: () =>
    cellOf((value) => {
      const text = asText(value)
      if (text.length > 100) throw new ValueProblem('importKeyTooLong')
      if (text.startsWith('hauswerk:')) throw new ValueProblem('importKeyReserved')
      return text
    }),
  /** Several keys in one cell, separated by `|` (JSON: an array of keys). */
  keys: () =>
    cellOf((value) => {
      const list = Array.isArray(value)
        ? value.map(asText)
        : asText(value)
            .split('|')
            .map((part) => part.trim())
      const keys = list.filter(Boolean)
      if (new Set(keys).size !== keys.length) throw new ValueProblem('importSameKeyTwice')
      return keys
    }),
  decimal: (decimals: number, { signed = false } = {}) =>
    cellOf((value) => {
      if (typeof value !== 'string' && typeof value !== 'number') throw new ValueProblem('importNumberExpected')
      const plain = parseGermanDecimal(value, decimals)
      if (!signed && plain.startsWith('-')) throw new ValueProblem('notNegative')
      return plain
    }),
  integer: ({ min = 0, max = Number.MAX_SAFE_INTEGER } = {}) =>
    cellOf((value) => {
      if (typeof value !== 'string' && typeof value !== 'number') throw new ValueProblem('importWholeNumber')
      const number = Number(parseGermanDecimal(value, 0))
      if (number < min || number > max) throw new ValueProblem('importBetween', { min, max })
      return number
    }),
  date: () =>
    cellOf((value) => {
      if (typeof value !== 'string') throw new ValueProblem('importDateFormat')
      return parseCalendarDate(value)
    }),
  choice: <T extends string>(values: readonly T[]) =>
    cellOf((value) => {
      const text = asText(value)
      if (!(values as readonly string[]).includes(text)) throw new ValueProblem('importOneOf', { values: values.join(', ') })
      return text as T
    }),
  /** ISO 13616 check digits and length, when the settings check IBANs in this module (SPEC F-07). */
  iban: (checked: boolean) =>
    cellOf((value) => {
      const text = asText(value)
      const result = checkIban(text)
      if (!result.ok && checked) {
        const reasons = {
          format: 'ibanFormat',
          country: 'ibanCountry',
          length: 'ibanLength',
          checksum: 'ibanChecksum',
        } as const
        throw new ValueProblem(reasons[result.problem])
      }
      return result.ok ? result.iban : text.replace(/\s+/g, '').toUpperCase()
    }),
  bic: (checked: boolean) =>
    cellOf((value) => {
      const text = normalizeBic(asText(value))
      if (checked && !checkBic(text)) throw new ValueProblem('bicInvalid')
      return text
    }),
}

/** Refuses an empty cell. */
export function required<T extends z.ZodType>(schema: T) {
  return schema.refine((value) => value !== null && value !== undefined, { message: 'importRequired' })
}
