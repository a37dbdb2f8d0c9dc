import { type ActionFunctionArgs, type LoaderFunctionArgs, redirect } from '@remix-run/node'
import { Form, useActionData } from '@remix-run/react'
import { z } from 'zod'

import { requestPasswordReset } from '@/portal/models/auth.server'

import { requireCsrf } from '../csrf.server'
import { portalPayload } from '../payload.server'
import { CsrfField, useT } from '../root'
import { getSession } from '../session.server'

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (await getSession(request, context)) throw redirect('/account')
  return null
}

/** F-50: the same answer whether the address has a sign-in or not (the mail goes out afterwards). */
export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData()
  await requireCsrf(request, context, form)
  const address = z.string().max(320).catch('').parse(form.get('email'))
  requestPasswordReset(await portalPayload(), address)
  return { sent: true }
}

export default function Forgot() {
  const t = useT()
  const result = useActionData<typeof action>()
  return (
    <section className="panel narrow">
      <title>{`${t.forgotTitle} – ${t.appName}`}</title>
      <h1>{t.forgotTitle}</h1>
      {result?.sent ? (
        <p className="notice" role="status">
          {t.forgotSent}
        </p>
      ) : (
        <>
          <p>{t.forgotIntro}</p>
          <Form method="post" className="stack">
            <CsrfField />
            <label htmlFor="email">{t.email}</label>
            <input id="email" name="email" type="email" autoComplete="username" required maxLength={320} />
            <button type="submit" className="button">
              {t.sendLink}
            </button>
          </Form>
        </>
      )}
      <p>
        <a href="/login">{t.loginTitle}</a>
      </p>
    </section>
  )
}
