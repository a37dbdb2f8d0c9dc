import { APIError, type Endpoint, Forbidden, type PayloadRequest, type Where } from 'payload'
import { z } from 'zod'

import { hasPermission } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { bodyError, fieldError } from '@/i18n/messages'
import { inTransaction } from '@/db/transaction'

const ids = z.array(z.number().int().positive()).min(1).max(5000)

const unitsBody = z.object({ units: ids, allocationOffice: z.number().int().positive().nullable() })

const objectsBody = z.object({
  objects: ids,
  allocationOffice: z.number().int().positive(),
  /** The manual's choice: overwrite offices already entered, or fill only units without one. */
  overwrite: z.boolean(),
})

async function parsedBody<T extends z.ZodTypeAny>(req: PayloadRequest, schema: T): Promise<z.infer<T>> {
  if (!(await hasPermission(req, P.unitsUpdate))) throw new Forbidden(req.t)
  const parsed = schema.safeParse(await req.json?.().catch(() => null))
  if (!parsed.success) throw bodyError(req, parsed.error)
  return parsed.data
}

/** Which of these ids have no record (system read: existence is consistency, not visibility). */
async function missingIds(req: PayloadRequest, collection: 'allocation-offices' | 'objects', wanted: number[]) {
  const found = await req.payload.find({
    collection,
    where: { id: { in: wanted } },
    limit: 0,
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
    select: {},
  })
  const present = new Set(found.docs.map((doc) => doc.id))
  return [...new Set(wanted)].filter((id) => !present.has(id))
}

/** One update of the matching units as the signed-in user: every unit changes, or none does. */
async function assignToUnits(req: PayloadRequest, where: Where, allocationOffice: number | null) {
  return inTransaction(req, async () => {
    const result = await req.payload.update({
      collection: 'units',
      where,
      data: { allocationOffice },
      req,
      user: req.user,
      overrideAccess: false,
      depth: 0,
    })
    if (result.errors.length > 0) {
      throw new APIError(
        result.errors.map((error) => `${error.id}: ${error.message}`).join('; '),
        400,
        result.errors,
        true,
      )
    }
    return result.docs.map((doc) => doc.id)
  })
}

/**
 * Assigns an allocation office to many units at once, or removes it (SPEC F-03). One update as
 * the signed-in user, in one transaction: every unit changes, or none does — also when one of the
 * ids does not exist.
 */
export const assignAllocationOfficeEndpoint: Endpoint = {
  path: '/assign-allocation-office',
  method: 'post',
  handler: async (req) => {
    const { units, allocationOffice } = await parsedBody(req, unitsBody)
    if (allocationOffice !== null && (await missingIds(req, 'allocation-offices', [allocationOffice])).length > 0)
      throw fieldError(req, 'allocationOffice', 'idsNotFound', { ids: allocationOffice })
    const updated = await inTransaction(req, async () => {
      const changed = new Set(await assignToUnits(req, { id: { in: units } }, allocationOffice))
      const missing = [...new Set(units)].filter((id) => !changed.has(id))
      if (missing.length > 0) throw fieldError(req, 'units', 'idsNotFound', { ids: missing.join(', ') })
      return changed.size
    })
    return Response.json({ updated })
  },
}

/**
 * Assigns an allocation office to every unit of whole objects, from the object list (SPEC F-09,
 * the manual's "Einheiten"): overwriting offices already entered, or only where the unit's
 * allocation right is still empty.
 */
export const assignAllocationOfficeToObjectsEndpoint: Endpoint = {
  path: '/assign-allocation-office',
  method: 'post',
  handler: async (req) => {
    const { objects, allocationOffice, overwrite } = await parsedBody(req, objectsBody)
    if ((await missingIds(req, 'allocation-offices', [allocationOffice])).length > 0)
      throw fieldError(req, 'allocationOffice', 'idsNotFound', { ids: allocationOffice })
    const missing = await missingIds(req, 'objects', objects)
    if (missing.length > 0) throw fieldError(req, 'objects', 'idsNotFound', { ids: missing.join(', ') })
    const inObjects: Where = { object: { in: objects } }
    const where: Where = overwrite ? inObjects : { and: [inObjects, { allocationOffice: { exists: false } }] }
    const updated = (await assignToUnits(req, where, allocationOffice)).length
    return Response.json({ updated })
  },
}
