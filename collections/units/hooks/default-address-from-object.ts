import type { CollectionBeforeChangeHook } from 'payload'

import { idOf } from '@/fields/relationship'

const addressKeys = ['street', 'houseNumber', 'postcode', 'city', 'country'] as const

/** A new unit without an address of its own takes the object's (SPEC F-02). */
export const defaultAddressFromObject: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const given = data.address ?? {}
  if (addressKeys.some((key) => key !== 'country' && given[key])) return data
  const objectId = idOf(data.object)
  if (!objectId) return data
  // System read: the object's address is copied as a default, whatever the user may read.
  const object = await req.payload.findByID({
    collection: 'objects',
    id: objectId,
    depth: 0,
    req,
    overrideAccess: true,
    select: { address: true },
    disableErrors: true,
  })
  if (!object?.address) return data
  return { ...data, address: { ...object.address, door: given.door ?? null } }
}
