import type { RequestContext } from 'payload'

import type { PortalUser } from '@/access/portal'

/**
 * One portal request's reads, shared by the model functions of that request and never kept
 * longer. The session check (portal/app/session.server.ts) resolves a new user object for every
 * request (ADR 0050) and registers it here; the models key their shared reads on that object. A
 * user object not registered (a test's actor, a bench's direct call) shares nothing: every call
 * reads afresh, as before.
 */
const contexts = new WeakMap<PortalUser, RequestContext>()
const loads = new WeakMap<RequestContext, Map<string, Promise<unknown>>>()

/** Marks a user object as the one of a single request (called by the session check only). */
export function forOneRequest<T extends PortalUser>(user: T): T {
  contexts.set(user, {})
  return user
}

/**
 * The Local API options of a read as the user: with access, and with this request's Payload
 * `context`, so that the access rules' per-request statements (the person's scope, their role
 * rows, the released documents: access/portal-scope.ts, access/portal-roles.ts) run once per
 * request instead of once per Local API call.
 */
export function asUser(user: PortalUser) {
  return { user, overrideAccess: false, context: contexts.get(user) } as const
}

/** `load()` once per request of `user` under `key`; without a registered request, every time. */
export function oncePerRequest<T>(user: PortalUser, key: string, load: () => Promise<T>): Promise<T> {
  const context = contexts.get(user)
  if (!context) return load()
  let perRequest = loads.get(context)
  if (!perRequest) loads.set(context, (perRequest = new Map()))
  let value = perRequest.get(key) as Promise<T> | undefined
  if (!value) perRequest.set(key, (value = load()))
  return value
}
