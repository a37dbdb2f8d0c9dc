import { type Endpoint, Forbidden } from 'payload'

import { hasPermission } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { syncAllocationOfficesFromMunicipalities } from './sync-municipalities'

/** "Aus Gemeindeliste synchronisieren" (SPEC F-09): creates the offices that are missing. */
export const syncMunicipalitiesEndpoint: Endpoint = {
  path: '/sync-municipalities',
  method: 'post',
  handler: async (req) => {
    if (!(await hasPermission(req, P.allocationOfficesCreate))) throw new Forbidden(req.t)
    const result = await syncAllocationOfficesFromMunicipalities(req)
    return Response.json(result)
  },
}
