import { type ActionFunctionArgs, redirect } from '@remix-run/node'

import { requireCsrf } from '../csrf.server'
import { clearSessionCookie, endSession, getSession } from '../session.server'

export async function loader() {
  throw new Response('not-found', { status: 404 })
}

/** POST only: ends the Payload session (the token is dead even if copied) and clears the cookie. */
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData()
  await requireCsrf(request, form)
  const session = await getSession(request)
  if (session) await endSession(session)
  return redirect('/login?signedOut=1', { headers: { 'Set-Cookie': clearSessionCookie() } })
}
