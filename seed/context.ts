import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

import { importContextFlag } from '@/access/accounting-source'

/**
 * Seeding is system work: it writes with `overrideAccess` (the default of the Local API without
 * a user) inside one transaction carried by `req`, as if it came from the accounting import where
 * the data would in real life.
 */
export type SeedContext = { payload: Payload; req: PayloadRequest }

export async function seedContext(payload: Payload): Promise<SeedContext> {
  const req = await createLocalReq({ context: { [importContextFlag]: true } }, payload)
  return { payload, req }
}
