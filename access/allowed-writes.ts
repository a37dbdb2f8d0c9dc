import { portalWrites as declaredPortalWrites, type Write } from './portal-views'

export type { Write }

/**
 * The only writes that portal users and read-only staff may make, anywhere in the config.
 * `test/int/access-completeness.int.spec.ts` refuses every other create, update and delete on
 * every collection and global of the running config, Payload's and the plugins' included, so a
 * new collection cannot arrive open.
 */

/**
 * Portal users (tenants, owners, providers, allocation offices): what the portal views declare
 * (access/portal-views.ts) — their own sign-in, a request, a photo on their own request, a form
 * submission (SPEC F-54). Stated there once, because the views enforce it field by field.
 */
export const portalWrites: Readonly<Record<string, readonly Write[]>> = declaredPortalWrites

/** Read-only roles (accounting, the auditor): what is their own, not the business's data. */
export const readOnlyWrites: Readonly<Record<string, readonly Write[]>> = {
  // Their own name and password.
  users: ['update'],
  // Their own admin preferences (list columns, open groups).
  'payload-preferences': ['create', 'update', 'delete'],
}

/**
 * Custom endpoints meant for portal users, as `METHOD /collection/path`. Every other custom
 * endpoint refuses them (and anonymous requests) before it reads the request.
 */
export const portalEndpoints: readonly string[] = [
  // An image an object publishes, for those who may read the object (collections/objects-portal).
  'GET /objects/:id/images/:document',
]
