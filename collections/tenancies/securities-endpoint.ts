import { type Endpoint, Forbidden } from 'payload'
import { z } from 'zod'

import { permissionsOf } from '@/access/permissions'
import { isStaff } from '@/access/staff'
import { P } from '@/constants/permissions'
import { tenancySecurities } from './tenancy-securities'

const params = z.object({ id: z.coerce.number().int().positive(), on: z.iso.date().optional() })

/**
 * `GET /api/tenancies/:id/securities?on=YYYY-MM-DD`: the deposit statement (payments, yearly
 * interest credits, payout) on a day and at the move-out, for holders of the deposits report
 * (348001), and the financing-contribution repayment (§ 17 WGG) for holders of its report (270226).
 * Records are read as the user, so the tenancy's own read rules apply as well.
 */
export const securitiesEndpoint: Endpoint = {
  path: '/:id/securities',
  method: 'get',
  handler: async (req) => {
    if (!isStaff(req.user)) throw new Forbidden(req.t)
    const codes = await permissionsOf(req)
    const deposits = codes.has(P.depositsReport)
    const financing = codes.has(P.financingContributionReport)
    if (!deposits && !financing) throw new Forbidden(req.t)
    const parsed = params.safeParse({ ...Object.fromEntries(req.searchParams ?? []), id: req.routeParams?.id })
    if (!parsed.success) {
      return Response.json({ errors: [{ message: 'id: number; on: YYYY-MM-DD' }] }, { status: 400 })
    }
    const result = await tenancySecurities(req, parsed.data.id, parsed.data.on, { deposit: deposits, financing })
    return Response.json({
      on: result.today,
      ...(deposits ? { deposit: result.deposit } : {}),
      ...(financing ? { financingContribution: result.financingContribution } : {}),
    })
  },
}
