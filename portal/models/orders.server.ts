import type { Payload } from 'payload'

import type { PortalUser } from '@/access/portal'

import { objectContacts } from './contacts.server'
import { functionRoles } from './functions.server'

/**
 * F-56, as far as the data goes today (there are no work orders yet): where the person works as
 * a service provider — the objects and units of their provider functions held today — with the
 * contacts published there for providers. Null when they hold no provider function.
 */
export async function providerAssignments(payload: Payload, user: PortalUser) {
  const { functions } = await functionRoles(payload, user)
  const assignments = functions.filter((held) => held.provider)
  if (!assignments.length) return null
  const objectIds = new Set(assignments.map((held) => held.objectId))
  const objects = (await objectContacts(payload, user)).filter((object) => objectIds.has(object.id))
  return {
    assignments,
    objects: objects.map((object) => ({
      id: object.id,
      name: object.name ?? '',
      contacts: (object.publishedContacts ?? [])
        .filter((contact) => !contact.audiences?.length || contact.audiences.includes('providers'))
        .map((contact, index) => ({
          key: contact.id ?? String(index),
          name: contact.name ?? '',
          personName: contact.personName ?? '',
          details: (contact.details ?? []).map((detail) => ({ kind: detail.kind ?? '', value: detail.value ?? '' })),
        })),
    })),
  }
}
