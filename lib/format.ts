import { toCalendarDate } from '@/lib/dates'
import { formatIban } from '@/lib/iban'
import type { Cents } from '@/lib/money'

/**
 * How numbers, amounts and dates read (SPEC section 5): `1.234,56`, `1.234,56 €`, `31.12.2026` in
 * German, `1,234.56`, `€1,234.56`, `31/12/2026` in English. One formatter for the admin, exports,
 * reports and the portal.
 */
export type Language = 'de' | 'en'

const groupingLocale: Record<Language, string> = { de: 'de-DE', en: 'en-GB' }
const decimalMark: Record<Language, string> = { de: ',', en: '.' }

const integerFormats = new Map<Language, Intl.NumberFormat>()
function groupInteger(value: number, language: Language): string {
  let format = integerFormats.get(language)
  if (!format) {
    format = new Intl.NumberFormat(groupingLocale[language], { maximumFractionDigits: 0 })
    integerFormats.set(language, format)
  }
  return format.format(value)
}

/** Integer cents without the currency: `-1.234,56`. Never through a binary fraction. */
export function formatCentsNumber(cents: Cents, language: Language = 'de'): string {
  const sign = cents < 0 ? '-' : ''
  const absolute = Math.abs(cents)
  const whole = groupInteger(Math.trunc(absolute / 100), language)
  return `${sign}${whole}${decimalMark[language]}${String(absolute % 100).padStart(2, '0')}`
}

/** `1.234,56 €` in German, `€1,234.56` in English. */
export function formatMoney(cents: Cents, language: Language = 'de'): string {
  const number = formatCentsNumber(Math.abs(cents), language)
  const sign = cents < 0 ? '-' : ''
  return language === 'de' ? `${sign}${number} €` : `${sign}€${number}`
}

/** A decimal with a fixed number of places (areas, shares, rates): `1.234,50`. */
export function formatDecimal(value: number, decimals: number, language: Language = 'de'): string {
  const scale = 10 ** decimals
  // Half away from zero, as people round: -0,125 → -0,13.
  const absolute = Math.round(Math.abs(value) * scale)
  const sign = value < 0 && absolute !== 0 ? '-' : ''
  const whole = groupInteger(Math.trunc(absolute / scale), language)
  if (decimals === 0) return `${sign}${whole}`
  return `${sign}${whole}${decimalMark[language]}${String(absolute % scale).padStart(decimals, '0')}`
}

/** `31.12.2026` in German, `31/12/2026` in English; a calendar date stays on its day. */
export function formatDay(value: string | Date | null | undefined, language: Language = 'de'): string {
  const day = toCalendarDate(value)
  if (!day) return ''
  const [year, month, date] = day.split('-')
  return language === 'de' ? `${date}.${month}.${year}` : `${date}/${month}/${year}`
}

/** IBANs read in groups of four: `AT61 1904 3002 3457 3201`. */
export { formatIban }
