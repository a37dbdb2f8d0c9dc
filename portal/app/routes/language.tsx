import { type ActionFunctionArgs, redirect } from '@remix-run/node'
import { z } from 'zod'

import { requireCsrf } from '../csrf.server'
import { languages } from '../i18n'
import { languageCookie } from '../language.server'
import { getSession } from '../session.server'

const languageForm = z.object({
  language: z.enum(languages),
  // Only a path of this site: never an open redirect.
  back: z
    .string()
    .regex(/^\/(?!\/)[^\\]*$/)
    .max(2000)
    .catch('/'),
})

export async function loader() {
  throw new Response('not-found', { status: 404 })
}

/** The language switch (F-59): remembered in a cookie, back to the same page; refused in a see-as session (F-23). */
export async function action({ request, context }: ActionFunctionArgs) {
  if ((await getSession(request, context))?.seeAs) throw new Response('see-as', { status: 403, statusText: 'see-as' })
  const form = await request.formData()
  await requireCsrf(request, context, form)
  const parsed = languageForm.safeParse({ language: form.get('language'), back: form.get('back') ?? '/' })
  if (!parsed.success) throw new Response('bad-request', { status: 400 })
  return redirect(parsed.data.back, { headers: { 'Set-Cookie': languageCookie(parsed.data.language) } })
}
