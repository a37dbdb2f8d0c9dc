import { type AppLoadContext, redirect } from '@remix-run/node'
import { createLocalReq, executeAuthStrategies } from 'payload'

import { hasPermission } from '@/access/permissions'
import type { PortalUser } from '@/access/portal'
import { isStaff } from '@/access/staff'
import { isDisabled } from '@/auth/disabled'
import { P } from '@/constants/permissions'
import { readSeeAsToken, seeAsCookieName, seeAsUser } from '@/auth/see-as'
import { type SignedIn, signOut } from '@/portal/models/auth.server'
import { forOneRequest } from '@/portal/models/request.server'

import { portalPayload } from './payload.server'

/**
 * The portal session (ADR 0050): the cookie holds Payload's own JWT of the `portal-users` login,
 * HttpOnly, SameSite=Lax, Secure behind https, for the collection's tokenExpiration. Every request
 * resolves the user again through Payload's auth strategies, so a deleted, disabled or logged-out
 * user (Payload keeps sessions on the user; disabling drops them) is signed out on the very next
 * request.
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

/**
 * A signed-in portal user, or staff looking "as" a person (F-23): then `seeAs` holds the person,
 * the user is the read-only `seeAs` user and there is no portal token.
 */
export type Session = { user: PortalUser; token: string; sessionId: string; seeAs?: { personId: number } }

// Keyed by Remix's load context, the one object of a request that every loader and action of it
// receives (each gets its own copy of the Request, so a Request key would check the session once
// per loader). Never longer than the request (ADR 0050).
const resolved = new WeakMap<AppLoadContext, Promise<Session | null>>()

/**
 * The see-as cookie (F-23): a token signed with PAYLOAD_SECRET, at most 10 minutes old, and still
 * backed by the same staff member's own admin sign-in in this browser with permission 900186 —
 * so signing out of the admin, or losing the permission, ends the view on the next request.
 */
async function resolveSeeAs(request: Request): Promise<Session | null> {
  const claims = readSeeAsToken(readCookie(request, seeAsCookieName))
  if (!claims) return null
  const payload = await portalPayload()
  const { user } = await payload.auth({ headers: request.headers })
  if (!isStaff(user) || user.id !== claims.staffUserId) return null
  const req = await createLocalReq({ user }, payload)
  if (!(await hasPermission(req, P.portalViewAs))) return null
  return {
    user: forOneRequest(await seeAsUser(payload, user, claims.personId)),
    token: '',
    sessionId: `see-as:${claims.staffUserId}:${claims.expiresAt}`,
    seeAs: { personId: claims.personId },
  }
}

async function resolveSession(request: Request): Promise<Session | null> {
  // Staff looking as a person see that person, whatever portal cookie the browser has.
  if (readCookie(request, seeAsCookieName) !== null) return resolveSeeAs(request)
  const token = readCookie(request, sessionCookieName)
  if (!token) return null
  const payload = await portalPayload()
  // Only our cookie's token, never Payload's own cookie of the same browser (staff sign-ins).
  // Payload's auth strategies as `payload.auth` runs them (token, user, session),
  // without the permissions map `payload.auth` adds for the admin: every collection's and field's
  // access rule for this user on every request, which the portal never reads (ADR 0050).
  const { user } = await executeAuthStrategies({
    headers: new Headers({ Authorization: `JWT ${token}` }),
    payload,
    canSetHeaders: false,
  })
  // A disabled user has no sessions left (auth/disabled.ts); the flag is checked again for a token
  // resolved in the same instant as the change.
  if (!user || user.collection !== 'portal-users' || isDisabled(user)) return null
  const sessionId = (user as { _sid?: string })._sid ?? ''
  return { user: forOneRequest(user as unknown as PortalUser), token, sessionId }
}

/** The signed-in portal user of this request, or null (resolved once per request). */
export function getSession(request: Request, context: AppLoadContext): Promise<Session | null> {
  let session = resolved.get(context)
  if (!session) resolved.set(context, (session = resolveSession(request)))
  return session
}

/**
 * The guard of every signed-in page and action: no cookie sends the person to the sign-in page;
 * a cookie that no longer resolves (expired, logged out, user deleted or disabled) is cleared and
 * the sign-in page says why.
 */
export async function requireSession(request: Request, context: AppLoadContext): Promise<Session> {
  const session = await getSession(request, context)
  if (session) return session
  if (readCookie(request, seeAsCookieName) !== null) {
    throw redirect('/login?ended=1', { headers: { 'Set-Cookie': clearSeeAsCookie() } })
  }
  const hadCookie = readCookie(request, sessionCookieName) !== null
  throw redirect(hadCookie ? '/login?ended=1' : '/login', {
    headers: hadCookie ? { 'Set-Cookie': cookieHeader(sessionCookieName, '', 0) } : undefined,
  })
}

/**
 * The guard of every action that acts for the person: "see as" is read only (F-23), so in a
 * see-as session every such action answers 403 and changes nothing.
 */
export async function requireActingSession(request: Request, context: AppLoadContext): Promise<Session> {
  const session = await requireSession(request, context)
  if (session.seeAs) throw new Response('see-as', { status: 403, statusText: 'see-as' })
  return session
}

export const clearSeeAsCookie = () => cookieHeader(seeAsCookieName, '', 0)

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
