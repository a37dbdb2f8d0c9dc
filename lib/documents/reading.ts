import { sql } from 'drizzle-orm'
import type { PayloadRequest } from 'payload'

import { isPortalUser, personOf, type PortalUser } from '@/access/portal'
import { todayStamp } from '@/access/portal-scope'
import { sqlFor } from '@/lib/sql'

export type ReadAction = 'list' | 'read' | 'download'

/**
 * Rule 7: every portal read of a document is logged — who (portal user and person, or the staff
 * member looking "as" them), what (the documents), when. One row per operation, written by the
 * system on the request's transaction. Ids are kept as numbers so that the log outlives deletions.
 */
export async function logDocumentRead(req: PayloadRequest, action: ReadAction, documentIds: number[]) {
  const user = req.user
  if (!isPortalUser(user) || documentIds.length === 0) return
  // One plain INSERT (no read-back) on the request's transaction: this runs on every portal read.
  const db = await sqlFor(req)
  await db.execute(sql`
    insert into document_access_log (action, person_id, portal_user_id, see_as_staff_user_id, document_ids, document_count, updated_at, created_at)
    values (${action}, ${personOf(user)}, ${user.seeAs ? null : user.id}, ${user.seeAs?.staffUserId ?? null},
      ${JSON.stringify(documentIds)}::jsonb, ${documentIds.length}, now(), now())`)
}

/**
 * F-81: the first time a recipient opens or downloads a document released to them, with the file
 * version they got and the release it came through. Later opens change nothing (one row per
 * document and person, enforced by a unique index). Staff looking "as" a person record nothing.
 */
export async function recordReceipt(
  req: PayloadRequest,
  user: PortalUser,
  documentId: number,
  via: 'open' | 'download',
) {
  if (user.seeAs) return
  const personId = personOf(user)
  const db = await sqlFor(req)
  await db.execute(sql`
    with today as (select ${todayStamp} as day),
    release as (
      select r.id, r.batch_id from document_releases r
      cross join today
      left join tenancies t on t.id = r.tenancy_id
      where r.document_id = ${documentId} and r.person_id = ${personId}
        and (r.valid_from is null or r.valid_from <= today.day)
        and (r.valid_until is null or r.valid_until >= today.day)
        and (r.tenancy_id is null or t.move_out is null or t.move_out >= today.day)
      order by r.created_at desc limit 1
    )
    insert into document_receipts (document_id, person_id, portal_user_id, release_id, batch_id, opened_at, via, file_version, filename, updated_at, created_at)
    select ${documentId}, ${personId}, ${user.id}, release.id, release.batch_id, now(), ${via}, d.file_version, d.filename, now(), now()
    from release join documents d on d.id = ${documentId}
    on conflict (document_id, person_id) do nothing`)
}
