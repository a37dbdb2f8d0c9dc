/**
 * `npm run access-matrix`: writes docs/access-matrix.md (SPEC F-87) from the running config,
 * asked on a fresh database with the demo data, so that the answers do not depend on what a
 * developer's own database holds. The database lives in a temporary directory and goes with it.
 */
import { randomBytes } from 'node:crypto'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expectPostgresToStop } from '@/db/client'
import { ensureDatabase, freePort, startEmbeddedPostgres } from '@/server/embedded-postgres'

const directory = mkdtempSync(path.join(os.tmpdir(), 'hauswerk-access-matrix-'))
// Postgres runs as the postgres user when started as root, and must enter the directory.
chmodSync(directory, 0o755)
const postgres = await startEmbeddedPostgres({
  directory: path.join(directory, 'postgres'),
  port: await freePort(),
  durable: false,
})
try {
  await ensureDatabase(postgres.url('postgres'), 'hauswerk')
  // Before the config is loaded: it reads these once.
  Object.assign(process.env, {
    DATABASE_URL: postgres.url('hauswerk'),
    HAUSWERK_DATA_DIR: path.join(directory, 'data'),
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    HAUSWERK_DEMO: '1',
    HAUSWERK_JOBS: '0',
  })
  const { parseEnv } = await import('@/server/env')
  const { prepareDatabase } = await import('@/server/prepare')
  const { accessMatrix } = await import('@/access/matrix/generate')
  const env = parseEnv()
  const { payload } = await prepareDatabase(env, { demo: true })
  const markdown = await accessMatrix(payload, env.HAUSWERK_DEMO_PASSWORD)
  writeFileSync(path.join(process.cwd(), 'docs', 'access-matrix.md'), markdown)
  console.log('docs/access-matrix.md written')
  // Stopping Postgres ends the pool's connections on purpose.
  expectPostgresToStop(payload)
} finally {
  await postgres.stop()
  rmSync(directory, { recursive: true, force: true })
}
process.exit(0)
