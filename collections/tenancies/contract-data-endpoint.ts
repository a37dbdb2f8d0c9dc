import { type Endpoint, Forbidden } from 'payload'
import { z } from 'zod'

import { isStaff } from '@/access/staff'
import { message } from '@/i18n/messages'

import { contractDataOf, staffContractDataButtonOn } from './contract-data'

const params = z.object({ id: z.coerce.number().int().positive() })

/**
 * `GET /api/tenancies/:id/contract-data`: what the "Mietvertragsdaten" button of a tenancy shows
 * (manual, global variable 780). Refused with a 403 saying so while the setting is off, so the
 * data does not leak past the hidden button; otherwise read as the user (contract-data.ts).
 */
export const contractDataEndpoint: Endpoint = {
  path: '/:id/contract-data',
  method: 'get',
  handler: async (req) => {
    if (!isStaff(req.user)) throw new Forbidden(req.t)
    if (!(await staffContractDataButtonOn(req))) {
      // Payload's Forbidden (logged as info, like every refusal), with the reason instead of its generic text.
      throw Object.assign(new Forbidden(req.t), { message: message(req, 'contractDataSwitchedOff') })
    }
    const parsed = params.safeParse({ id: req.routeParams?.id })
    if (!parsed.success) return Response.json({ errors: [{ message: 'id: number' }] }, { status: 400 })
    return Response.json(await contractDataOf(req, parsed.data.id))
  },
}
