/**
 * Calendar dates (SPEC section 5): tenancies, functions, releases and postings happen on a day,
 * not at an instant. They travel as `YYYY-MM-DD`; Payload's date columns hold them at 12:00 UTC,
 * which is the same day in every time zone from UTC-11 to UTC+11.
 */

export type CalendarDate = string // YYYY-MM-DD

export const defaultTimeZone = 'Europe/Vienna'

const isoDay = /^(\d{4})-(\d{2})-(\d{2})/

export function isValidCalendarDate(value: string): boolean {
  const match = isoDay.exec(value)
  if (!match || value.length < 10) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (month < 1 || month > 12 || day < 1) return false
  return day <= daysInMonth(year, month)
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** The day as written: the first ten characters of an ISO string, or a Date's day in the time zone. */
export function toCalendarDate(
  value: string | Date | null | undefined,
  timeZone = defaultTimeZone,
): CalendarDate | null {
  if (value === null || value === undefined || value === '') return null
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : dayInZone(value, timeZone)
  return isValidCalendarDate(value) ? value.slice(0, 10) : null
}

/** How a calendar date is stored in a Payload date column. */
export function storedDate(day: CalendarDate): string {
  return `${day}T12:00:00.000Z`
}

export function dayInZone(instant: Date, timeZone = defaultTimeZone): CalendarDate {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  )
}

/** Today in a time zone. The company's day is `today(req)` in globals/settings-reader.ts, which reads its zone. */
export function todayIn(timeZone: string): CalendarDate {
  return dayInZone(new Date(), timeZone)
}

export function addDays(day: CalendarDate, days: number): CalendarDate {
  const date = new Date(`${day}T12:00:00.000Z`)
  date.setUTCDate(date.getUTCDate() + days)
  return date.toISOString().slice(0, 10)
}

export function addMonths(day: CalendarDate, months: number): CalendarDate {
  const [year, month, date] = day.split('-').map(Number)
  const target = new Date(Date.UTC(year, month - 1 + months, 1, 12))
  const lastDay = daysInMonth(target.getUTCFullYear(), target.getUTCMonth() + 1)
  target.setUTCDate(Math.min(date, lastDay))
  return target.toISOString().slice(0, 10)
}

/**
 * Active on a day: the start day and the end day count, an open end is active for ever, and a
 * missing start means "since always".
 */
export function isActiveOn(
  start: string | null | undefined,
  end: string | null | undefined,
  day: CalendarDate,
): boolean {
  const from = toCalendarDate(start)
  const until = toCalendarDate(end)
  return (from === null || from <= day) && (until === null || day <= until)
}

/** German display form, 31.12.2026. */
export function formatGermanDate(value: string | null | undefined): string {
  const day = toCalendarDate(value)
  if (!day) return ''
  const [year, month, date] = day.split('-')
  return `${date}.${month}.${year}`
}

/**
 * A day typed as `31.12.2026` (or `1.3.2026`): the calendar date, `'impossible'` for a date that
 * does not exist (`31.02.2026` — refused, never rolled over into March), or null for text that is
 * not a whole date yet.
 */
export function typedGermanDate(text: string): CalendarDate | 'impossible' | null {
  const match = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text)
  if (!match) return null
  const day = `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`
  return isValidCalendarDate(day) ? day : 'impossible'
}
