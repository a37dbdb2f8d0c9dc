import { type LoaderFunctionArgs, redirect } from '@remix-run/node'
import { z } from 'zod'

import { downloadArchive } from '@/portal/models/privacy.server'

import { portalPayload } from '../payload.server'
import { requireActingSession } from '../session.server'

const params = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) })

/**
 * F-86: the archive, once, for the portal user who asked for it and before it expires; a second
 * use, another user's id or an expired link all lead back to the page with the same notice.
 * "See as" never downloads a person's archive.
 */
export async function loader({ request, context, params: raw }: LoaderFunctionArgs) {
  const { user } = await requireActingSession(request, context)
  const parsed = params.safeParse(raw)
  const response = parsed.success ? await downloadArchive(await portalPayload(), user, parsed.data.id) : null
  return response ?? redirect('/privacy?gone')
}
