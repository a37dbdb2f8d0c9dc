import type { Payload } from 'payload'

import type { PortalUser } from '@/access/portal'

import { contractDataOffered } from './contract.server'
import { personBasics, type RoleScope, rolesIn } from './roles.server'

export type PortalSections = {
  /** The person's name, for the greeting and the see-as banner. */
  name: string
  /** The role switch is offered only to a person with more than one kind of role (F-82). */
  canSwitch: boolean
  contract: boolean
  statement: boolean
  owner: boolean
  /** Vacancies and terminations of the units their allocation office allocates (F-57). */
  allocation: boolean
  /** The objects and units they serve as a function holder (F-56). */
  orders: boolean
}

/**
 * Which pages the navigation offers this person in the chosen role scope: contract data when the
 * company offers it (F-51), the statement when they hold or held a tenancy or ownership (F-58),
 * the owner overview when they own a unit today (F-55), an allocation office's and a function
 * holder's pages when the access layer gives them such rows.
 */
export async function portalSections(payload: Payload, user: PortalUser, scope: RoleScope): Promise<PortalSections> {
  // The offices and functions come with the roles (the same reads as the user, once per request).
  const [{ name, roles, functions, offices }, offered] = await Promise.all([
    personBasics(payload, user),
    contractDataOffered(payload),
  ])
  const inScope = rolesIn(roles, scope)
  return {
    name,
    canSwitch: new Set(roles.map((role) => role.kind)).size > 1,
    contract: offered && inScope.length > 0,
    statement: inScope.length > 0,
    owner: inScope.some((role) => role.kind === 'owner' && role.active),
    allocation: scope === 'all' && offices.length > 0,
    // A function for an allocation office (its contact person) is no order to serve.
    orders: scope === 'all' && functions.some((held) => held.forPlace),
  }
}
