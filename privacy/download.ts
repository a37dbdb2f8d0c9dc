import { createReadStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import type { PayloadRequest } from 'payload'

import { isPortalUser } from '@/access/portal'
import { isStaff } from '@/access/staff'
import { runStatement, statement } from '@/db/client'

import { archiveDirectory } from './archive'

// One statement decides and marks the one download: a second click, another user or an expired
// link finds no row, also when two requests race.
const claimStatement = statement(
  'privacy-claim',
  `update privacy_requests set status = 'downloaded', archive_downloaded_at = now(), updated_at = now()
  where id = $1 and kind = 'export' and status = 'ready' and archive_expires_at > now()
    and (requested_by_portal_user = $2 or requested_by_staff_user_id = $3)
  returning archive_filename as filename`,
)

/**
 * The archive of an export request, for the one who asked for it, once, before it expires; null
 * for anything else (the caller answers as for a missing record). The file is removed once sent.
 */
export async function claimArchive(req: PayloadRequest, requestId: number): Promise<Response | null> {
  const user = req.user
  const portalUser = isPortalUser(user) && !user.seeAs ? user.id : null
  const staffUser = isStaff(user) ? user.id : null
  if (portalUser === null && staffUser === null) return null
  const [row] = await runStatement(req, claimStatement, [requestId, portalUser, staffUser])
  if (!row?.filename) return null
  const file = path.join(archiveDirectory(), path.basename(String(row.filename)))
  const stream = createReadStream(file)
  stream.on('close', () => void rm(file, { force: true }))
  return new Response(Readable.toWeb(stream) as ReadableStream, {
    status: 200,
    headers: {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="hauswerk-daten-${requestId}.zip"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
