import { type CollectionSlug, type FlattenedField, Forbidden, type PayloadRequest, type Where } from 'payload'
import type { PoolClient } from 'pg'

import { isStaff } from '@/access/staff'
import { poolOf } from '@/db/client'

/**
 * The bulk path of large staff reports (ARCHITECTURE "Bulk cost"): rows come from one SQL
 * cursor instead of the Local API, so the rules are checked once per report instead of once per
 * row. The same access functions the Local API applies decide: every collection the query reads
 * must be readable to the user without a row restriction (staff read by permission code, so their
 * answer is a boolean), and a field whose read access refuses the user is blanked in every row —
 * exactly what the Local API would do with the same user.
 */
export type ReadPlan = Partial<Record<CollectionSlug, string[]>>

export type Readable = { fields: Set<string> }

function findField(fields: FlattenedField[], dotted: string): FlattenedField | undefined {
  const [head, ...rest] = dotted.split('.')
  const field = fields.find((candidate) => 'name' in candidate && candidate.name === head)
  if (!field || rest.length === 0) return field
  return 'flattenedFields' in field ? findField(field.flattenedFields, rest.join('.')) : undefined
}

/**
 * Checks the plan once; answers which `collection.field` the user reads. A closed collection
 * throws 403, unless it is only a lookup (the label of a related record, such as an allocation
 * office's name): then its fields are left out, as the Local API would leave the relation
 * unpopulated.
 */
export async function checkReadOnce(
  req: PayloadRequest,
  plan: ReadPlan,
  lookups: CollectionSlug[] = [],
): Promise<Set<string>> {
  if (!isStaff(req.user)) throw new Forbidden(req.t)
  const readable = new Set<string>()
  for (const [slug, names] of Object.entries(plan) as Array<[CollectionSlug, string[]]>) {
    const collection = req.payload.collections[slug]?.config
    if (!collection) throw new Error(`Unknown collection ${slug} in a report's read plan`)
    const answer: boolean | Where = collection.access.read ? await collection.access.read({ req }) : true
    // A lookup restricted to some rows (users: only oneself) is left out as a whole, never partly shown.
    if (answer !== true && lookups.includes(slug)) continue
    // A Where would restrict rows, which one SQL statement for all rows cannot honour: refuse.
    if (answer !== true) throw new Forbidden(req.t)
    for (const name of names) {
      const field = findField(collection.flattenedFields, name)
      if (!field) throw new Error(`Unknown field ${slug}.${name} in a report's read plan`)
      const access = 'access' in field ? field.access?.read : undefined
      const allowed = access ? await access({ req, doc: undefined, siblingData: undefined } as never) : true
      if (allowed) readable.add(`${slug}.${name}`)
    }
  }
  return readable
}

/**
 * Streams a query's rows through a server-side cursor in batches, so memory holds one batch at
 * a time whatever the row count. Read only, in its own transaction on its own connection.
 */
export async function* streamQuery<Row = Record<string, unknown>>(
  req: PayloadRequest,
  text: string,
  values: unknown[],
  batchSize = 2000,
): AsyncIterable<Row> {
  const client: PoolClient = await poolOf(req.payload).connect()
  let failed = false
  try {
    await client.query('BEGIN READ ONLY')
    await client.query({ text: `DECLARE report_rows NO SCROLL CURSOR FOR ${text}`, values })
    for (;;) {
      const { rows } = await client.query(`FETCH ${batchSize} FROM report_rows`)
      for (const row of rows) yield row as Row
      if (rows.length < batchSize) break
    }
  } catch (error) {
    failed = true
    throw error
  } finally {
    // Also when the consumer stops early (a closed download): the transaction ends, the client returns.
    await client.query(failed ? 'ROLLBACK' : 'COMMIT').catch(() => undefined)
    client.release()
  }
}

/** One value of a single-row query (counts). */
export async function queryValue(req: PayloadRequest, text: string, values: unknown[]): Promise<number> {
  const { rows } = await poolOf(req.payload).query({ text, values })
  return Number(Object.values(rows[0] ?? { n: 0 })[0] ?? 0)
}
