import { createHmac, timingSafeEqual } from 'node:crypto'

import type { Payload } from 'payload'
import { z } from 'zod'

import type { PortalUser } from '@/access/portal'
import type { StaffUser } from '@/access/staff'

/**
 * The user "see as" (F-23) passes to the portal's model functions: the person's own portal user
 * when they have one, otherwise a stand-in for a person not yet invited (so staff can check the
 * releases before inviting). Marked `seeAs`: reads are logged as the staff member's, nothing counts
 * as the person's receipt, and it can change nothing.
 */
export async function seeAsUser(payload: Payload, staff: StaffUser, personId: number): Promise<PortalUser> {
  // System read: which sign-in belongs to the person is what the view is about.
  const { docs } = await payload.find({
    collection: 'portal-users',
    where: { person: { equals: personId } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const seeAs = { staffUserId: staff.id }
  if (docs[0]) return { ...docs[0], collection: 'portal-users', seeAs }
  const now = new Date().toISOString()
  return { id: 0, email: '', person: personId, createdAt: now, updatedAt: now, collection: 'portal-users', seeAs }
}

/** The portal cookie that carries a see-as token (separate from the person's own session cookie). */
export const seeAsCookieName = 'hauswerk-see-as'

/** A see-as token lives at most this long: staff open the view again rather than keep it. */
export const seeAsLifetimeSeconds = 10 * 60

export type SeeAsClaims = { staffUserId: number; personId: number; expiresAt: number }

const claimsSchema = z.object({
  s: z.number().int().positive(),
  p: z.number().int().positive(),
  e: z.number().int().positive(),
})

function signature(body: string): Buffer {
  const secret = process.env.PAYLOAD_SECRET
  if (!secret) throw new Error('PAYLOAD_SECRET is not set')
  return createHmac('sha256', secret).update(`see-as|${body}`).digest()
}

/**
 * A short-lived, signed see-as token (F-23): which staff member looks as which person, until when.
 * Signed with PAYLOAD_SECRET; minted only by the endpoint that checked the staff member's
 * permission (collections/persons-see-as.ts).
 */
export function mintSeeAsToken(staffUserId: number, personId: number, now = Date.now()): string {
  const body = Buffer.from(
    JSON.stringify({ s: staffUserId, p: personId, e: Math.floor(now / 1000) + seeAsLifetimeSeconds }),
  ).toString('base64url')
  return `${body}.${signature(body).toString('base64url')}`
}

/** The token's claims if its signature fits and it has not expired (nor lives longer than allowed), else null. */
export function readSeeAsToken(token: string | null | undefined, now = Date.now()): SeeAsClaims | null {
  if (!token) return null
  const [body, signed] = token.split('.')
  if (!body || !signed) return null
  const given = Buffer.from(signed, 'base64url')
  const expected = signature(body)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  let raw: unknown
  try {
    raw = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  } catch {
    return null
  }
  const parsed = claimsSchema.safeParse(raw)
  if (!parsed.success) return null
  const seconds = Math.floor(now / 1000)
  if (parsed.data.e < seconds || parsed.data.e > seconds + seeAsLifetimeSeconds) return null
  return { staffUserId: parsed.data.s, personId: parsed.data.p, expiresAt: parsed.data.e }
}
