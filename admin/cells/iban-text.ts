import { formatIban } from '@/lib/format'

/**
 * How a list shows an IBAN: grouped in fours (`AT61 1904 3002 3457 3201`); the value stays
 * normalised in the database and the API. A masked IBAN arrives grouped already (fields/bank.ts).
 */
export function ibanCellText(value: unknown): string {
  if (typeof value !== 'string' || !value) return ''
  return value.includes('*') ? value : formatIban(value)
}
