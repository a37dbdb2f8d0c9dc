import type { PayloadRequest } from 'payload'

import { idOf } from '@/fields/relationship'

import { personOf, type PortalRule } from './portal'
import { scopeOf } from './portal-scope'

/** Photos a portal user may add to one request (SPEC F-54). */
export const maxPhotosPerRequest = 5

/** A portal user's own requests, with status and the staff's answers; never other people's. */
export const ownRequests: PortalRule = (_args, user) => ({ person: { equals: personOf(user) } })

const asId = (value: unknown): number | null => {
  const id = Number(idOf(value))
  return Number.isInteger(id) && id > 0 ? id : null
}

/**
 * A request for their own person, and for a unit and tenancy of theirs if it names one. A boolean
 * after checking `data` (a returned `where` would count as "allowed" on create). Without data
 * (the admin or portal asking whether creating is possible at all) the answer is yes.
 */
export const requestOfTheirs: PortalRule = async ({ req, data }, user) => {
  if (data === undefined || data === null) return true
  const record = data as { person?: unknown; unit?: unknown; tenancy?: unknown }
  if (asId(record.person) !== personOf(user)) return false
  const scope = await scopeOf(req, personOf(user))
  if (record.unit != null && record.unit !== '' && !scope.unitIds.includes(asId(record.unit) ?? 0)) return false
  if (record.tenancy != null && record.tenancy !== '' && !scope.tenancyIds.includes(asId(record.tenancy) ?? 0))
    return false
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
