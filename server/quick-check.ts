import { readdirSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'

/** The committed migrations, by name, read from the folder (no need to load them). */
export function committedMigrationNames(root = process.cwd()): string[] {
  return readdirSync(path.join(root, 'migrations'))
    .filter((file) => /^\d{8}_\d{6}_.+\.ts$/.test(file))
    .map((file) => file.replace(/\.ts$/, ''))
}

/**
 * True when the database already has every committed migration, its configuration and the first
 * administrator: then `npm start` can hand over to Next without loading Payload itself, which
 * is most of a warm start's time.
 */
export async function isPrepared(url: string, adminEmail: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const table = await client.query(`select to_regclass('public.payload_migrations') as name`)
    if (!table.rows[0]?.name) return false
    const applied = new Set((await client.query('select name from payload_migrations')).rows.map((row) => row.name))
    if (!committedMigrationNames().every((name) => applied.has(name))) return false
    const roles = await client.query('select count(*)::int as count from roles')
    const admin = await client.query('select 1 from users where email = $1', [adminEmail])
    return roles.rows[0].count > 0 && admin.rowCount === 1
  } finally {
    await client.end()
  }
}
