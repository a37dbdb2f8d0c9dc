import { type Endpoint, Forbidden, NotFound, type SanitizedCollectionConfig, type SanitizedConfig } from 'payload'

import {
  createLock,
  createPreferences,
  deleteLock,
  mayRunJobs,
  nobody,
  ownPreferences,
  readJobs,
  readLocks,
  updateLock,
} from '@/access/framework'
import { isStaff } from '@/access/staff'

type CollectionAccess = Pick<SanitizedCollectionConfig['access'], 'create' | 'read' | 'update' | 'delete'>

/** Hauswerk's rules for the collections Payload adds itself (access/framework.ts). */
const rules: Record<string, CollectionAccess> = {
  'payload-locked-documents': { read: readLocks, create: createLock, update: updateLock, delete: deleteLock },
  'payload-preferences': {
    read: ownPreferences,
    create: createPreferences,
    update: ownPreferences,
    delete: ownPreferences,
  },
  'payload-jobs': { read: readJobs, create: nobody, update: nobody, delete: nobody },
  'payload-migrations': { read: nobody, create: nobody, update: nobody, delete: nobody },
  'payload-kv': { read: nobody, create: nobody, update: nobody, delete: nobody },
}

/** Payload's `/api/payload-preferences/:key` reads and writes by `req.user` alone, past collection access. */
function staffOnly(endpoint: Endpoint): Endpoint {
  return {
    ...endpoint,
    handler: (req) => {
      if (!isStaff(req.user)) throw new Forbidden(req.t)
      return endpoint.handler(req)
    },
  }
}

/**
 * Payload's `DELETE /api/payload-preferences/:key` answers 500 on Postgres (its single-row delete
 * cannot filter on the polymorphic `user`), so it deletes through the collection and its access.
 */
const deletePreference: Endpoint = {
  method: 'delete',
  path: '/:key',
  handler: async (req) => {
    if (!isStaff(req.user)) throw new Forbidden(req.t)
    const { docs } = await req.payload.delete({
      collection: 'payload-preferences',
      where: { key: { equals: String(req.routeParams?.key) } },
      overrideAccess: false,
      req,
    })
    if (docs.length === 0) throw new NotFound(req.t)
    return Response.json({ message: req.t('general:deletedSuccessfully') })
  },
}

/**
 * `POST /api/<auth collection>/first-register` creates a user as the system whenever the collection
 * is empty: right for the first administrator, but on a fresh install it would let anyone make
 * the first portal user, tied to any person. Only the admin's user collection keeps it.
 */
function refused(endpoint: Endpoint): Endpoint {
  return {
    ...endpoint,
    handler: (req) => {
      throw new Forbidden(req.t)
    },
  }
}

/**
 * Payload adds edit locks, preferences, migrations, the jobs collection and its stats global while
 * it sanitizes the config, after every plugin has run; their defaults let any signed-in user in,
 * portal users included. So this runs on the sanitized config: `buildConfig(…).then(withFrameworkAccess)`.
 */
export function withFrameworkAccess(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    const rule = rules[collection.slug]
    if (!rule) continue
    collection.access = { ...collection.access, ...rule }
    if (collection.slug === 'payload-preferences')
      collection.endpoints = (collection.endpoints || []).map((endpoint) =>
        endpoint.method === 'delete' && endpoint.path === '/:key' ? deletePreference : staffOnly(endpoint),
      )
  }
  for (const collection of config.collections) {
    if (!collection.auth || collection.slug === config.admin.user || !collection.endpoints) continue
    collection.endpoints = collection.endpoints.map((endpoint) =>
      endpoint.path === '/first-register' ? refused(endpoint) : endpoint,
    )
  }
  for (const global of config.globals) {
    // Job statistics are written by the scheduler through the database, never through the API.
    if (global.slug === 'payload-jobs-stats') global.access = { ...global.access, read: readJobs, update: nobody }
  }
  config.jobs.access = { run: mayRunJobs, queue: mayRunJobs, cancel: mayRunJobs }
  return config
}
