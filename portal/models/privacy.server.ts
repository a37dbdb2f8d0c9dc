import { createLocalReq, type Payload } from 'payload'

import { personOf, type PortalUser } from '@/access/portal'
import { claimArchive } from '@/privacy/download'
import type { ErasurePlan } from '@/privacy/erasure'

/**
 * F-86: the person's access log, their data archive and their erasure request. Reads and writes
 * run as the portal user (`overrideAccess: false`): the portal views of `document-access-log`
 * and `privacy-requests` hold them to their own person.
 */

export const accessLogPageSize = 25

export type AccessEntry = {
  id: number
  at: string
  subject: 'documents' | 'person'
  action: string
  who: { kind: 'self' } | { kind: 'staff'; name: string; seeAs: boolean }
  documents: Array<{ id: number; title: string | null }>
}

type LogRow = {
  id: number
  createdAt: string
  subject?: string | null
  action: string
  portalUserId?: number | null
  staffUserId?: number | null
  seeAsStaffUserId?: number | null
  documentIds?: unknown
}

/** One page of who read the person's documents and record, newest first. */
export async function accessLog(payload: Payload, user: PortalUser, page: number) {
  const result = await payload.find({
    collection: 'document-access-log',
    user,
    overrideAccess: false,
    depth: 0,
    sort: '-createdAt',
    limit: accessLogPageSize,
    page,
  })
  const rows = result.docs as unknown as LogRow[]
  const staffIds = [
    ...new Set(
      rows
        .flatMap((row) => [row.staffUserId, row.seeAsStaffUserId])
        .filter((id): id is number => typeof id === 'number'),
    ),
  ]
  const documentIds = [
    ...new Set(rows.flatMap((row) => (Array.isArray(row.documentIds) ? row.documentIds.map(Number) : []))),
  ]
  const [staff, documents] = await Promise.all([
    staffIds.length
      ? payload.find({
          collection: 'users',
          where: { id: { in: staffIds } },
          depth: 0,
          pagination: false,
          // -- trusted: Art. 15 gives the person the right to know who read their data; staff users
          // are closed to portal users, so only their names are read, for ids from the person's own log rows.
          overrideAccess: true, // -- trusted: who read their data: staff names only
          select: { name: true },
        })
      : Promise.resolve({ docs: [] as Array<{ id: number; name?: string | null }> }),
    documentIds.length
      ? payload.find({
          collection: 'documents',
          where: { id: { in: documentIds } },
          depth: 0,
          pagination: false,
          // -- trusted: titles only, of documents from the person's own read log (they saw them then);
          // read as them, this page would write read-log rows of its own.
          overrideAccess: true, // -- trusted: titles of documents in the person's own read log
          select: { title: true },
        })
      : Promise.resolve({ docs: [] as Array<{ id: number; title?: string | null }> }),
  ])
  const names = new Map(staff.docs.map((doc) => [doc.id as number, String(doc.name ?? '')]))
  const titles = new Map(documents.docs.map((doc) => [doc.id as number, String(doc.title ?? '')]))
  const entries: AccessEntry[] = rows.map((row) => {
    const staffId = row.staffUserId ?? row.seeAsStaffUserId
    const ids = Array.isArray(row.documentIds) ? row.documentIds.map(Number) : []
    return {
      id: row.id,
      at: row.createdAt,
      subject: row.subject === 'person' ? 'person' : 'documents',
      action: row.action,
      who:
        typeof staffId === 'number'
          ? { kind: 'staff', name: names.get(staffId) ?? '', seeAs: row.seeAsStaffUserId != null }
          : { kind: 'self' },
      documents: ids.map((id) => ({ id, title: titles.get(id) ?? null })),
    }
  })
  return { entries, page: result.page ?? 1, totalPages: result.totalPages }
}

export type PrivacyRequestSummary = {
  id: number
  kind: 'export' | 'erasure'
  status: string
  createdAt: string
  expiresAt: string | null
  outcome: ErasurePlan | null
}

/** Their data-protection requests, newest first. */
export async function privacyRequests(payload: Payload, user: PortalUser): Promise<PrivacyRequestSummary[]> {
  const { docs } = await payload.find({
    collection: 'privacy-requests',
    user,
    overrideAccess: false,
    depth: 0,
    sort: '-createdAt',
    pagination: false,
  })
  return docs.map((doc) => ({
    id: doc.id,
    kind: doc.kind,
    status: doc.status ?? 'queued',
    createdAt: doc.createdAt,
    expiresAt: doc.archive?.expiresAt ?? null,
    outcome: (doc.decision?.outcome as ErasurePlan | undefined) ?? null,
  }))
}

/** Asks for an archive, unless one is being made or waits for its download. */
export async function askForExport(payload: Payload, user: PortalUser) {
  const pending = (await privacyRequests(payload, user)).find(
    (request) =>
      request.kind === 'export' &&
      (request.status === 'queued' ||
        (request.status === 'ready' && request.expiresAt && request.expiresAt > new Date().toISOString())),
  )
  if (pending) return pending.id
  const created = await payload.create({
    collection: 'privacy-requests',
    user,
    overrideAccess: false,
    data: { kind: 'export', person: personOf(user) },
  })
  return created.id
}

/** Asks for erasure, unless a request of theirs is still open. */
export async function askForErasure(payload: Payload, user: PortalUser, message: string) {
  const open = (await privacyRequests(payload, user)).find(
    (request) => request.kind === 'erasure' && request.status === 'open',
  )
  if (open) return open.id
  const created = await payload.create({
    collection: 'privacy-requests',
    user,
    overrideAccess: false,
    data: { kind: 'erasure', person: personOf(user), message: message || undefined },
  })
  return created.id
}

/** The archive's one download for the portal user who asked for it, or null. */
export async function downloadArchive(payload: Payload, user: PortalUser, id: number): Promise<Response | null> {
  const req = await createLocalReq({ user }, payload)
  return claimArchive(req, id)
}
