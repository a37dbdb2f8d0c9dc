import { redirect } from '@remix-run/node'

import type { PortalUser } from '@/access/portal'
import { isDisabled } from '@/auth/disabled'
import { type SignedIn, signOut } from '@/portal/models/auth.server'

import { portalPayload } from './payload.server'

/**
 * The portal session (ADR 0050): the cookie holds Payload's own JWT of the `portal-users` login,
 * HttpOnly, SameSite=Lax, Secure behind https, for the collection's tokenExpiration. Every request
 * resolves the user again through `payload.auth`, so a deleted, disabled or logged-out user (Payload
 * keeps sessions on the user; disabling drops them) is signed out on the very next request.
 */
export const sessionCookieName = 'hauswerk-portal'

const secure = () => (process.env.SERVER_URL ?? '').startsWith('https:')

export function readCookie(request: Request, name: string): string | null {
  const header = request.headers.get('Cookie')
  if (!header) return null
  for (const part of header.split(';')) {
    const index = part.indexOf('=')
    if (index < 0) continue
    if (part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim())
      } catch {
        return null
      }
    }
  }
  return null
}

export function cookieHeader(name: string, value: string, maxAgeSeconds: number, httpOnly = true): string {
  return [
    `${name}=${encodeURIComponent(value)}`,
    'Path=/',
    `Max-Age=${maxAgeSeconds}`,
    'SameSite=Lax',
    httpOnly ? 'HttpOnly' : '',
    secure() ? 'Secure' : '',
  ]
    .filter(Boolean)
    .join('; ')
}

export type Session = { user: PortalUser; token: string; sessionId: string }

const resolved = new WeakMap<Request, Promise<Session | null>>()

async function resolveSession(request: Request): Promise<Session | null> {
  const token = readCookie(request, sessionCookieName)
  if (!token) return null
  const payload = await portalPayload()
  // Only our cookie's token, never Payload's own cookie of the same browser (staff sign-ins).
  const { user } = await payload.auth({ headers: new Headers({ Authorization: `JWT ${token}` }) })
  // A disabled user has no sessions left (auth/disabled.ts); the flag is checked again for a token
  // resolved in the same instant as the change.
  if (!user || user.collection !== 'portal-users' || isDisabled(user)) return null
  const sessionId = (user as { _sid?: string })._sid ?? ''
  return { user: user as unknown as PortalUser, token, sessionId }
}

/** The signed-in portal user of this request, or null (resolved once per request). */
export function getSession(request: Request): Promise<Session | null> {
  let session = resolved.get(request)
  if (!session) resolved.set(request, (session = resolveSession(request)))
  return session
}

/**
 * The guard of every signed-in page and action: no cookie sends the person to the sign-in page;
 * a cookie that no longer resolves (expired, logged out, user deleted or disabled) is cleared and
 * the sign-in page says why.
 */
export async function requireSession(request: Request): Promise<Session> {
  const session = await getSession(request)
  if (session) return session
  const hadCookie = readCookie(request, sessionCookieName) !== null
  throw redirect(hadCookie ? '/login?ended=1' : '/login', {
    headers: hadCookie ? { 'Set-Cookie': cookieHeader(sessionCookieName, '', 0) } : undefined,
  })
}

/** The Set-Cookie header that starts a portal session with a token from the sign-in models. */
export function sessionCookie(signedIn: Pick<SignedIn, 'token' | 'exp'>): string {
  const maxAge = Math.max(0, signedIn.exp - Math.floor(Date.now() / 1000))
  return cookieHeader(sessionCookieName, signedIn.token, maxAge)
}

/** Ends the Payload session behind the cookie (`signOut` of the models), so the token is dead even if copied. */
export async function endSession(session: Session): Promise<void> {
  await signOut(await portalPayload(), { ...session.user, _sid: session.sessionId })
}

export const clearSessionCookie = () => cookieHeader(sessionCookieName, '', 0)
