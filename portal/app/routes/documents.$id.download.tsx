import type { LoaderFunctionArgs } from '@remix-run/node'
import { z } from 'zod'

import { documentFile, documentForDownload } from '@/portal/models/documents.server'

import { notFoundPage } from '../error-page.server'
import { portalPayload } from '../payload.server'
import { requireSession } from '../session.server'

const params = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) })

/**
 * F-52 download: the document must be released to the person (a foreign id answers exactly like a
 * missing one), then the bytes come from Payload's access-checked file route as this user, which
 * checks access again and records the read log and the proof of receipt (F-81, rule 7).
 */
export async function loader({ request, context, params: raw }: LoaderFunctionArgs) {
  const session = await requireSession(request, context)
  const parsed = params.safeParse(raw)
  // "See as" offers no download: the bytes would count as the person's receipt (F-23, F-81).
  if (!parsed.success || session.seeAs) return notFoundPage(request)
  const payload = await portalPayload()
  const doc = await documentForDownload(payload, session.user, parsed.data.id)
  if (!doc?.filename) return notFoundPage(request)
  const file = await documentFile(payload, session.user, doc.filename)
  if (!file) return notFoundPage(request)
  const headers = new Headers({
    'Content-Type': file.headers.get('Content-Type') ?? doc.mimeType ?? 'application/octet-stream',
    'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(doc.filename)}`,
    'Cache-Control': 'private, no-store',
  })
  const length = file.headers.get('Content-Length')
  if (length) headers.set('Content-Length', length)
  return new Response(file.body, { status: 200, headers })
}
