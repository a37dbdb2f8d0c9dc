import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { PayloadRequest } from 'payload'

/** Drizzle inside the request's transaction when it has one (what Payload's adapter does too). */
export async function drizzleFor(req: PayloadRequest) {
  const adapter = req.payload.db as unknown as PostgresAdapter
  const session = req.transactionID ? adapter.sessions[await req.transactionID] : undefined
  return { adapter, db: session?.db ?? adapter.drizzle }
}
