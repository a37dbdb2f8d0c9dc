import { type ActionFunctionArgs, data, type LoaderFunctionArgs } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'

import { acceptInvitation, invitationLinkState } from '@/portal/models/auth.server'

import { ExpiredLinkPage, SetPasswordPage } from '../password-form'
import { minPasswordLength, setPasswordAction } from '../passwords.server'
import { portalPayload } from '../payload.server'
import { useT } from '../root'

const tokenOf = (params: LoaderFunctionArgs['params']) => (params.token ?? '').slice(0, 200)

/** F-50: the invited person chooses a password; the link works once and expires (410 after). */
export async function loader({ params }: LoaderFunctionArgs) {
  const state = await invitationLinkState(await portalPayload(), tokenOf(params))
  if (state !== 'valid') return data({ expired: true as const, minLength: minPasswordLength }, { status: 410 })
  return { expired: false as const, minLength: minPasswordLength }
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  return setPasswordAction(request, context, tokenOf(params), acceptInvitation)
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
