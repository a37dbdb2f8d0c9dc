import { type ActionFunctionArgs, redirect } from '@remix-run/node'
import { z } from 'zod'

import { requireCsrf } from '../csrf.server'
import { roleScopes, scopeCookie } from '../scope.server'
import { requireActingSession } from '../session.server'

const scopeForm = z.object({ scope: z.enum(roleScopes) })

export async function loader() {
  throw new Response('not-found', { status: 404 })
}

/** The role switch (F-82), remembered in a cookie; refused in a see-as session (F-23). */
export async function action({ request, context }: ActionFunctionArgs) {
  await requireActingSession(request, context)
  const form = await request.formData()
  await requireCsrf(request, context, form)
  const parsed = scopeForm.safeParse({ scope: form.get('scope') })
  if (!parsed.success) throw new Response('bad-request', { status: 400 })
  return redirect('/', { headers: { 'Set-Cookie': scopeCookie(parsed.data.scope) } })
}
