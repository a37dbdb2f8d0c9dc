import type { Payload } from 'payload'

import type { PortalUser } from '@/access/portal'
import { P, type PermissionCode } from '@/constants/permissions'
import { nextNumber } from '@/seed/factories'
import { portalPersonas, type PortalPersona, staffPersonas, type StaffPersona } from '@/seed/personas'
import type { User } from '@/payload-types'

import { login } from './rest'

export const demoPassword = process.env.HAUSWERK_DEMO_PASSWORD ?? 'hauswerk-demo'

export const staffPersonaNames = Object.keys(staffPersonas) as StaffPersona[]

export type StaffUser = User & { collection: 'users' }

/** Who acts in a test: a signed-in user for the Local API and their REST token; nobody for anonymous. */
export type Actor = { user?: StaffUser; token?: string }

/** A signed-in portal persona: the Local API user and the REST token. */
export type PortalActor = { user: PortalUser; token: string }

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
export function as(actor: { user?: StaffUser | PortalUser }) {
  return { user: actor.user, overrideAccess: false as const }
}

export const portalPersonaNames = Object.keys(portalPersonas) as PortalPersona[]

/** A portal persona as the Local API receives a signed-in portal user. */
export async function portalUser(payload: Payload, persona: PortalPersona): Promise<PortalUser> {
  const { docs } = await payload.find({
    collection: 'portal-users',
    where: { email: { equals: portalPersonas[persona] } },
    depth: 0,
    limit: 1,
  })
  if (!docs[0]) throw new Error(`Portal persona ${persona} is missing from the seed`)
  return { ...docs[0], collection: 'portal-users' } as PortalUser
}

/** The person id behind a portal persona. */
export async function personOfPersona(payload: Payload, persona: PortalPersona): Promise<number> {
  const user = await portalUser(payload, persona)
  return typeof user.person === 'object' ? user.person.id : user.person
}

/** The portal persona's REST token, signed in through /api/portal-users/login. */
export async function portalToken(persona: PortalPersona): Promise<string> {
  const key = `portal:${persona}`
  const cached = tokens.get(key)
  if (cached) return cached
  const token = await login('portal-users', portalPersonas[persona], demoPassword)
  tokens.set(key, token)
  return token
}

/** The document permissions a clerk normally has (constants/permissions.ts). */
export const documentPermissionCodes = [
  P.documentsRead,
  P.documentsCreate,
  P.documentsUpdate,
  P.documentsDelete,
  P.documentsRelease,
  P.documentReceiptsRead,
  P.documentAccessLogRead,
  P.portalViewAs,
]

/**
 * "Clerk without the document permissions": the clerk's role minus every document code, as its
 * own role and user (created once per test file), for the Local API and REST.
 */
export async function clerkWithoutDocuments(
  payload: Payload,
): Promise<{ user: User & { collection: 'users' }; token: string }> {
  const email = `clerk-no-documents@${staffPersonas.clerk.email.split('@')[1]}`
  const existing = await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 1, limit: 1 })
  if (!existing.docs[0]) {
    const clerk = await staffUser(payload, 'clerk')
    const clerkRole = clerk.roles?.find((role) => typeof role === 'object')
    if (!clerkRole || typeof clerkRole !== 'object') throw new Error('The clerk persona has no role')
    const excluded = new Set<number>(documentPermissionCodes)
    const role = await payload.create({
      collection: 'roles',
      data: {
        name: 'Sachbearbeitung ohne Dokumente',
        readOnly: false,
        permissions: (clerkRole.permissions ?? []).filter((code) => !excluded.has(Number(code))),
      },
    })
    await payload.create({
      collection: 'users',
      data: { email, name: 'Clara Ohne-Dokumente', password: demoPassword, roles: [role.id] },
    })
  }
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 1, limit: 1 })
  const token = tokens.get(email) ?? (await login('users', email, demoPassword))
  tokens.set(email, token)
  return { user: { ...docs[0], collection: 'users' }, token }
}

/** A portal persona as an actor: the Local API user and the REST token. */
export async function portalActor(payload: Payload, persona: PortalPersona): Promise<PortalActor> {
  return { user: await portalUser(payload, persona), token: await portalToken(persona) }
}
