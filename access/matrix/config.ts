import type { Endpoint, SanitizedCollectionConfig, SanitizedConfig, SanitizedGlobalConfig } from 'payload'

/**
 * What the running config holds, for the access matrix and its tests: every collection and
 * global (Payload's and the plugins' included), the operations each has, and the custom
 * endpoints that no collection access guards.
 */

export type CollectionOperation = 'read' | 'create' | 'update' | 'delete' | 'unlock' | 'admin' | 'readVersions'
export type GlobalOperation = 'read' | 'update' | 'readVersions'

/** The operations a collection has: auth collections add unlock and admin, versioned ones readVersions. */
export function operationsOf(collection: SanitizedCollectionConfig): CollectionOperation[] {
  return [
    'read',
    'create',
    'update',
    'delete',
    ...(collection.auth ? (['unlock', 'admin'] as const) : []),
    ...(collection.versions ? (['readVersions'] as const) : []),
  ]
}

export function globalOperationsOf(global: SanitizedGlobalConfig): GlobalOperation[] {
  return ['read', 'update', ...(global.versions ? (['readVersions'] as const) : [])]
}

export const bySlug = <T extends { slug: string }>(a: T, b: T) => a.slug.localeCompare(b.slug)

/**
 * Payload fills every access it is not given with `defaultAccess` (any signed-in user, portal users
 * included) or `defaultUnlockAccess`; neither is exported, so they are known by name.
 */
export function isPayloadDefault(access: unknown): boolean {
  return typeof access !== 'function' || access.name === 'defaultAccess' || access.name === 'defaultUnlockAccess'
}

/**
 * Endpoints Payload adds to every collection, auth collection, upload collection and global: they
 * run the operations above, under the collection's access (or, for sign-in, none by design).
 */
const payloadEndpoints = {
  collection: [
    'get /',
    'get /:id',
    'get /count',
    'get /versions',
    'get /versions/:id',
    'post /',
    'post /:id/duplicate',
    'post /access/:id?',
    'post /versions/:id',
    'patch /',
    'patch /:id',
    'delete /',
    'delete /:id',
  ],
  auth: [
    'get /init',
    'get /me',
    'post /first-register',
    'post /forgot-password',
    'post /login',
    'post /logout',
    'post /refresh-token',
    'post /reset-password',
    'post /unlock',
    'post /verify/:id',
  ],
  upload: ['get /file/:filename', 'get /paste-url/:id?'],
  global: ['get /', 'get /versions', 'get /versions/:id', 'post /', 'post /access', 'post /versions/:id'],
  root: ['get /access'],
}

export type CustomEndpoint = {
  /** `METHOD /path` under /api, as the tests and the matrix name it. */
  name: string
  method: string
  /** The path under /api, with Payload's parameters (`:id`) left in. */
  path: string
  /** The collection or global it belongs to (none for root endpoints). */
  collection?: string
  global?: string
}

const key = (endpoint: Endpoint) => `${endpoint.method} ${endpoint.path}`

/** Every endpoint of the config that is not one of Payload's operations above, sorted by path. */
export function customEndpoints(config: SanitizedConfig): CustomEndpoint[] {
  const found: CustomEndpoint[] = []
  const add = (endpoint: Endpoint, prefix: string, owner: Pick<CustomEndpoint, 'collection' | 'global'>) => {
    const path = `${prefix}${endpoint.path === '/' ? '' : endpoint.path}` || '/'
    found.push({ name: `${endpoint.method.toUpperCase()} ${path}`, method: endpoint.method, path, ...owner })
  }
  for (const collection of config.collections) {
    const own = new Set([
      ...payloadEndpoints.collection,
      ...(collection.auth ? payloadEndpoints.auth : []),
      ...(collection.upload ? payloadEndpoints.upload : []),
    ])
    for (const endpoint of collection.endpoints || [])
      if (!own.has(key(endpoint))) add(endpoint, `/${collection.slug}`, { collection: collection.slug })
  }
  for (const global of config.globals)
    for (const endpoint of global.endpoints || [])
      if (!payloadEndpoints.global.includes(key(endpoint)))
        add(endpoint, `/globals/${global.slug}`, { global: global.slug })
  for (const endpoint of config.endpoints || [])
    if (!payloadEndpoints.root.includes(key(endpoint))) add(endpoint, '', {})
  return found.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method))
}
