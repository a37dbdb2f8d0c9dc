import { s3Storage } from '@payloadcms/storage-s3'

import type { Env } from '@/server/env'

import { s3ClientConfig } from './storage'

/**
 * Documents go to a private S3-compatible bucket when S3_BUCKET is set (SPEC F-20), to the data
 * directory otherwise. Either way every download passes Payload's access-checked file route:
 * no `disablePayloadAccessControl`, no public ACL, no signed URLs handed out before the check.
 * `alwaysInsertFields` keeps the schema the same with and without S3, so one set of migrations
 * serves both. Saved exports (plugins/import-export.ts) share the bucket under their own prefix,
 * behind the same access-checked route.
 */
export function documentStoragePlugin(config: Env) {
  return s3Storage({
    enabled: Boolean(config.S3_BUCKET),
    alwaysInsertFields: true,
    bucket: config.S3_BUCKET ?? 'unused',
    acl: 'private',
    collections: { documents: true, exports: { prefix: 'exports' } },
    config: s3ClientConfig(config),
  })
}
