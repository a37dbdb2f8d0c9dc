import type { FlattenedField } from 'payload'

/** How a key and a field name are compared: `unit_number` clashes with `unitNumber`. */
export const comparableName = (name: string) => name.replace(/_/g, '').toLowerCase()

/**
 * Every field name a module has of its own, at any depth (groups, arrays, tabs), derived from
 * the collection's config, with the names Payload adds. A key may not reuse one: exports, the
 * import's columns and people would not know which is meant.
 */
export function builtInNames(fields: readonly FlattenedField[]): Map<string, string> {
  const names = new Map<string, string>([
    ['id', 'id'],
    ['createdat', 'createdAt'],
    ['updatedat', 'updatedAt'],
  ])
  const visit = (list: readonly FlattenedField[], prefix: string) => {
    for (const field of list) {
      names.set(comparableName(field.name), `${prefix}${field.name}`)
      if ('flattenedFields' in field && Array.isArray(field.flattenedFields)) {
        visit(field.flattenedFields, `${prefix}${field.name}.`)
      }
    }
  }
  visit(fields, '')
  return names
}
