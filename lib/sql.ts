import type { PayloadRequest } from 'payload'

type Queryable = {
  query: (config: {
    name: string
    text: string
    values: unknown[]
  }) => Promise<{ rows: Array<Record<string, unknown>> }>
}
type DrizzleLike = { session?: { client?: Queryable } }

/** A hand-written statement that runs often: named, so Postgres parses and plans it once per connection. */
export type Statement = { name: string; text: string }

export function statement(name: string, text: string): Statement {
  return { name: `hauswerk-${name}`, text }
}

/**
 * Runs a named statement on the request's transaction when it has one (so it sees the request's
 * own writes), else on the pool. Used where one statement replaces several Local API round trips
 * on a hot path (access scopes, the read log, receipts); each statement names the tables it
 * reads. Measured here: the portal's scope query takes ~4 ms planned anew each time, ~0.2 ms
 * prepared.
 */
export async function runStatement(
  req: PayloadRequest,
  { name, text }: Statement,
  values: unknown[],
): Promise<Array<Record<string, unknown>>> {
  const db = req.payload.db as unknown as { drizzle: DrizzleLike; sessions?: Record<string, { db: DrizzleLike }> }
  const id = req.transactionID ? await req.transactionID : undefined
  const session = id !== undefined ? db.sessions?.[String(id)]?.db : undefined
  const client = (session ?? db.drizzle).session?.client
  if (!client) throw new Error('The database adapter exposes no Postgres client')
  return (await client.query({ name, text, values })).rows
}
