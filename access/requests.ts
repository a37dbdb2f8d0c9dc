import type { PayloadRequest } from 'payload'

import { idOf } from '@/fields/relationship'

import { personOf, type PortalRule } from './portal'
import { scopeOf } from './portal-scope'

/** Photos a portal user may add to one request (SPEC F-54). */
export const maxPhotosPerRequest = 5

/** The size limit of one photo. */
export const photoMaxSizeMb = 10

/** A portal user's own requests, with status and the staff's answers; never other people's. */
export const ownRequests: PortalRule = (_args, user) => ({ person: { equals: personOf(user) } })

const asId = (value: unknown): number | null => {
  const id = Number(idOf(value))
  return Number.isInteger(id) && id > 0 ? id : null
}

/** A form submission not yet behind any request (system count: submissions are closed to portal users). */
async function unlinkedSubmission(req: PayloadRequest, id: number | null): Promise<boolean> {
  if (id === null) return false
  const [submissions, requests] = await Promise.all([
    req.payload.count({ collection: 'form-submissions', where: { id: { equals: id } }, req, overrideAccess: true }),
    req.payload.count({ collection: 'requests', where: { formSubmission: { equals: id } }, req, overrideAccess: true }),
  ])
  return submissions.totalDocs === 1 && requests.totalDocs === 0
}

const named = (value: unknown) => value != null && value !== ''

/**
 * A request for their own person, and for an object, unit and tenancy of theirs if it names one,
 * linked to a form submission only if no other request has it. A boolean
 * after checking `data` (a returned `where` would count as "allowed" on create). Without data
 * (the admin or portal asking whether creating is possible at all) the answer is yes.
 */
export const requestOfTheirs: PortalRule = async ({ req, data }, user) => {
  if (data === undefined || data === null) return true
  const record = data as {
    person?: unknown
    object?: unknown
    unit?: unknown
    tenancy?: unknown
    formSubmission?: unknown
  }
  if (asId(record.person) !== personOf(user)) return false
  const scope = await scopeOf(req, personOf(user))
  if (named(record.object) && !scope.objects.has(asId(record.object) ?? 0)) return false
  if (named(record.unit) && !scope.unitIds.includes(asId(record.unit) ?? 0)) return false
  if (named(record.tenancy) && !scope.tenancyIds.includes(asId(record.tenancy) ?? 0)) return false
  if (named(record.formSubmission) && !(await unlinkedSubmission(req, asId(record.formSubmission)))) return false
  return true
}

/** Photos on a portal user's own requests. */
export const ownRequestPhotos: PortalRule = (_args, user) => ({ 'request.person': { equals: personOf(user) } })

/** The person a request belongs to, read by the system: the check decides whether the user may write. */
async function personOfRequest(req: PayloadRequest, id: number): Promise<number | null> {
  const request = await req.payload
    .findByID({ collection: 'requests', id, depth: 0, select: { person: true }, req, overrideAccess: true })
    .catch(() => null)
  return request ? asId(request.person) : null
}

/** A photo on one of their own requests (a boolean after checking `data`, as above). */
export const photoOnOwnRequest: PortalRule = async ({ req, data }, user) => {
  if (data === undefined || data === null) return true
  const request = asId((data as { request?: unknown }).request)
  return request !== null && (await personOfRequest(req, request)) === personOf(user)
}
