import { type Endpoint, Forbidden, NotFound } from 'payload'
import { z } from 'zod'

import { hasPermission } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { bodyError } from '@/i18n/messages'

import { currentHolders, invitePersons } from './invitations'

const id = z.number().int().positive()
const body = z
  .object({
    person: id.optional(),
    object: id.optional(),
    preview: z.boolean().default(false),
    language: z.enum(['de', 'en']).default('de'),
  })
  .refine((value) => (value.person === undefined) !== (value.object === undefined), {
    message: 'Give either a person or an object.',
    path: ['person'],
  })

/**
 * `POST /api/portal-users/invite` (SPEC F-50): invites one person (`{ person }`) or all current
 * tenants and owners of an object (`{ object }`); `preview: true` only counts who would get a
 * mail, who has no address and who already has a sign-in.
 */
export const inviteEndpoint: Endpoint = {
  path: '/invite',
  method: 'post',
  handler: async (req) => {
    if (!(await hasPermission(req, P.portalUsersManage))) throw new Forbidden(req.t)
    const parsed = body.safeParse(await req.json?.().catch(() => null))
    if (!parsed.success) throw bodyError(req, parsed.error)
    const { person, object, preview, language } = parsed.data
    let persons: number[]
    if (object !== undefined) {
      const readable = await req.payload.count({
        collection: 'objects',
        where: { id: { equals: object } },
        req,
        user: req.user,
        overrideAccess: false,
      })
      if (readable.totalDocs === 0) throw new NotFound(req.t)
      persons = await currentHolders(req, object)
    } else {
      persons = [person!]
    }
    const result = await invitePersons(req, persons, { preview, language })
    if (
      person !== undefined &&
      result.mail.length + result.withoutAddress.length + result.hasSignIn.length === 0 &&
      result.failed.length === 0
    )
      throw new NotFound(req.t)
    return Response.json({
      preview,
      counts: {
        mail: result.mail.length,
        withoutAddress: result.withoutAddress.length,
        hasSignIn: result.hasSignIn.length,
        failed: result.failed.length,
      },
      ...result,
    })
  },
}
