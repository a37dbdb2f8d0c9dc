import type { Access, PayloadRequest } from 'payload'

import { P, readPermissionCodes } from '@/constants/permissions'

import { hasPermission, permissionsOf } from './permissions'
import { isStaff } from './staff'

/**
 * Administrators see every export: whoever manages users and roles (900170) can give themselves
 * any permission anyway, so this opens nothing new to them.
 */
export function seesEveryExport(req: PayloadRequest): Promise<boolean> {
  return hasPermission(req, P.usersManage)
}

/**
 * A user who may change something: a read-only role grants only read codes
 * (access/permissions.ts), so holding any other code means a role that is not read-only.
 */
export async function mayChangeAnything(req: PayloadRequest): Promise<boolean> {
  return [...(await permissionsOf(req))].some((code) => !readPermissionCodes.has(code as never))
}

/** Saved exports belong to their creator; administrators see all. */
export const readOwnExports: Access = async ({ req }) => {
  if (!isStaff(req.user)) return false
  if (await seesEveryExport(req)) return true
  return { createdBy: { equals: req.user.id } }
}

/** A saved export is a file written on the server: read-only roles make none. */
export const createExports: Access = async ({ req }) => isStaff(req.user) && (await mayChangeAnything(req))

/** Only the creator (or an administrator) removes an export, and never through a read-only role. */
export const deleteOwnExports: Access = async (args) =>
  isStaff(args.req.user) && (await mayChangeAnything(args.req)) ? readOwnExports(args) : false
