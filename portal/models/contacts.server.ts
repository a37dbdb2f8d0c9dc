import type { Payload } from 'payload'

import type { PortalUser } from '@/access/portal'

/**
 * The published contacts and images of the objects the person is related to (F-53, F-31): for
 * their audience, public details only — built by the rules in access/ and collections/objects-portal.
 */
export async function objectContacts(payload: Payload, user: PortalUser) {
  const { docs } = await payload.find({
    collection: 'objects',
    user,
    overrideAccess: false,
    depth: 0,
    pagination: false,
    sort: 'number',
    select: { number: true, name: true, address: true, publishedContacts: true, publishedImages: true },
  })
  return docs
}
