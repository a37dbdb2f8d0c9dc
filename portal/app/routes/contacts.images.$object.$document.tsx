import type { LoaderFunctionArgs } from '@remix-run/node'
import { z } from 'zod'

import { requireSession } from '../session.server'

const params = z.object({
  object: z.coerce.number().int().positive().max(2_147_483_647),
  document: z.coerce.number().int().positive().max(2_147_483_647),
})

const notFound = () => new Response('not-found', { status: 404 })

/**
 * An image an object publishes (F-31, F-53), fetched as the signed-in user from the object's
 * access-checked image endpoint (which logs the read); 404 for anything not theirs.
 */
export async function loader({ request, context, params: raw }: LoaderFunctionArgs) {
  const session = await requireSession(request, context)
  const parsed = params.safeParse(raw)
  if (!parsed.success) throw notFound()
  const next = process.env.HAUSWERK_NEXT_URL
  if (!next) throw new Error('HAUSWERK_NEXT_URL is not set (the portal server sets it)')
  const { object, document } = parsed.data
  const file = await fetch(new URL(`/api/objects/${object}/images/${document}`, next), {
    headers: { Authorization: `JWT ${session.token}` },
  })
  if (!file.ok || !file.body) throw notFound()
  const type = file.headers.get('Content-Type') ?? ''
  if (!type.startsWith('image/')) throw notFound()
  return new Response(file.body, {
    headers: { 'Content-Type': type, 'Cache-Control': 'private, max-age=300' },
  })
}
