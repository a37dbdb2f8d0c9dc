import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/fields/relationship'
import { defaultMoveIn } from '@/lib/tenancy'

/** A tenancy without a move-in date starts on the object's take-over date (SPEC F-06). */
export const defaultMoveInFromObject: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const moveIn = data.moveIn !== undefined ? data.moveIn : originalDoc?.moveIn
  if (moveIn) return data
  const unitId = idOf(data.unit ?? originalDoc?.unit)
  if (!unitId) return data
  // System read: the default comes from configuration, whatever the user may read.
  const unit = await req.payload.findByID({
    collection: 'units',
    id: unitId,
    depth: 1,
    req,
    overrideAccess: true,
    select: { object: true },
    populate: { objects: { takeOverDate: true } },
    disableErrors: true,
  })
  const object = unit?.object
  const takeOverDate = typeof object === 'object' && object ? object.takeOverDate : null
  return { ...data, moveIn: defaultMoveIn(null, takeOverDate) }
}
