import { APIError, type CollectionBeforeDeleteHook, type CollectionConfig, type Field } from 'payload'

import { fieldAffectsData, fieldHasSubFields, tabHasName } from 'payload/shared'

import { message } from '@/i18n/messages'

type Reference = { collection: string; path: string }

/** Every relationship and upload field of a collection, with its query path. */
function referencesIn(fields: Field[], prefix = ''): Array<{ path: string; relationTo: string[] }> {
  return fields.flatMap((field) => {
    if (field.type === 'tabs') {
      return field.tabs.flatMap((tab) => referencesIn(tab.fields, tabHasName(tab) ? `${prefix}${tab.name}.` : prefix))
    }
    if (fieldHasSubFields(field) && !fieldAffectsData(field)) return referencesIn(field.fields, prefix)
    if ((field.type === 'group' || field.type === 'array') && 'name' in field) {
      return referencesIn(field.fields, `${prefix}${field.name}.`)
    }
    if ((field.type === 'relationship' || field.type === 'upload') && !('virtual' in field && field.virtual)) {
      const relationTo = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
      return [{ path: `${prefix}${field.name}`, relationTo }]
    }
    return []
  })
}

function refuseWhenReferenced(references: Reference[]): CollectionBeforeDeleteHook {
  return async ({ id, req }) => {
    // System counts: what points here matters whether or not the user may read it.
    const counts = await Promise.all(
      references.map(async (reference) => ({
        ...reference,
        count: (
          await req.payload.count({
            collection: reference.collection as never,
            where: { [reference.path]: { equals: id } },
            req,
            overrideAccess: true,
          })
        ).totalDocs,
      })),
    )
    const found = counts.filter((reference) => reference.count > 0)
    if (found.length === 0) return
    const list = found.map((reference) => `${reference.count} × ${reference.collection}.${reference.path}`).join(', ')
    throw new APIError(message(req, 'referenced', { list }), 400, { references: found }, true)
  }
}

/**
 * Deleting a record that others point to is refused with the list of what points to it
 * (nothing in the SPEC cascades). The references are read from the collections themselves, so a
 * new relationship is covered the day it is added.
 */
export function refuseDeletingReferenced(collections: CollectionConfig[]): CollectionConfig[] {
  const pointingAt = new Map<string, Reference[]>()
  for (const collection of collections) {
    for (const { path, relationTo } of referencesIn(collection.fields)) {
      for (const target of relationTo) {
        pointingAt.set(target, [...(pointingAt.get(target) ?? []), { collection: collection.slug, path }])
      }
    }
  }
  return collections.map((collection) => {
    const references = pointingAt.get(collection.slug)
    if (!references) return collection
    return {
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeDelete: [...(collection.hooks?.beforeDelete ?? []), refuseWhenReferenced(references)],
      },
    }
  })
}
