import { createLocalReq, type Payload, ValidationError } from 'payload'

import type { PortalUser } from '@/access/portal'
import { minPasswordLength, passwordTooShort } from '@/auth/password'

/**
 * The portal user's own account (SPEC F-50, F-59): their password, with the current one, and
 * their language. Both are updates of their own sign-in as the user (the portal view allows
 * exactly these, access/portal-views.ts).
 */

export type PasswordChangeFailure = { ok: false; reason: 'password-too-short' | 'current-wrong'; minLength: number }

/**
 * Changes the password after checking the current one (auth/password-change.ts; wrong guesses
 * count like failed sign-ins of `clientAddress`). Payload keeps the session: the person stays
 * signed in.
 */
export async function changePassword(
  payload: Payload,
  user: PortalUser,
  currentPassword: string,
  password: string,
  clientAddress: string,
): Promise<{ ok: true } | PasswordChangeFailure> {
  if (passwordTooShort(password)) return { ok: false, reason: 'password-too-short', minLength: minPasswordLength }
  const req = await createLocalReq({ user, context: { clientAddress } }, payload)
  try {
    await payload.update({
      collection: 'portal-users',
      id: user.id,
      data: { password, currentPassword } as never,
      req,
      user,
      overrideAccess: false,
      depth: 0,
    })
    return { ok: true }
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, reason: 'current-wrong', minLength: minPasswordLength }
    throw error
  }
}

/** Saves the language of the portal and of the mails to the person (F-59). */
export async function setLanguage(payload: Payload, user: PortalUser, language: 'de' | 'en'): Promise<void> {
  await payload.update({
    collection: 'portal-users',
    id: user.id,
    data: { language },
    user,
    overrideAccess: false,
    depth: 0,
  })
}
