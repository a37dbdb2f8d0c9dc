import type { Access, AccessArgs, PayloadRequest } from 'payload'

import { idOf } from '@/fields/relationship'
import type { PortalUser as PortalUserDoc } from '@/payload-types'

/**
 * A portal user as access functions receive it. `seeAs` marks the read-only view that staff
 * open for a person (F-23): the same rules apply, but nothing is recorded as the person's own
 * reading (no proof of receipt).
 */
export type PortalUser = PortalUserDoc & { collection: 'portal-users'; seeAs?: { staffUserId: number } }

/** A signed-in tenant, owner, service provider or allocation office contact (not staff). */
export function isPortalUser(user: PayloadRequest['user'] | null | undefined): user is PortalUser {
  return user?.collection === 'portal-users'
}

/** The person a portal user belongs to (exactly one, SPEC F-50). */
export function personOf(user: PortalUser): number {
  const id = idOf(user.person)
  if (typeof id !== 'number') throw new Error(`Portal user ${user.id} has no person`)
  return id
}

/**
 * A portal user's part of an access rule. `withPortalView` (access/portal-views.ts) calls it only
 * for a signed-in portal user; staff and anonymous requests never reach it.
 */
export type PortalRule = (args: AccessArgs, user: PortalUser) => ReturnType<Access>
