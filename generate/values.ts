/** How the generator writes values: as the accounting system's German export does. */
import { addDays } from '@/lib/dates'

export function germanDate(day: string | null | undefined): string {
  if (!day) return ''
  const [year, month, date] = day.split('-')
  return `${date}.${month}.${year}`
}

/** Cents as a German amount with thousands points: 123456 → 1.234,56. */
export function germanAmount(cents: number): string {
  return germanDecimal(cents, 2)
}

/** A whole number of 10^-decimals as a German decimal: (12345678, 3) → 12.345,678. */
export function germanDecimal(scaled: number, decimals: number): string {
  const sign = scaled < 0 ? '-' : ''
  const absolute = Math.abs(Math.round(scaled))
  const unit = 10 ** decimals
  const whole = Math.floor(absolute / unit)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  return decimals ? `${sign}${whole},${String(absolute % unit).padStart(decimals, '0')}` : `${sign}${whole}`
}

export function dayAfter(day: string, days = 1): string {
  return addDays(day, days)
}

/** A day `years` (fractional) after `day`. */
export function yearsAfter(day: string, years: number): string {
  return addDays(day, Math.round(years * 365.25))
}

/** A valid Austrian IBAN for a made-up account number (ISO 13616 mod-97 check digits). */
export function austrianIban(bankCode: string, account: number): string {
  const bban = `${bankCode}${String(account).padStart(11, '0')}`
  const numeric = `${bban}1029` + '00' // A=10, T=29
  let remainder = 0
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97
  return `AT${String(98 - remainder).padStart(2, '0')}${bban}`
}

/** One CSV line with `;`, quoting what needs it. */
export function csvLine(values: Array<string | number | null | undefined>): string {
  return (
    values
      .map((value) => {
        const text = value === null || value === undefined ? '' : String(value)
        return /[;"\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
      })
      .join(';') + '\n'
  )
}
