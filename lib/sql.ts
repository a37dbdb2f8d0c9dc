import type { SQL } from 'drizzle-orm'
import type { PayloadRequest } from 'payload'

export type SqlRows = { rows: Array<Record<string, unknown>> }
export type SqlExecutor = { execute: (query: SQL) => Promise<SqlRows> }

/**
 * Raw SQL on the request's transaction when it has one (so it sees the request's own writes),
 * else on the pool. Used where one statement replaces several Local API round trips on a hot
 * path (access scopes, receipts); each use names the tables it reads.
 */
export async function sqlFor(req: PayloadRequest): Promise<SqlExecutor> {
  const db = req.payload.db as unknown as { drizzle: SqlExecutor; sessions?: Record<string, { db: SqlExecutor }> }
  const id = req.transactionID ? await req.transactionID : undefined
  return (id !== undefined && db.sessions?.[String(id)]?.db) || db.drizzle
}
