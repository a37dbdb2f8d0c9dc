import { sql } from 'drizzle-orm'
import type { PayloadRequest } from 'payload'

import type { IndividualFieldModule, IndividualFieldValue } from '@/lib/individual-fields/types'

import { drizzleFor, tableNameOf, tableOf } from './client'

function moduleTable(req: PayloadRequest, module: IndividualFieldModule) {
  const table = tableOf(req.payload, tableNameOf(req.payload, module))
  if (!table) throw new Error(`No table for ${module}`)
  return table
}

/**
 * Every stored value of one key of a module, read with SQL: a definition change checks all of them
 * (220,000 units take well under a second), which the Local API would page through slowly.
 */
export async function storedValues(
  req: PayloadRequest,
  module: IndividualFieldModule,
  key: string,
): Promise<Array<{ id: number; value: IndividualFieldValue }>> {
  const db = await drizzleFor(req)
  const table = moduleTable(req, module)
  const result = await db.execute(
    sql`select ${table.id} as id, ${table.individualFields} -> ${key} as value from ${table} where ${table.individualFields} ? ${key}`,
  )
  return result.rows as Array<{ id: number; value: IndividualFieldValue }>
}

/** How many records of a module hold a value for the key. */
export async function countWithValue(req: PayloadRequest, module: IndividualFieldModule, key: string): Promise<number> {
  const db = await drizzleFor(req)
  const table = moduleTable(req, module)
  const result = await db.execute(
    sql`select count(*)::int as count from ${table} where ${table.individualFields} ? ${key}`,
  )
  return Number((result.rows[0] as { count: number }).count)
}
