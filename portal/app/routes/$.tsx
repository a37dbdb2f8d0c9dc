import type { LoaderFunctionArgs } from '@remix-run/node'

import { requireSession } from '../session.server'

/** Any unknown path: the same 404 page as an id that is not the person's. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireSession(request, context)
  throw new Response('not-found', { status: 404 })
}

export default function NotFound() {
  return null
}
