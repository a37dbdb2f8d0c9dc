/**
 * The only writes that portal users and read-only staff may make, anywhere in the config.
 * `test/int/access-completeness.int.spec.ts` refuses every other create, update and delete on
 * every collection and global of the running config, Payload's and the plugins' included, so a
 * new collection cannot arrive open. A request photo joins the portal list with the collection
 * that stores it.
 */
export type Write = 'create' | 'update' | 'delete'

/** Portal users (tenants, owners, providers, allocation offices). */
export const portalWrites: Readonly<Record<string, readonly Write[]>> = {
  // Their own password and language; the fields staff manage stay closed (collections/portal-users.ts).
  'portal-users': ['update'],
  // A request or a filled-in form sent from the portal (SPEC F-54).
  requests: ['create'],
  'form-submissions': ['create'],
}

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
