/**
 * Runs a command against the project's database: DATABASE_URL when set, otherwise the embedded
 * Postgres in .data/ (started for the command and stopped after it). For the Payload CLI, e.g.
 * `npm run migrate:create -- add-something`.
 */
import { spawn } from 'node:child_process'

import { parseEnv } from '@/server/env'
import { resolveDatabase } from '@/server/database-url'

const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error('usage: tsx scripts/with-postgres.ts <command> [args…]')
  process.exit(2)
}

const config = parseEnv()
const { url, embedded } = await resolveDatabase(config, console.error)
const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, DATABASE_URL: url }, shell: false })
const code: number = await new Promise((resolve) => child.on('exit', (exitCode) => resolve(exitCode ?? 1)))
await embedded?.stop()
process.exit(code)
