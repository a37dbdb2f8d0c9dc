import { type Endpoint, Forbidden } from 'payload'
import { z } from 'zod'

import { hasPermission } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { bodyError } from '@/i18n/messages'
import { storedDate } from '@/lib/dates'
import { today } from '@/globals/settings-reader'

const body = z.object({ until: z.iso.date().optional() })

/**
 * "Enddatum setzen" (SPEC F-08): ends a function on a day (today by default). It is an update
 * as the signed-in user, so the same access rules and the F-11 guard apply.
 */
export const endFunctionEndpoint: Endpoint = {
  path: '/:id/end',
  method: 'post',
  handler: async (req) => {
    if (!(await hasPermission(req, P.functionsUpdate))) throw new Forbidden(req.t)
    const parsed = body.safeParse(req.json ? await req.json().catch(() => ({})) : {})
    if (!parsed.success) throw bodyError(req, parsed.error)
    const id = req.routeParams?.id as string
    const doc = await req.payload.update({
      collection: 'functions',
      id,
      data: { until: storedDate(parsed.data.until ?? (await today(req))) },
      req,
      user: req.user,
      overrideAccess: false,
      depth: 0,
    })
    return Response.json({ doc })
  },
}
