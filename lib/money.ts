/**
 * Money is exact (SPEC section 5): amounts travel as integer cents from reading to printing.
 * Postgres `numeric` arrives as a decimal string (SQL) or as the nearest binary number (Payload);
 * both become cents here, once, and sums are sums of integers.
 */

export type Cents = number

const decimal = /^([+-])?(\d+)(?:[.,](\d+))?$/

/** `'1234.5'`, `'-0.07'`, `12.3` → cents; more than two decimals are refused rather than rounded. */
export function toCents(value: number | string): Cents {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`not an amount: ${value}`)
    // A number with at most two decimals is within 1e-9 of its cents; anything else is a bug upstream.
    const cents = Math.round(value * 100)
    if (Math.abs(cents - value * 100) > 1e-6) throw new RangeError(`more than two decimals: ${value}`)
    return cents === 0 ? 0 : cents
  }
  const match = decimal.exec(value.trim())
  if (!match) throw new RangeError(`not an amount: ${value}`)
  const [, sign, whole, fraction = ''] = match
  if (fraction.replace(/0+$/, '').length > 2) throw new RangeError(`more than two decimals: ${value}`)
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0').slice(0, 2))
  return sign === '-' && cents !== 0 ? -cents : cents
}

/** `-123456` → `'-1234.56'`: the decimal text Postgres and Payload's number fields take. */
export function centsToDecimal(cents: Cents): string {
  const sign = cents < 0 ? '-' : ''
  const absolute = Math.abs(cents)
  return `${sign}${Math.trunc(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`
}

export function sumCents(amounts: Iterable<Cents>): Cents {
  let total = 0
  for (const amount of amounts) total += amount
  return total
}
