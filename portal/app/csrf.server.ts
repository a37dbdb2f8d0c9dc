import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

import type { AppLoadContext } from '@remix-run/node'

import { cookieHeader, getSession, readCookie } from './session.server'

/**
 * CSRF protection of every portal form (ADR 0050): a double-submit token, signed with
 * PAYLOAD_SECRET and bound to the session (or to "anonymous" before sign-in), in a cookie and in
 * a hidden field; plus an Origin check. A form without a valid token changes nothing.
 */
export const csrfCookieName = 'hauswerk-csrf'
export const csrfFieldName = 'csrf'

function secret(): string {
  const value = process.env.PAYLOAD_SECRET
  if (!value) throw new Error('PAYLOAD_SECRET is not set')
  return value
}

function sign(nonce: string, sessionKey: string): string {
  return createHmac('sha256', secret()).update(`${nonce}|${sessionKey}`).digest('base64url')
}

function isValid(token: string | null, sessionKey: string): boolean {
  if (!token) return false
  const [nonce, signature] = token.split('.')
  if (!nonce || !signature) return false
  const expected = Buffer.from(sign(nonce, sessionKey))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
}

async function sessionKeyOf(request: Request, context: AppLoadContext): Promise<string> {
  const session = await getSession(request, context)
  return session ? `session:${session.user.id}:${session.sessionId}` : 'anonymous'
}

/** The token for this request's forms, and the cookie to set when it had to be (re)issued. */
export async function csrfToken(
  request: Request,
  context: AppLoadContext,
): Promise<{ token: string; setCookie: string | null }> {
  const sessionKey = await sessionKeyOf(request, context)
  const existing = readCookie(request, csrfCookieName)
  if (existing && isValid(existing, sessionKey)) return { token: existing, setCookie: null }
  const nonce = randomBytes(18).toString('base64url')
  const token = `${nonce}.${sign(nonce, sessionKey)}`
  return { token, setCookie: cookieHeader(csrfCookieName, token, 60 * 60 * 24) }
}

function originAllowed(request: Request): boolean {
  const origin = request.headers.get('Origin')
  // Browsers send Origin on every POST; a missing one is only a non-browser client, which has
  // no ambient cookies to abuse and still needs the token.
  if (!origin) return true
  const host = request.headers.get('X-Forwarded-Host') ?? request.headers.get('Host')
  const allowed = new Set([new URL(request.url).origin])
  if (host) allowed.add(`${new URL(request.url).protocol}//${host}`)
  if (process.env.SERVER_URL) allowed.add(new URL(process.env.SERVER_URL).origin)
  return allowed.has(origin)
}

/**
 * The first step of every action: the form's token must equal the cookie's and be signed for this
 * session, and the Origin must be ours. Throws a 403 that the error page shows as "form expired".
 */
export async function requireCsrf(request: Request, context: AppLoadContext, form: FormData): Promise<void> {
  const sent = form.get(csrfFieldName)
  const cookie = readCookie(request, csrfCookieName)
  if (
    !originAllowed(request) ||
    typeof sent !== 'string' ||
    sent !== cookie ||
    !isValid(sent, await sessionKeyOf(request, context))
  )
    throw new Response('csrf', { status: 403, statusText: 'csrf' })
}
