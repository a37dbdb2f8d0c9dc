import type { RelationshipField } from 'payload'

type Options = Omit<Partial<RelationshipField>, 'type' | 'name' | 'label' | 'relationTo'>

/** Lists show relations through this cell (admin/cells/relation-cell.tsx: no "<Kein …>" while loading). */
export const relationCell = '@/admin/cells/relation-cell#RelationCell'

/** A single, indexed relationship: lists filter and join on these. */
export function relation(
  name: string,
  relationTo: string,
  label: RelationshipField['label'],
  options: Options = {},
): RelationshipField {
  const admin = { ...options.admin, components: { Cell: relationCell, ...options.admin?.components } }
  return { name, type: 'relationship', relationTo, label, index: true, ...options, admin } as RelationshipField
}

/** The id of a relationship value, populated or not. */
export function idOf(value: unknown): number | string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') {
    const record = value as { id?: number | string; value?: unknown }
    if ('value' in record && record.value !== undefined) return idOf(record.value)
    return record.id ?? null
  }
  return value as number | string
}
