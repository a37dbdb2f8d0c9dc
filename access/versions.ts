import type { Access, CollectionConfig } from 'payload'

/**
 * No collection or global of Hauswerk keeps versions, yet Payload routes `/versions` to each and
 * fails inside with a 500. Reading versions is refused instead: a 403 for everyone.
 */
export const noVersions: Access = () => false

/** Closes `/versions` of a collection that keeps none. */
export function closeVersionsWhereNone(collection: CollectionConfig): CollectionConfig {
  if (collection.versions) return collection
  return { ...collection, access: { ...collection.access, readVersions: noVersions } }
}
