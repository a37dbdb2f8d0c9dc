import type { Payload } from 'payload'

import { staffPersonas, type StaffPersona } from '@/seed/personas'
import type { User } from '@/payload-types'

import { login } from './rest'

export const demoPassword = process.env.HAUSWERK_DEMO_PASSWORD ?? 'hauswerk-demo'

export const staffPersonaNames = Object.keys(staffPersonas) as StaffPersona[]

/** A staff persona as the Local API receives a signed-in user: roles populated, collection named. */
export async function staffUser(payload: Payload, persona: StaffPersona): Promise<User & { collection: 'users' }> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { email: { equals: staffPersonas[persona].email } },
    depth: 1,
    limit: 1,
  })
  if (!docs[0]) throw new Error(`Demo persona ${persona} is missing from the seed`)
  return { ...docs[0], collection: 'users' }
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
