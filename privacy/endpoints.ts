import { type Endpoint, Forbidden, NotFound } from 'payload'
import { z } from 'zod'

import { hasPermission } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { fieldError } from '@/i18n/messages'
import { inTransaction } from '@/db/transaction'

import { claimArchive } from './download'
import { carryOutErasure, erasurePlan } from './erasure'

const idParam = z.coerce.number().int().positive().max(2_147_483_647)

async function erasureRequest(req: Parameters<Endpoint['handler']>[0]) {
  if (!(await hasPermission(req, P.privacyErase))) throw new Forbidden(req.t)
  const id = idParam.safeParse(req.routeParams?.id)
  if (!id.success) throw new NotFound(req.t)
  const request = await req.payload
    .findByID({ collection: 'privacy-requests', id: id.data, depth: 0, req, user: req.user, overrideAccess: false })
    .catch(() => null)
  if (!request || request.kind !== 'erasure') throw new NotFound(req.t)
  return request
}

/**
 * `GET /api/privacy-requests/:id/archive` — the staff user who produced an export downloads it
 * once (F-86; the person downloads theirs in the portal). `GET …/:id/erasure-plan` shows what an
 * erasure would do, `POST …/:id/erase` carries it out (900189), in one transaction.
 */
export const privacyEndpoints: Endpoint[] = [
  {
    path: '/:id/archive',
    method: 'get',
    handler: async (req) => {
      if (!(await hasPermission(req, P.privacyExport))) throw new Forbidden(req.t)
      const id = idParam.safeParse(req.routeParams?.id)
      const response = id.success ? await claimArchive(req, id.data) : null
      if (!response) throw new NotFound(req.t)
      return response
    },
  },
  {
    path: '/:id/erasure-plan',
    method: 'get',
    handler: async (req) => {
      const request = await erasureRequest(req)
      return Response.json({ status: request.status, plan: await erasurePlan(req, Number(request.person)) })
    },
  },
  {
    path: '/:id/erase',
    method: 'post',
    handler: async (req) => {
      const request = await erasureRequest(req)
      if (request.status !== 'open') {
        throw fieldError(req, 'status', 'privacyRequestNotOpen', {}, 'privacy-requests')
      }
      const outcome = await inTransaction(req, async () => {
        const personId = Number(request.person)
        const plan = await erasurePlan(req, personId)
        const result = plan.refused ? null : await carryOutErasure(req, personId, plan)
        // System write: the decision is recorded by the action staff with 900189 just took.
        await req.payload.update({
          collection: 'privacy-requests',
          id: request.id,
          req,
          overrideAccess: true,
          data: {
            status: plan.refused ? 'refused' : 'done',
            decision: {
              decidedBy: req.user?.id as number,
              decidedAt: new Date().toISOString(),
              outcome: { ...plan, ...(result ?? {}) },
            },
          },
        })
        return { plan, ...(result ?? {}) }
      })
      return Response.json(outcome, { status: outcome.plan.refused ? 409 : 200 })
    },
  },
]
