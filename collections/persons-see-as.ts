import { type Endpoint, Forbidden, NotFound } from 'payload'
import { z } from 'zod'

import { hasPermission } from '@/access/permissions'
import { isStaff } from '@/access/staff'
import { P } from '@/constants/permissions'
import { mintSeeAsToken, seeAsCookieName, seeAsLifetimeSeconds } from '@/auth/see-as'

const params = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) })

/**
 * F-23 "see as": staff with permission 900186 open the real portal, read-only, as the person.
 * The user and the permission are checked first; then a signed token (PAYLOAD_SECRET, staff id,
 * person id, at most 10 minutes) goes into the portal's see-as cookie — same address, its own
 * cookie, never the person's session — and the browser lands on the portal's start page.
 */
export const seeAsEndpoint: Endpoint = {
  path: '/:id/see-as',
  method: 'post',
  handler: async (req) => {
    if (!isStaff(req.user) || !(await hasPermission(req, P.portalViewAs))) throw new Forbidden(req.t)
    const parsed = params.safeParse(req.routeParams)
    if (!parsed.success) throw new NotFound(req.t)
    // As the staff member: a person they may not read is not found.
    const person = await req.payload.findByID({
      collection: 'persons',
      id: parsed.data.id,
      depth: 0,
      req,
      user: req.user,
      overrideAccess: false,
      disableErrors: true,
      select: {},
    })
    if (!person) throw new NotFound(req.t)
    const cookie = [
      `${seeAsCookieName}=${mintSeeAsToken(req.user.id, parsed.data.id)}`,
      'Path=/',
      `Max-Age=${seeAsLifetimeSeconds}`,
      'SameSite=Lax',
      'HttpOnly',
      (process.env.SERVER_URL ?? '').startsWith('https:') ? 'Secure' : '',
    ]
      .filter(Boolean)
      .join('; ')
    return new Response(null, { status: 303, headers: { Location: '/', 'Set-Cookie': cookie } })
  },
}
