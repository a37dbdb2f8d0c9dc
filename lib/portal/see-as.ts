import type { Payload } from 'payload'

import type { PortalUser } from '@/access/portal'
import type { StaffUser } from '@/access/staff'

/**
 * The user "see as" (F-23) passes to the portal's model functions: the person's own portal user
 * when they have one, otherwise a stand-in for a person not yet invited (so staff can check the
 * releases before inviting). Marked `seeAs`: reads are logged as the staff member's, nothing counts
 * as the person's receipt, and it can change nothing.
 */
export async function seeAsUser(payload: Payload, staff: StaffUser, personId: number): Promise<PortalUser> {
  // System read: which sign-in belongs to the person is what the view is about.
  const { docs } = await payload.find({
    collection: 'portal-users',
    where: { person: { equals: personId } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const seeAs = { staffUserId: staff.id }
  if (docs[0]) return { ...docs[0], collection: 'portal-users', seeAs }
  const now = new Date().toISOString()
  return { id: 0, email: '', person: personId, createdAt: now, updatedAt: now, collection: 'portal-users', seeAs }
}
