import type { Validate } from 'payload'

import { idOf } from '@/fields/relationship'
import { message } from '@/i18n/messages'

const what = {
  'building-parts': 'Gebäudeteil / building part',
  staircases: 'Stiege / staircase',
  'document-folders': 'Ordner / folder',
} as const

/**
 * A building part, staircase or folder chosen for a record must belong to the record's own
 * object. The check reads the referenced row as the system: it is consistency, not visibility.
 */
export function sameObject(collection: keyof typeof what): Validate {
  return async (value, { req, data }) => {
    const id = idOf(value)
    if (!id) return true
    const referenced = await req.payload.findByID({
      collection,
      id,
      depth: 0,
      req,
      overrideAccess: true,
      select: { object: true },
      disableErrors: true,
    })
    if (!referenced) return message(req, 'notFound', { what: what[collection], id })
    const objectId = idOf((data as { object?: unknown } | undefined)?.object)
    return String(idOf(referenced.object)) === String(objectId) ? true : message(req, 'otherObject')
  }
}
