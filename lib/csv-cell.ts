/**
 * CSV injection (OWASP "CSV Injection"): a spreadsheet opening a CSV runs a cell that starts with
 * `=`, `+`, `-` or `@` as a formula (`=HYPERLINK(…)` leaks data, DDE runs commands), and a
 * leading tab or carriage return hides such a start from naive checks. Every CSV Hauswerk writes
 * passes its cells through here, which prefixes them with `'` so the spreadsheet shows text.
 *
 * Only strings are neutralised: numbers Hauswerk writes as numbers (a negative posting amount)
 * are data a spreadsheet must be able to add up, and they can carry no formula. A number that
 * reaches the file as a string (typed into a text field) is text and gets the prefix.
 */
const formulaStart = /^[=+\-@\t\r]/

export function csvCell(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value
}

/** A row of CSV cells with every string cell neutralised; other values unchanged. */
export function csvRow<T extends Record<string, unknown>>(row: T): T {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [key, typeof value === 'string' ? csvCell(value) : value]),
  ) as T
}

/** csv-stringify's `cast` that neutralises every string cell (header and data alike). */
export const csvCellCast = { string: csvCell }
