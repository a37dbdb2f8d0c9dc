import type { Validate } from 'payload'

import { idOf } from '@/fields/relationship'
import { message } from '@/i18n/messages'

/**
 * A building part or staircase chosen for a record must belong to the record's own object.
 * The check reads the referenced row as the system: it is consistency, not visibility.
 */
export function sameObject(collection: 'building-parts' | 'staircases'): Validate {
  return async (value, { req, data }) => {
    const id = idOf(value)
    const objectId = idOf((data as { object?: unknown })?.object)
    if (!id || !objectId) return true
    const referenced = await req.payload.findByID({
      collection,
      id,
      depth: 0,
      req,
      overrideAccess: true,
      select: { object: true },
      disableErrors: true,
    })
    return referenced && String(idOf(referenced.object)) === String(objectId) ? true : message(req, 'otherObject')
  }
}
