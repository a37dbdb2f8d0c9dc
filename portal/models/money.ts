/**
 * Money in the portal is integer cents: Payload reads `numeric` columns as JS numbers, and every
 * stored amount has at most two decimals (fields/number.ts `money`), so rounding one amount to
 * cents is exact; sums are then sums of integers, never of binary fractions.
 */
export function toCents(amount: number | string | null | undefined): number {
  if (amount === null || amount === undefined || amount === '') return 0
  const cents = Math.round(Number(amount) * 100)
  if (!Number.isSafeInteger(cents)) throw new Error(`Not an amount: ${amount}`)
  return cents
}
