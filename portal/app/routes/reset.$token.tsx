import { type ActionFunctionArgs, data, type LoaderFunctionArgs } from '@remix-run/node'
import { useActionData, useLoaderData } from '@remix-run/react'

import { resetLinkValid, resetPassword } from '@/portal/models/auth.server'

import { ExpiredLinkPage, SetPasswordPage } from '../password-form'
import { minPasswordLength, setPasswordAction } from '../passwords.server'
import { portalPayload } from '../payload.server'
import { useT } from '../root'

const tokenOf = (params: LoaderFunctionArgs['params']) => (params.token ?? '').slice(0, 200)

/** F-50: a new password from the reset mail's link (one hour, once). */
export async function loader({ params }: LoaderFunctionArgs) {
  if (!(await resetLinkValid(await portalPayload(), tokenOf(params))))
    return data({ expired: true as const, minLength: minPasswordLength }, { status: 410 })
  return { expired: false as const, minLength: minPasswordLength }
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  return setPasswordAction(request, context, tokenOf(params), resetPassword)
}

export default function Reset() {
  const t = useT()
  const loaded = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  if (loaded.expired || result?.expired)
    return <ExpiredLinkPage t={t} title={t.resetExpiredTitle} text={t.resetExpired} />
  return <SetPasswordPage t={t} title={t.resetTitle} intro="" minLength={loaded.minLength} error={result?.error} />
}
