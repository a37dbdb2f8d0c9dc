import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'

import { signIn } from '@/portal/models/auth.server'

import { requireCsrf } from '../csrf.server'
import { languageCookie } from '../language.server'
import { portalPayload } from '../payload.server'
import { CsrfField, useT } from '../root'
import { getSession, sessionCookie } from '../session.server'

const loginForm = z.object({ email: z.email().max(320), password: z.string().min(1).max(1000) })

export async function loader({ request, context }: LoaderFunctionArgs) {
  if (await getSession(request, context)) throw redirect('/')
  const params = new URL(request.url).searchParams
  return { ended: params.has('ended'), signedOut: params.has('signedOut') }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData()
  await requireCsrf(request, context, form)
  const parsed = loginForm.safeParse({ email: form.get('email'), password: form.get('password') })
  const email = typeof form.get('email') === 'string' ? String(form.get('email')) : ''
  if (!parsed.success) return data({ error: 'invalid' as const, email }, { status: 400 })
  const result = await signIn(await portalPayload(), parsed.data.email, parsed.data.password, context.clientAddress)
  // Wrong password, unknown address, a disabled account and a throttled client answer alike.
  if (!result.ok) return data({ error: 'failed' as const, email }, { status: 401 })
  // The portal speaks the language saved on the account (F-59) from the first page on.
  const headers = new Headers()
  headers.append('Set-Cookie', sessionCookie(result))
  headers.append('Set-Cookie', languageCookie(result.user.language === 'en' ? 'en' : 'de'))
  return redirect('/', { headers })
}

export default function Login() {
  const t = useT()
  const { ended, signedOut } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const error = result?.error === 'failed' ? t.loginFailed : result?.error === 'invalid' ? t.loginInvalid : null
  return (
    <section className="panel narrow">
      <title>{`${t.loginTitle} – ${t.appName}`}</title>
      <h1>{t.loginTitle}</h1>
      {ended && !error ? (
        <p className="notice" role="status">
          {t.sessionEnded}
        </p>
      ) : null}
      {signedOut && !error ? (
        <p className="notice" role="status">
          {t.signedOut}
        </p>
      ) : null}
      {error ? (
        <p className="error" role="alert" id="login-error">
          {error}
        </p>
      ) : null}
      <p>{t.loginIntro}</p>
      <Form method="post" className="stack" aria-describedby={error ? 'login-error' : undefined}>
        <CsrfField />
        <label htmlFor="email">{t.email}</label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={result?.email ?? ''}
          aria-invalid={error ? true : undefined}
        />
        <label htmlFor="password">{t.password}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
        <button type="submit" className="button">
          {t.signIn}
        </button>
      </Form>
      <p>
        <a href="/forgot">{t.forgotLink}</a>
      </p>
    </section>
  )
}
