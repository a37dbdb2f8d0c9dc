import { type AppLoadContext, data, redirect } from '@remix-run/node'
import type { Payload } from 'payload'
import { z } from 'zod'

import { minPasswordLength } from '@/auth/password'
import type { PasswordFailure, SignedIn } from '@/portal/models/auth.server'

import { requireCsrf } from './csrf.server'
import { dictionaries, type Dictionary } from './i18n'
import { languageOf } from './language.server'
import type { PasswordError } from './password-form'
import { portalPayload } from './payload.server'
import { sessionCookie } from './session.server'

export { minPasswordLength }

const newPassword = z.object({ password: z.string().max(1000), confirm: z.string().max(1000) })

/** Parses "new password twice": the password, or the error to show at its field. */
export function parseNewPassword(form: FormData, t: Dictionary): { password: string } | { error: PasswordError } {
  const parsed = newPassword.safeParse({ password: form.get('password'), confirm: form.get('confirm') })
  if (!parsed.success || parsed.data.password.length < minPasswordLength)
    return { error: { field: 'password', text: t.passwordTooShort(minPasswordLength) } }
  if (parsed.data.password !== parsed.data.confirm) return { error: { field: 'confirm', text: t.passwordsDiffer } }
  return { password: parsed.data.password }
}

type Redeem = (
  payload: Payload,
  token: string,
  password: string,
) => Promise<SignedIn | PasswordFailure | { ok: false; reason: string }>

/**
 * The action of a one-time link that sets a password (invitation, reset): CSRF, the new password
 * twice, then `redeem` — signed in on success, the field's error, or the expired page (410).
 */
export async function setPasswordAction(request: Request, context: AppLoadContext, token: string, redeem: Redeem) {
  const form = await request.formData()
  await requireCsrf(request, context, form)
  const t = dictionaries[languageOf(request)]
  const parsed = parseNewPassword(form, t)
  if ('error' in parsed) return data({ error: parsed.error, expired: false as const }, { status: 400 })
  const result = await redeem(await portalPayload(), token, parsed.password)
  if (result.ok) return redirect('/', { headers: { 'Set-Cookie': sessionCookie(result) } })
  if (result.reason === 'password-too-short' && 'minLength' in result)
    return data(
      { error: { field: 'password' as const, text: t.passwordTooShort(result.minLength) }, expired: false as const },
      { status: 400 },
    )
  return data({ error: undefined, expired: true as const }, { status: 410 })
}
