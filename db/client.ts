import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload, PayloadRequest } from 'payload'
import type { Pool } from 'pg'

/**
 * The one way below the Local API to the database: every Drizzle query, hand-written statement and
 * pool connection outside `db/` starts here, so what runs inside a request's transaction (and sees
 * its own writes) is decided in one place.
 */

/** Payload types `payload.db` for every Drizzle dialect; Hauswerk's is Postgres (db/postgres.ts). */
function adapterOf(payload: Payload): PostgresAdapter {
  return payload.db as unknown as PostgresAdapter
}

/** The part of a request the database needs: the Payload instance and its transaction, if any. */
export type DatabaseRequest = Pick<PayloadRequest, 'payload' | 'transactionID'>

/** Drizzle inside the request's transaction when it has one (what Payload's adapter does too), else the pool. */
export async function drizzleFor(req: DatabaseRequest) {
  const adapter = adapterOf(req.payload)
  const session = req.transactionID ? adapter.sessions[await req.transactionID] : undefined
  return session?.db ?? adapter.drizzle
}

/** Drizzle on the pool, outside any request (tests, benchmarks, migrations run by hand). */
export function drizzleOf(payload: Payload): PostgresAdapter['drizzle'] {
  return adapterOf(payload).drizzle
}

/** The pool itself: for work on a connection of its own (the import's transaction, report cursors, COPY). */
export function poolOf(payload: Payload): Pool {
  // The same pool, typed by the adapter's own copy of @types/pg.
  return adapterOf(payload).pool as unknown as Pool
}

/**
 * A process about to stop its Postgres (scripts, benchmarks, test setup) ends the pool's idle
 * connections on purpose; their errors must not become an unhandled 'error' event.
 */
export function expectPostgresToStop(payload: Payload): void {
  adapterOf(payload).pool?.on('error', () => undefined)
}

/** The SQL name of a collection's table (Payload shortens long names; `slug` with `-` → `_`). */
export function tableNameOf(payload: Payload, slug: string): string {
  const snake = slug.replaceAll('-', '_')
  return adapterOf(payload).tableNameMap.get(snake) ?? snake
}

/** Payload's Drizzle table by SQL name (columns by field path, `name` the SQL column), if there is one. */
export function tableOf(payload: Payload, name: string): PostgresAdapter['tables'][string] | undefined {
  return adapterOf(payload).tables[name]
}

type Queryable = {
  query: (config: {
    name: string
    text: string
    values: unknown[]
  }) => Promise<{ rows: Array<Record<string, unknown>> }>
}

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
  req: DatabaseRequest,
  { name, text }: Statement,
  values: unknown[],
): Promise<Array<Record<string, unknown>>> {
  // Drizzle keeps its node-postgres client (the pool, or the transaction's connection) private.
  const client = ((await drizzleFor(req)) as unknown as { session?: { client?: Queryable } }).session?.client
  if (!client) throw new Error('The database adapter exposes no Postgres client')
  return (await client.query({ name, text, values })).rows
}
