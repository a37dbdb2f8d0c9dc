import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ensureDatabase, freePort, startEmbeddedPostgres } from '@/server/embedded-postgres'

export type TemporaryDatabase = { directory: string; url: string; stop: () => Promise<void> }

/**
 * A fresh embedded Postgres in a temporary directory (listening on 127.0.0.1 only) with one empty
 * database; `stop` shuts it down and deletes the directory.
 */
export async function temporaryDatabase(name = 'hauswerk_bench'): Promise<TemporaryDatabase> {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'hauswerk-bench-'))
  // mkdtemp makes it private to root; Postgres runs as the postgres user and must enter it.
  chmodSync(directory, 0o755)
  const server = await startEmbeddedPostgres({ directory: path.join(directory, 'postgres'), port: await freePort() })
  await ensureDatabase(server.url('postgres'), name)
  return {
    directory,
    url: server.url(name),
    stop: async () => {
      await server.stop()
      rmSync(directory, { recursive: true, force: true })
    },
  }
}
