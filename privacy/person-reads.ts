import type { CollectionAfterOperationHook } from 'payload'

import { isPortalUser } from '@/access/portal'
import { isStaff } from '@/access/staff'
import { runStatement, statement } from '@/db/client'

const logStatement = statement(
  'person-read-log',
  `insert into document_access_log (subject, action, person_id, staff_user_id, see_as_staff_user_id, document_ids, document_count, updated_at, created_at)
  select 'person', $1, id, $2, $3, '[]'::jsonb, 0, now(), now() from unnest($4::int[]) as id`,
)

/**
 * F-86: a person learns who read their record. Every staff read of person records — a list, one
 * record, or persons pulled in by depth (Payload populates them through this same find) — and
 * every "see as" look writes one row per person read, on the request's transaction. System
 * reads (import, seed, jobs) have no user and are not reads by anyone.
 */
export const logPersonReads: CollectionAfterOperationHook = async ({ operation, req, result }) => {
  const user = req.user
  const staffUserId = isStaff(user) ? user.id : null
  const seeAsStaffUserId = isPortalUser(user) ? (user.seeAs?.staffUserId ?? null) : null
  if (staffUserId === null && seeAsStaffUserId === null) return result
  let ids: number[] = []
  if (operation === 'find') ids = ((result as { docs?: Array<{ id: number }> }).docs ?? []).map((doc) => doc.id)
  else if (operation === 'findByID' && result) ids = [(result as { id: number }).id]
  if (ids.length === 0) return result
  await runStatement(req, logStatement, [operation === 'find' ? 'list' : 'read', staffUserId, seeAsStaffUserId, ids])
  return result
}
