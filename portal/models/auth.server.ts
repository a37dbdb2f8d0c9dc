import { APIError, AuthenticationError, createLocalReq, logoutOperation, type Payload, ValidationError } from 'payload'
import { z } from 'zod'

import type { PortalUser } from '@/access/portal'
import type { PortalUser as PortalUserDoc } from '@/payload-types'
import { type AcceptInvitationFailure, invitationState, redeemInvitation } from '@/auth/invitations'
import { minPasswordLength, passwordTooShort } from '@/auth/password'
import { SignInRefused } from '@/auth/sign-in'

/**
 * Sign-in, sign-out, invitation and password reset of portal users (SPEC F-50). Each failure is
 * a typed reason the page turns into text in the user's language; none tells whether an address
 * has an account.
 */

export type SignedIn = { ok: true; token: string; exp: number; user: PortalUser }

/**
 * 'invalid': wrong address or password; 'throttled': this client tried too often for this
 * address or overall (ADR 0053). The page shows both with the same text (`loginFailed` in portal/app/i18n.ts): the
 * throttle depends only on the client's own attempts, so it reveals nothing about the account.
 */
export type SignInFailure = { ok: false; reason: 'invalid' | 'throttled' }

const email = z.email().max(254)

/** When the session token expires (seconds since 1970), read from the token Payload signed. */
function expiryOf(token: string): number {
  const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: number }
  return claims.exp ?? 0
}

/**
 * Signs a portal user in. `clientAddress` is the address of the browser as the portal server
 * saw it (its socket, or the entry our own proxy appended to X-Forwarded-For — see
 * `clientFromForwardedFor` in auth/client-address.ts).
 */
export async function signIn(
  payload: Payload,
  address: string,
  password: string,
  clientAddress: string,
): Promise<SignedIn | SignInFailure> {
  const parsed = email.safeParse(address.trim())
  if (!parsed.success || !password) return { ok: false, reason: 'invalid' }
  try {
    const result = await payload.login({
      collection: 'portal-users',
      data: { email: parsed.data, password },
      context: { clientAddress },
      depth: 0,
    })
    if (!result.token || !result.exp) return { ok: false, reason: 'invalid' }
    return {
      ok: true,
      token: result.token,
      exp: result.exp,
      user: { ...(result.user as PortalUserDoc), collection: 'portal-users' },
    }
  } catch (error) {
    if (error instanceof SignInRefused) return { ok: false, reason: error.reason }
    if (error instanceof AuthenticationError || error instanceof ValidationError)
      return { ok: false, reason: 'invalid' }
    throw error
  }
}

/** Ends this session (the one in the user's token, `_sid`); the page clears the cookie. */
export async function signOut(payload: Payload, user: PortalUser & { _sid?: string }): Promise<void> {
  const req = await createLocalReq({ user }, payload)
  await logoutOperation({ collection: payload.collections['portal-users'], req })
}

export type PasswordFailure = { ok: false; reason: 'password-too-short'; minLength: number }

/**
 * Sets the password of an invited person and signs them in. The link works once: 'invalid' for
 * a token never issued or already used, 'expired' after the days set in the settings
 * (`invitationValidDays`).
 */
export async function acceptInvitation(
  payload: Payload,
  token: string,
  password: string,
): Promise<SignedIn | PasswordFailure | { ok: false; reason: AcceptInvitationFailure }> {
  if (passwordTooShort(password)) return { ok: false, reason: 'password-too-short', minLength: minPasswordLength }
  const redeemed = await redeemInvitation(payload, token, password)
  if (!redeemed.ok) return redeemed
  const result = await payload.login({
    collection: 'portal-users',
    data: { email: redeemed.email, password },
    depth: 0,
  })
  return {
    ok: true,
    token: result.token!,
    exp: result.exp!,
    user: { ...(result.user as PortalUserDoc), collection: 'portal-users' },
  }
}

/** Whether an invitation link still works ('valid'), or why not — for the page, before the form. */
export function invitationLinkState(payload: Payload, token: string) {
  return invitationState(payload, token)
}

/** Whether a reset link is still unused and within its hour (a system read of Payload's reset token). */
export async function resetLinkValid(payload: Payload, token: string): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'portal-users',
    where: {
      and: [
        { resetPasswordToken: { equals: token } },
        { resetPasswordExpiration: { greater_than: new Date().toISOString() } },
        { disabled: { not_equals: true } },
      ],
    },
    // -- trusted: nobody is signed in on a reset link; the token itself is the credential checked here.
    overrideAccess: true, // -- trusted: the reset token is the credential
  })
  return totalDocs === 1
}

/**
 * Sends the reset mail (linking to `/reset/<token>`) when the address has a portal sign-in.
 * Answers at once and the same way either way: the mail goes out after the answer, so neither
 * the answer nor its time tells whether the address exists.
 */
export function requestPasswordReset(payload: Payload, address: string): { ok: true } {
  const parsed = email.safeParse(address.trim())
  if (parsed.success) {
    payload
      .forgotPassword({ collection: 'portal-users', data: { email: parsed.data } })
      .catch((error: unknown) => payload.logger.error({ err: error, msg: 'Password reset mail failed' }))
  }
  return { ok: true }
}

/** Sets a new password from a reset link and signs the person in; 'invalid' when the link is unknown, used or older than an hour. */
export async function resetPassword(
  payload: Payload,
  token: string,
  password: string,
): Promise<SignedIn | PasswordFailure | { ok: false; reason: 'invalid' }> {
  if (passwordTooShort(password)) return { ok: false, reason: 'password-too-short', minLength: minPasswordLength }
  try {
    const result = await payload.resetPassword({
      collection: 'portal-users',
      data: { token, password },
      // -- trusted: Payload's reset operation for an anonymous visitor; the token is the credential.
      overrideAccess: true, // -- trusted: the reset token is the credential
    })
    if (!result.token) return { ok: false, reason: 'invalid' }
    const user = result.user as unknown as PortalUserDoc
    return { ok: true, token: result.token, exp: expiryOf(result.token), user: { ...user, collection: 'portal-users' } }
  } catch (error) {
    // 403: unknown or used token; a disabled sign-in is refused like one (auth/disabled.ts).
    if (error instanceof SignInRefused || (error instanceof APIError && error.status === 403))
      return { ok: false, reason: 'invalid' }
    throw error
  }
}
