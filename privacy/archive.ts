import { createWriteStream } from 'node:fs'
import { mkdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

import { ZipArchive } from 'archiver'
import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { documentStore } from '@/collections/documents/storage'
import { env } from '@/server/env'

/** Where finished archives wait for their one download: the data directory, never the public file routes. */
export function archiveDirectory(): string {
  return path.join(env().dataDir, 'privacy-exports')
}

export type PersonalData = Record<string, unknown[]>

// System reads: the subject of the data may have all of it (Art. 15), and who asked for the
// archive was checked by the collection's create access (staff code 900188 or the person's own
// portal sign-in). Every field is included, also those the portal views hide.
async function all(req: PayloadRequest, collection: CollectionSlug, where: Where, select?: Record<string, true>) {
  const { docs } = await req.payload.find({
    collection,
    where,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    ...(select ? { select } : {}),
  })
  return docs as unknown as Array<Record<string, unknown>>
}

/** Everything Hauswerk holds about one person, one list per kind. */
export async function personalData(req: PayloadRequest, personId: number): Promise<PersonalData> {
  const person = await req.payload.findByID({ collection: 'persons', id: personId, depth: 0, overrideAccess: true, req })
  const tenancies = await all(req, 'tenancies', { holders: { contains: personId } })
  const tenancyIds = tenancies.map((tenancy) => tenancy.id as number)
  const [portalUsers, functions, postings, requests, releases, receipts, accessLog, privacyRequests] = await Promise.all([
    all(req, 'portal-users', { person: { equals: personId } }, { email: true, language: true, disabled: true, createdAt: true }),
    all(req, 'functions', { person: { equals: personId } }),
    tenancyIds.length ? all(req, 'postings', { tenancy: { in: tenancyIds } }) : Promise.resolve([]),
    all(req, 'requests', { person: { equals: personId } }),
    all(req, 'document-releases', { person: { equals: personId } }),
    all(req, 'document-receipts', { person: { equals: personId } }),
    all(req, 'document-access-log', { personId: { equals: personId } }),
    all(req, 'privacy-requests', { person: { equals: personId } }),
  ])
  return {
    person: [person],
    'portal-users': portalUsers,
    tenancies,
    functions,
    postings,
    requests,
    releases,
    receipts,
    'access-log': accessLog,
    'privacy-requests': privacyRequests,
  }
}

type ReleasedFile = { id: number; filename: string; title: string }

/** The files released to the person (each once), to put beside the data. */
async function releasedFiles(req: PayloadRequest, data: PersonalData): Promise<ReleasedFile[]> {
  const ids = [...new Set(data.releases.map((release) => Number((release as { document?: unknown }).document)))]
  if (ids.length === 0) return []
  const docs = await all(req, 'documents', { id: { in: ids } }, { filename: true, title: true })
  return docs
    .filter((doc) => typeof doc.filename === 'string')
    .map((doc) => ({ id: doc.id as number, filename: doc.filename as string, title: String(doc.title ?? '') }))
}

/**
 * Writes the ZIP (one JSON file per kind, the released files under `dokumente/`) aside and renames
 * it into place when complete, so that a killed job never leaves an archive that looks finished.
 */
export async function writeArchive(req: PayloadRequest, personId: number, name: string) {
  const data = await personalData(req, personId)
  const files = await releasedFiles(req, data)
  const directory = archiveDirectory()
  await mkdir(directory, { recursive: true })
  const target = path.join(directory, name)
  const partial = `${target}.part`
  const zip = new ZipArchive({ zlib: { level: 6 } })
  const written = pipeline(zip, createWriteStream(partial, { mode: 0o600 }))
  // Awaited below; this keeps a failure before that point from surfacing as an unhandled rejection.
  written.catch(() => undefined)
  try {
    for (const [kind, rows] of Object.entries(data)) {
      zip.append(`${JSON.stringify(rows, null, 2)}\n`, { name: `${kind}.json` })
    }
    const store = documentStore()
    for (const file of files) {
      zip.append(await store.read(file.filename), { name: `dokumente/${file.id}-${path.basename(file.filename)}` })
    }
    await zip.finalize()
    await written
    await rename(partial, target)
  } catch (error) {
    zip.abort()
    await rm(partial, { force: true })
    throw error
  }
  return { filename: name, size: (await stat(target)).size }
}
