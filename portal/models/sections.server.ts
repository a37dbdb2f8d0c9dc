import type { Payload } from 'payload'

import type { PortalUser } from '@/access/portal'

import { contractDataOffered } from './contract.server'
import { personRoles, type RoleScope, rolesIn } from './roles.server'

export type PortalSections = {
  /** The person's name, for the greeting and the see-as banner. */
  name: string
  /** The role switch is offered only to a person with more than one kind of role (F-82). */
  canSwitch: boolean
  contract: boolean
  statement: boolean
  owner: boolean
}

/**
 * Which pages the navigation offers this person in the chosen role scope: contract data when the
 * company offers it (F-51), the statement when they hold or held a tenancy or ownership (F-58),
 * the owner overview when they own a unit today (F-55).
 */
export async function portalSections(payload: Payload, user: PortalUser, scope: RoleScope): Promise<PortalSections> {
  const [{ name, roles }, offered] = await Promise.all([personRoles(payload, user), contractDataOffered(payload)])
  const inScope = rolesIn(roles, scope)
  return {
    name,
    canSwitch: new Set(roles.map((role) => role.kind)).size > 1,
    contract: offered && inScope.length > 0,
    statement: inScope.length > 0,
    owner: inScope.some((role) => role.kind === 'owner' && role.active),
  }
}
