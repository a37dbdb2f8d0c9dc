import type { Access, PayloadRequest, Where } from 'payload'

import { P, readPermissionCodes } from '@/constants/permissions'
import { idOf } from '@/fields/relationship'

import { hasPermission, permissionsOf } from './permissions'
import { isStaff } from './staff'

/**
 * Rules for the collections, globals and endpoints that Payload and its plugins add (edit locks,
 * preferences, migrations, jobs, the key-value store). Payload's defaults let any signed-in user
 * in, portal users included; here each gets its own rule (plugins/framework-access.ts applies them).
 */

/** The system only (migrations, the job runner, Payload's own lock handling use the database directly). */
export const nobody: Access = () => false

/** Staff whose roles grant a change of anything: a read-only role keeps only read codes (access/permissions.ts). */
export async function isEditingStaff(req: PayloadRequest): Promise<boolean> {
  if (!isStaff(req.user)) return false
  for (const code of await permissionsOf(req)) if (!readPermissionCodes.has(code as never)) return true
  return false
}

/** Rows whose polymorphic `user` is the signed-in staff user (locks and preferences). */
function ownRows(req: PayloadRequest): Where {
  return { and: [{ 'user.value': { equals: req.user?.id } }, { 'user.relationTo': { equals: 'users' } }] }
}

/** Whether a polymorphic `user` value names the signed-in staff user. */
function namesSelf(req: PayloadRequest, value: unknown): boolean {
  if (!value || typeof value !== 'object') return false
  const { relationTo, value: id } = value as { relationTo?: unknown; value?: unknown }
  return relationTo === 'users' && String(idOf(id as never)) === String(req.user?.id)
}

/** Staff see every edit lock: the admin shows who is editing a record. */
export const readLocks: Access = ({ req }) => isStaff(req.user)

/** A lock is taken by staff who may change something, in their own name only. */
export const createLock: Access = async ({ req, data }) =>
  (await isEditingStaff(req)) && (!data || !('user' in data) || namesSelf(req, data.user))

/**
 * Staff who may change something take over any lock (the admin's "take over"), which makes it
 * theirs; any other change only to their own locks.
 */
export const updateLock: Access = async ({ req, data }) => {
  if (!(await isEditingStaff(req))) return false
  if (data && 'user' in data) return namesSelf(req, data.user)
  return ownRows(req)
}

/** A lock is released by its holder (expired locks are removed by Payload itself). */
export const deleteLock: Access = async ({ req }) => ((await isEditingStaff(req)) ? ownRows(req) : false)

/** Admin preferences (columns, open groups) are each staff user's own, read-only roles included. */
export const ownPreferences: Access = ({ req }) => (isStaff(req.user) ? ownRows(req) : false)

/** A preference is always stored for the user who sends it (Payload's own hook sets `user`). */
export const createPreferences: Access = ({ req }) => isStaff(req.user)

/** Jobs are the nightly import: those who may run the import see, queue, run and cancel them. */
export async function mayRunJobs({ req }: { req: PayloadRequest }): Promise<boolean> {
  return isStaff(req.user) && hasPermission(req, P.importRun)
}

export const readJobs: Access = ({ req }) => mayRunJobs({ req })
