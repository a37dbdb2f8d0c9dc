import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'

import { changePassword, setLanguage } from '@/portal/models/account.server'

import { requireCsrf } from '../csrf.server'
import { dictionaries, languages } from '../i18n'
import { languageCookie, languageOf } from '../language.server'
import { FieldError, NewPasswordFields, type PasswordError } from '../password-form'
import { minPasswordLength, parseNewPassword } from '../passwords.server'
import { portalPayload } from '../payload.server'
import { CsrfField, useT } from '../root'
import { requireActingSession, requireSession } from '../session.server'

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { user } = await requireSession(request, context)
  const params = new URL(request.url).searchParams
  return {
    email: user.email,
    language: user.language === 'en' ? ('en' as const) : ('de' as const),
    saved: params.get('saved'),
    minLength: minPasswordLength,
  }
}

const intent = z.enum(['password', 'language'])

/** F-50/F-59: the own password (with the current one) and the language (portal and mails). */
export async function action({ request, context }: ActionFunctionArgs) {
  const { user } = await requireActingSession(request, context)
  const form = await request.formData()
  await requireCsrf(request, context, form)
  const t = dictionaries[languageOf(request)]
  const payload = await portalPayload()
  const chosen = intent.safeParse(form.get('intent'))
  if (!chosen.success) throw new Response('bad-request', { status: 400 })
  if (chosen.data === 'language') {
    const language = z.enum(languages).safeParse(form.get('language'))
    if (!language.success) throw new Response('bad-request', { status: 400 })
    await setLanguage(payload, user, language.data)
    return redirect('/account?saved=language', { headers: { 'Set-Cookie': languageCookie(language.data) } })
  }
  const current = z.string().min(1).max(1000).safeParse(form.get('currentPassword'))
  if (!current.success)
    return data({ error: { field: 'currentPassword', text: t.currentPasswordWrong } as PasswordError }, { status: 400 })
  const parsed = parseNewPassword(form, t)
  if ('error' in parsed) return data({ error: parsed.error }, { status: 400 })
  const result = await changePassword(payload, user, current.data, parsed.password, context.clientAddress)
  if (!result.ok) {
    const error: PasswordError =
      result.reason === 'current-wrong'
        ? { field: 'currentPassword', text: t.currentPasswordWrong }
        : { field: 'password', text: t.passwordTooShort(result.minLength) }
    return data({ error }, { status: 400 })
  }
  return redirect('/account?saved=password')
}

export default function Account() {
  const t = useT()
  const { email, language, saved, minLength } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const error = result?.error
  return (
    <>
      <title>{`${t.accountTitle} – ${t.appName}`}</title>
      <h1>{t.accountTitle}</h1>
      <p>{t.signedInAs(email)}</p>
      {saved === 'password' || saved === 'language' ? (
        <p className="notice" role="status">
          {saved === 'password' ? t.passwordChanged : t.languageSaved}
        </p>
      ) : null}
      <section className="panel" aria-labelledby="password-heading">
        <h2 id="password-heading">{t.changePassword}</h2>
        <Form method="post" className="stack">
          <CsrfField />
          <input type="hidden" name="intent" value="password" />
          <label htmlFor="currentPassword">{t.currentPassword}</label>
          <input
            id="currentPassword"
            name="currentPassword"
            type="password"
            autoComplete="current-password"
            required
            aria-invalid={error?.field === 'currentPassword' ? true : undefined}
            aria-describedby={error?.field === 'currentPassword' ? 'currentPassword-error' : undefined}
          />
          <FieldError id="currentPassword-error" text={error?.field === 'currentPassword' ? error.text : undefined} />
          <NewPasswordFields t={t} minLength={minLength} error={error} />
          <button type="submit" className="button">
            {t.changePassword}
          </button>
        </Form>
      </section>
      <section className="panel" aria-labelledby="language-heading">
        <h2 id="language-heading">{t.language}</h2>
        <Form method="post" className="stack">
          <CsrfField />
          <input type="hidden" name="intent" value="language" />
          <label htmlFor="language">{t.language}</label>
          <select id="language" name="language" defaultValue={language}>
            {languages.map((code) => (
              <option key={code} value={code} lang={code}>
                {t.languageNames[code]}
              </option>
            ))}
          </select>
          <button type="submit" className="button">
            {t.saveLanguage}
          </button>
        </Form>
      </section>
    </>
  )
}
