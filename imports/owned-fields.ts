import type { CollectionSlug, FlattenedField, Payload } from 'payload'

import { tableNameOf, tableOf } from '@/db/client'
import { isOwnedByAccounting } from '@/fields/source'

/**
 * Which fields of a collection the accounting system owns, read from the collection config (the
 * `ownedByAccounting` marks): the import updates exactly these, so staff additions survive
 * (SPEC F-11). Paths use dots for groups (`address.street`); an owned group owns its children.
 */
export function ownedPaths(payload: Payload, slug: CollectionSlug): Set<string> {
  const owned = new Set<string>()
  const walk = (fields: FlattenedField[], prefix: string, inherited: boolean) => {
    for (const field of fields) {
      const path = `${prefix}${field.name}`
      const isOwned = inherited || isOwnedByAccounting(field)
      if (field.type === 'group' && 'flattenedFields' in field) {
        if (isOwned) owned.add(path)
        walk(field.flattenedFields, `${path}.`, isOwned)
      } else if (isOwned) owned.add(path)
    }
  }
  walk(payload.collections[slug].config.flattenedFields, '', false)
  return owned
}

type DrizzleColumns = Record<string, { name?: string }>

/** The SQL table Payload generated for a collection (or one of its array fields). */
export function tableName(payload: Payload, slug: CollectionSlug, arrayPath?: string): string {
  const base = tableNameOf(payload, slug)
  if (!arrayPath) return base
  const snake = arrayPath
    .split('.')
    .map((part) => part.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`))
    .join('_')
  const name = `${base}_${snake}`
  if (!tableOf(payload, name)) throw new Error(`No table ${name} for ${slug}.${arrayPath}`)
  return name
}

/**
 * The SQL column Payload generated for a field path (`address.houseNumber` →
 * `address_house_number`, `object` → `object_id`), read from its Drizzle schema, so the import
 * writes the same columns as the Local API. Throws for a path that has no column.
 */
export function columnOf(
  payload: Payload,
  slug: CollectionSlug,
  path: string,
  table = tableName(payload, slug),
): string {
  const columns = tableOf(payload, table) as DrizzleColumns | undefined
  const column = columns?.[path.replaceAll('.', '_')]?.name
  if (!column) throw new Error(`No column for ${slug}.${path} in ${table}`)
  return column
}
