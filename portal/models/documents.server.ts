import { createLocalReq, Forbidden, type Payload, type Where } from 'payload'
import { z } from 'zod'

import type { PortalUser } from '@/access/portal'
import { documentCategories } from '@/collections/documents/categories'

import { asUser } from './request.server'
import { personRoles, type RoleScope, rolesIn } from './roles.server'

export const pageSize = 20

/** The portal's document list filters (F-52): page, category, year. */
export const documentListQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  category: z.enum(documentCategories.map((category) => category.value) as [string, ...string[]]).optional(),
  year: z.coerce.number().int().min(1900).max(2200).optional(),
})

export type DocumentListQuery = z.input<typeof documentListQuery>

const listed = {
  title: true,
  category: true,
  year: true,
  filename: true,
  mimeType: true,
  filesize: true,
  url: true,
  fileVersion: true,
  createdAt: true,
} as const

/**
 * The role switch (F-82) on documents: in one role's scope, a document bound to a tenancy shows
 * when that tenancy is one of the role's, one bound to a unit (and no tenancy) when the unit is,
 * one bound only to an object when the object is; documents for the person alone show in every
 * scope. A filter on top of access, never a widening of it.
 */
async function roleScopeFilter(payload: Payload, user: PortalUser, scope: RoleScope): Promise<Where | null> {
  if (scope === 'all') return null
  const roles = rolesIn((await personRoles(payload, user)).roles, scope)
  const ids = (values: Array<number | null>) => {
    const unique = [...new Set(values.filter((value): value is number => typeof value === 'number'))]
    return unique.length ? unique : [0]
  }
  const none = { exists: false } as const
  return {
    or: [
      { tenancy: { in: ids(roles.map((role) => role.tenancyId)) } },
      { and: [{ tenancy: none }, { unit: { in: ids(roles.map((role) => role.unitId)) } }] },
      { and: [{ tenancy: none }, { unit: none }, { object: { in: ids(roles.map((role) => role.objectId)) } }] },
      { and: [{ tenancy: none }, { unit: none }, { object: none }] },
    ],
  }
}

/**
 * The documents released to the signed-in person, newest first, 20 a page (F-52), in the chosen
 * role scope (F-82). Always as the user, with access: the rules in access/ decide what is in the
 * list; this adds only filters.
 */
export async function listDocuments(
  payload: Payload,
  user: PortalUser,
  query: DocumentListQuery = {},
  scope: RoleScope = 'all',
) {
  const { page, category, year } = documentListQuery.parse(query)
  const filters: Where[] = []
  const inScope = await roleScopeFilter(payload, user, scope)
  if (inScope) filters.push(inScope)
  if (category) filters.push({ category: { equals: category } })
  if (year) filters.push({ year: { equals: year } })
  return payload.find({
    collection: 'documents',
    ...asUser(user),
    where: filters.length ? { and: filters } : undefined,
    sort: ['-createdAt', '-id'],
    limit: pageSize,
    page,
    depth: 0,
    select: listed,
  })
}

/** One released document (opening it counts as receiving it, F-81, unless staff look "as" the person). */
export async function openDocument(payload: Payload, user: PortalUser, id: number) {
  return payload.findByID({ collection: 'documents', id, user, overrideAccess: false, depth: 0, select: listed })
}

/**
 * The document behind a download link, if it is released to the person (else null, the same for
 * a missing and a foreign id). A list read, not an open: the download itself, through the file
 * route, is what records the proof of receipt as `download` (F-81).
 */
export async function documentForDownload(payload: Payload, user: PortalUser, id: number) {
  const { docs } = await payload.find({
    collection: 'documents',
    ...asUser(user),
    where: { id: { equals: id } },
    limit: 1,
    pagination: false,
    depth: 0,
    select: listed,
  })
  return docs[0] ?? null
}

/**
 * The bytes of a document by its file name, through Payload's own file route handler (`GET
 * /api/documents/file/:filename`) run in this process as the user: the same access check, the
 * same read log and proof of receipt (`logPortalDownload`: rule 7, F-81) and the same storage (disk
 * or S3) as the API path, without a second HTTP request through Next that would check the session
 * and the access again and stream the bytes through two processes. Null when access refuses.
 */
export async function documentFile(payload: Payload, user: PortalUser, filename: string): Promise<Response | null> {
  const endpoints = payload.collections.documents.config.endpoints || []
  const fileRoute = endpoints.find((endpoint) => endpoint.method === 'get' && endpoint.path === '/file/:filename')
  if (!fileRoute) throw new Error('documents has no file route')
  const { context } = asUser(user)
  const req = await createLocalReq(
    { user, context, req: { routeParams: { collection: 'documents', filename }, headers: new Headers() } },
    payload,
  )
  try {
    const response = await fileRoute.handler(req)
    return response.ok && response.body ? response : null
  } catch (error) {
    if (error instanceof Forbidden) return null
    throw error
  }
}
