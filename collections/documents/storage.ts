import { createReadStream } from 'node:fs'
import { readdir, rm } from 'node:fs/promises'
import type { Readable } from 'node:stream'
import path from 'node:path'

import { DeleteObjectCommand, GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'

import { type Env, env } from '@/server/env'

/**
 * Where document files live (SPEC F-20): the data directory by default, an S3-compatible bucket
 * when S3_BUCKET is set. Payload (and @payloadcms/storage-s3) write and serve the files; this
 * module lists and removes them, for the consistency guarantee "no file without its record", and
 * reads one for the system (a person's data archive, F-86).
 */
export type DocumentStore = {
  kind: 'local' | 's3'
  list(): Promise<string[]>
  read(filename: string): Promise<Readable>
  remove(filename: string): Promise<void>
}

export function documentsDirectory(config: Env = env()): string {
  return path.join(config.dataDir, 'documents')
}

export function s3ClientConfig(config: Env) {
  return {
    region: config.S3_REGION,
    endpoint: config.S3_ENDPOINT,
    forcePathStyle: config.S3_FORCE_PATH_STYLE,
    credentials:
      config.S3_ACCESS_KEY_ID && config.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: config.S3_ACCESS_KEY_ID, secretAccessKey: config.S3_SECRET_ACCESS_KEY }
        : undefined,
  }
}

let s3: S3Client | undefined

export function documentStore(config: Env = env()): DocumentStore {
  const bucket = config.S3_BUCKET
  if (!bucket) {
    const directory = documentsDirectory(config)
    return {
      kind: 'local',
      list: async () => {
        try {
          return (await readdir(directory, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name)
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
          throw error
        }
      },
      read: async (filename) => createReadStream(path.join(directory, path.basename(filename))),
      remove: (filename) => rm(path.join(directory, path.basename(filename)), { force: true }),
    }
  }
  s3 ??= new S3Client(s3ClientConfig(config))
  const client = s3
  return {
    kind: 's3',
    list: async () => {
      const keys: string[] = []
      let token: string | undefined
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket: bucket, ContinuationToken: token }))
        keys.push(...(page.Contents ?? []).map((object) => object.Key ?? '').filter(Boolean))
        token = page.IsTruncated ? page.NextContinuationToken : undefined
      } while (token)
      return keys
    },
    read: async (filename) => {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: filename }))
      return object.Body as Readable
    },
    remove: async (filename) => {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: filename }))
    },
  }
}
