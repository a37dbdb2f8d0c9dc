import { APIError, type Endpoint, Forbidden } from 'payload'
import { z } from 'zod'

import { hasPermission } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { inTransaction } from '@/lib/transaction'

const body = z.object({
  units: z.array(z.number().int().positive()).min(1).max(5000),
  allocationOffice: z.number().int().positive().nullable(),
})

/**
 * Assigns an allocation office to many units at once, or removes it (SPEC F-03). One update as
 * the signed-in user, in one transaction: every unit changes, or none does.
 */
export const assignAllocationOfficeEndpoint: Endpoint = {
  path: '/assign-allocation-office',
  method: 'post',
  handler: async (req) => {
    if (!(await hasPermission(req, P.unitsUpdate))) throw new Forbidden(req.t)
    const parsed = body.safeParse(await req.json?.().catch(() => null))
    if (!parsed.success) {
      const errors = parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }))
      return Response.json({ errors }, { status: 400 })
    }
    const { units, allocationOffice } = parsed.data
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
      return result.docs.length
    })
    return Response.json({ updated })
  },
}
