import { type ActionFunctionArgs, data, type LoaderFunctionArgs, redirect } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'

import { acceptInvitation, invitationLinkState } from '@/portal/models/auth.server'

import { requireCsrf } from '../csrf.server'
import { dictionaries } from '../i18n'
import { languageOf } from '../language.server'
import { ExpiredLinkPage, SetPasswordPage } from '../password-form'
import { minPasswordLength, parseNewPassword } from '../passwords.server'
import { portalPayload } from '../payload.server'
import { useT } from '../root'
import { sessionCookie } from '../session.server'

const tokenOf = (params: LoaderFunctionArgs['params']) => (params.token ?? '').slice(0, 200)

/** F-50: the invited person chooses a password; the link works once and expires (410 after). */
export async function loader({ params }: LoaderFunctionArgs) {
  const state = await invitationLinkState(await portalPayload(), tokenOf(params))
  if (state !== 'valid') return data({ expired: true as const, minLength: minPasswordLength }, { status: 410 })
  return { expired: false as const, minLength: minPasswordLength }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData()
  await requireCsrf(request, form)
  const t = dictionaries[languageOf(request)]
  const parsed = parseNewPassword(form, t)
  if ('error' in parsed) return data({ error: parsed.error, expired: false as const }, { status: 400 })
  const result = await acceptInvitation(await portalPayload(), tokenOf(params), parsed.password)
  if (result.ok) return redirect('/', { headers: { 'Set-Cookie': sessionCookie(result) } })
  if (result.reason === 'password-too-short')
    return data(
      { error: { field: 'password' as const, text: t.passwordTooShort(result.minLength) }, expired: false as const },
      { status: 400 },
    )
  return data({ error: undefined, expired: true as const }, { status: 410 })
}

export default function Invitation() {
  const t = useT()
  const loaded = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  if (loaded.expired || result?.expired)
    return (
      <ExpiredLinkPage t={t} title={t.invitationExpiredTitle} text={t.invitationExpired} hint={t.invitationUsedHint} />
    )
  return (
    <SetPasswordPage
      t={t}
      title={t.invitationTitle}
      intro={t.invitationIntro}
      minLength={loaded.minLength}
      error={result?.error}
    />
  )
}
