import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { isPortalUser } from '@/access/portal'
import { isStaff } from '@/access/staff'

import { privacyExportTaskSlug, privacyQueue } from './job'

/** A new request starts queued (export) or open (erasure), stamped with who asked. */
export const stampRequest: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const user = req.user
  return {
    ...data,
    status: data.kind === 'export' ? 'queued' : 'open',
    requestedBy: {
      portalUser: isPortalUser(user) ? user.id : null,
      staffUser: isStaff(user) ? user.id : null,
    },
  }
}

/** An export request becomes a job on the same transaction: no request without its job. */
export const queueExport: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || doc.kind !== 'export') return doc
  await req.payload.jobs.queue({
    task: privacyExportTaskSlug as never,
    input: { requestId: doc.id } as never,
    queue: privacyQueue,
    req,
  })
  return doc
}
