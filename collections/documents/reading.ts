import type { PayloadRequest } from 'payload'

import { isPortalUser, personOf, type PortalUser } from '@/access/portal'
import { releaseInForce, todayStamp } from '@/access/portal-scope'
import { runStatement, statement } from '@/db/client'

export type ReadAction = 'list' | 'read' | 'download'

const logStatement = statement(
  'document-read-log',
  `insert into document_access_log (subject, action, person_id, portal_user_id, see_as_staff_user_id, document_ids, document_count, updated_at, created_at)
  values ('documents', $1, $2, $3, $4, $5::jsonb, $6, now(), now())`,
)

const receiptStatement = statement(
  'document-receipt',
  `
    with today as (select ${todayStamp} as day),
    release as (
      select r.id, r.batch_id from document_releases r
      cross join today
      left join tenancies t on t.id = r.tenancy_id
      where r.document_id = $1 and r.person_id = $2 and ${releaseInForce}
      order by r.created_at desc limit 1
    )
    insert into document_receipts (document_id, person_id, portal_user_id, release_id, batch_id, opened_at, via, file_version, filename, updated_at, created_at)
    select $1, $2, $3, release.id, release.batch_id, now(), $4, d.file_version, d.filename, now(), now()
    from release join documents d on d.id = $1
    on conflict (document_id, person_id) do nothing`,
)

/**
 * Rule 7: every portal read of a document is logged — who (portal user and person, or the staff
 * member looking "as" them), what (the documents), when. One row per operation, written by the
 * system on the request's transaction. Ids are kept as numbers so that the log outlives deletions.
 */
export async function logDocumentRead(req: PayloadRequest, action: ReadAction, documentIds: number[]) {
  const user = req.user
  if (!isPortalUser(user) || documentIds.length === 0) return
  // One plain INSERT (no read-back) on the request's transaction: this runs on every portal read.
  await runStatement(req, logStatement, [
    action,
    personOf(user),
    user.seeAs ? null : user.id,
    user.seeAs?.staffUserId ?? null,
    JSON.stringify(documentIds),
    documentIds.length,
  ])
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
  await runStatement(req, receiptStatement, [documentId, personId, user.id, via])
}
