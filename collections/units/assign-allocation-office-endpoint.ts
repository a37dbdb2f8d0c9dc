import { APIError, type Endpoint, Forbidden } from 'payload'
import { z } from 'zod'

import { hasPermission } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { bodyError, fieldError } from '@/i18n/messages'
import { inTransaction } from '@/lib/transaction'

const body = z.object({
  units: z.array(z.number().int().positive()).min(1).max(5000),
  allocationOffice: z.number().int().positive().nullable(),
})

/**
 * Assigns an allocation office to many units at once, or removes it (SPEC F-03). One update as
 * the signed-in user, in one transaction: every unit changes, or none does — also when one of the
 * ids does not exist.
 */
export const assignAllocationOfficeEndpoint: Endpoint = {
  path: '/assign-allocation-office',
  method: 'post',
  handler: async (req) => {
    if (!(await hasPermission(req, P.unitsUpdate))) throw new Forbidden(req.t)
    const parsed = body.safeParse(await req.json?.().catch(() => null))
    if (!parsed.success) throw bodyError(req, parsed.error)
    const { units, allocationOffice } = parsed.data
    if (allocationOffice !== null) {
      // System read: whether the office exists is consistency, not visibility.
      const office = await req.payload.findByID({
        collection: 'allocation-offices',
        id: allocationOffice,
        depth: 0,
        req,
        overrideAccess: true,
        disableErrors: true,
        select: {},
      })
      if (!office) throw fieldError(req, 'allocationOffice', 'idsNotFound', { ids: allocationOffice })
    }
    const updated = await inTransaction(req, async () => {
      const result = await req.payload.update({
        collection: 'units',
        where: { id: { in: units } },
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
      const changed = new Set(result.docs.map((doc) => doc.id))
      const missing = [...new Set(units)].filter((id) => !changed.has(id))
      if (missing.length > 0) throw fieldError(req, 'units', 'idsNotFound', { ids: missing.join(', ') })
      return result.docs.length
    })
    return Response.json({ updated })
  },
}
