/**
 * Compares a submitted value with the stored one as a person would: relationships by id, dates
 * by instant, array rows without their generated ids, and empty as empty.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))
}

function canonical(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) {
    const time = Date.parse(value)
    return Number.isNaN(time) ? value : new Date(time).toISOString()
  }
  if (Array.isArray(value)) {
    const rows = value.map(canonical)
    return rows.length === 0 ? null : rows
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('relationTo' in record && 'value' in record)
      return { relationTo: record.relationTo, value: canonical(record.value) }
    // A populated relationship compares by its id.
    if ('id' in record && ('createdAt' in record || 'updatedAt' in record)) return record.id
    const entries = Object.keys(record)
      .filter((key) => key !== 'id')
      .sort()
      .map((key) => [key, canonical(record[key])] as const)
      .filter(([, inner]) => inner !== null)
    return entries.length === 0 ? null : Object.fromEntries(entries)
  }
  return value
}
