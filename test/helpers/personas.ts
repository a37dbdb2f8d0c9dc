import type { Payload } from 'payload'

import type { PermissionCode } from '@/constants/permissions'
import { nextNumber } from '@/seed/factories'
import { staffPersonas, type StaffPersona } from '@/seed/personas'
import type { User } from '@/payload-types'

import { login } from './rest'

export const demoPassword = process.env.HAUSWERK_DEMO_PASSWORD ?? 'hauswerk-demo'

export const staffPersonaNames = Object.keys(staffPersonas) as StaffPersona[]

export type StaffUser = User & { collection: 'users' }

/** Who acts in a test: a signed-in user for the Local API and their REST token; nobody for anonymous. */
export type Actor = { user?: StaffUser; token?: string }

/** A staff user as the Local API receives a signed-in user: roles populated, collection named. */
async function userByEmail(payload: Payload, email: string): Promise<StaffUser> {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 1, limit: 1 })
  if (!docs[0]) throw new Error(`No user ${email}`)
  return { ...docs[0], collection: 'users' }
}

/** A staff persona of the demo seed, for the Local API. */
export function staffUser(payload: Payload, persona: StaffPersona): Promise<StaffUser> {
  return userByEmail(payload, staffPersonas[persona].email)
}

const tokens = new Map<string, string>()
/** The persona's REST token (signed in once per test file). */
export async function staffToken(persona: StaffPersona): Promise<string> {
  const cached = tokens.get(persona)
  if (cached) return cached
  const token = await login('users', staffPersonas[persona].email, demoPassword)
  tokens.set(persona, token)
  return token
}

/** A demo persona, or nobody. */
export async function actorFor(payload: Payload, persona: StaffPersona | 'anonymous'): Promise<Actor> {
  if (persona === 'anonymous') return {}
  return { user: await staffUser(payload, persona), token: await staffToken(persona) }
}

/**
 * A user whose only role carries exactly these codes, made by the system for one test: proves
 * that a single permission code opens (or does not open) a door.
 */
export async function actorWithPermissions(
  payload: Payload,
  codes: PermissionCode[],
  { readOnly = false } = {},
): Promise<Actor> {
  const n = nextNumber()
  const role = await payload.create({
    collection: 'roles',
    data: { name: `Testrolle ${n}`, readOnly, permissions: codes.map(String) as never },
  })
  const email = `test-${n}-${process.pid}@hauswerk.test`
  await payload.create({
    collection: 'users',
    data: { email, password: demoPassword, name: `Test ${n}`, roles: [role.id] },
  })
  return { user: await userByEmail(payload, email), token: await login('users', email, demoPassword) }
}

/** Local API options that act as the actor, with every access rule applied. */
export function as(actor: Actor) {
  return { user: actor.user, overrideAccess: false as const }
}
