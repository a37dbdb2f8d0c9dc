/**
 * How values in import files are written (docs/import.md, "Values"). Pure functions: each returns
 * the normalised value, or throws a ValueProblem whose message key names what was expected.
 */
import type { HauswerkMessage } from '@/i18n/translations'
import { isValidCalendarDate } from '@/lib/dates'

import { englishText, type ProblemParams } from '../report'

export class ValueProblem extends Error {
  constructor(
    readonly key: HauswerkMessage,
    readonly params?: ProblemParams,
  ) {
    super(englishText(key, params))
  }
}

const germanNumber = /^-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/

/**
 * A German number: decimal comma, optionally points between groups of three digits
 * (`1.234,56`, `1234,56`, `-12,5`, `1.234`). `1,234.56` and `1234.56` are refused, because in a
 * German export a point separates thousands: guessing would turn 1.234 into 1,234. JSON files may
 * also give plain JSON numbers. Returns the exact decimal as a string (`1234.56`), never a float.
 */
export function parseGermanDecimal(raw: string | number, decimals: number): string {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) throw new ValueProblem('importNotANumber')
    return checkDecimals(String(raw), decimals)
  }
  const text = raw.trim()
  const match = germanNumber.exec(text)
  if (!match) {
    throw new ValueProblem(
      /^-?[\d,]+\.\d+$/.test(text) || /^-?\d+\.\d{1,2}$/.test(text)
        ? 'importGermanNumberExpected'
        : 'importNotGermanNumber',
    )
  }
  return checkDecimals(text.replaceAll('.', '').replace(',', '.'), decimals)
}

function checkDecimals(plain: string, decimals: number): string {
  const fraction = plain.split('.')[1] ?? ''
  if (fraction.length > decimals) {
    throw decimals === 0
      ? new ValueProblem('importWholeNumber')
      : new ValueProblem('tooManyDecimals', { count: decimals })
  }
  return plain
}

const germanDate = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/

/** `31.12.2026` (also `1.2.2026`) or ISO `2026-12-31`; a day that does not exist (31.02.) is refused. */
export function parseCalendarDate(raw: string): string {
  const text = raw.trim()
  const german = germanDate.exec(text)
  const day = german
    ? `${german[3]}-${german[2].padStart(2, '0')}-${german[1].padStart(2, '0')}`
    : isoDate.test(text)
      ? text
      : null
  if (!day) throw new ValueProblem('importDateFormat')
  if (!isValidCalendarDate(day)) throw new ValueProblem('importNoSuchDay')
  return day
}

