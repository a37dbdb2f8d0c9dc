import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'

import { resetLinkValid, resetPassword } from '@/portal/models/auth.server'

import { requireCsrf } from '../csrf.server'
import { dictionaries } from '../i18n'
import { languageOf } from '../language.server'
import { ExpiredLinkPage, SetPasswordPage } from '../password-form'
import { minPasswordLength, parseNewPassword } from '../passwords.server'
import { portalPayload } from '../payload.server'
import { useT } from '../root'
import { sessionCookie } from '../session.server'

const tokenOf = (params: LoaderFunctionArgs['params']) => (params.token ?? '').slice(0, 200)

/** F-50: a new password from the reset mail's link (one hour, once). */
export async function loader({ params }: LoaderFunctionArgs) {
  if (!(await resetLinkValid(await portalPayload(), tokenOf(params))))
    return data({ expired: true as const, minLength: minPasswordLength }, { status: 410 })
  return { expired: false as const, minLength: minPasswordLength }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData()
  await requireCsrf(request, form)
  const t = dictionaries[languageOf(request)]
  const parsed = parseNewPassword(form, t)
  if ('error' in parsed) return data({ error: parsed.error, expired: false as const }, { status: 400 })
  const result = await resetPassword(await portalPayload(), tokenOf(params), parsed.password)
  if (result.ok) return redirect('/', { headers: { 'Set-Cookie': sessionCookie(result) } })
  if (result.reason === 'password-too-short')
    return data(
      { error: { field: 'password' as const, text: t.passwordTooShort(result.minLength) }, expired: false as const },
      { status: 400 },
    )
  return data({ error: undefined, expired: true as const }, { status: 410 })
}

export default function Reset() {
  const t = useT()
  const loaded = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  if (loaded.expired || result?.expired)
    return <ExpiredLinkPage t={t} title={t.resetExpiredTitle} text={t.resetExpired} />
  return <SetPasswordPage t={t} title={t.resetTitle} intro="" minLength={loaded.minLength} error={result?.error} />
}
