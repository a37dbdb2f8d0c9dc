import { type ActionFunctionArgs, redirect } from '@remix-run/node'

import { requireCsrf } from '../csrf.server'
import { clearSeeAsCookie, clearSessionCookie, endSession, getSession } from '../session.server'

export async function loader() {
  throw new Response('not-found', { status: 404 })
}

/**
 * POST only: ends the Payload session (the token is dead even if copied) and clears the cookie.
 * In a see-as session (F-23) it ends only the view — the person's sessions are not staff's to end.
 */
export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData()
  await requireCsrf(request, context, form)
  const session = await getSession(request, context)
  if (session?.seeAs) {
    return redirect(`/admin/collections/persons/${session.seeAs.personId}/portal-view`, {
      headers: { 'Set-Cookie': clearSeeAsCookie() },
    })
  }
  if (session) await endSession(session)
  return redirect('/login?signedOut=1', { headers: { 'Set-Cookie': clearSessionCookie() } })
}
