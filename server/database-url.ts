import path from 'node:path'

import type { Env } from './env'

import { ensureDatabase, runningEmbeddedUrl, type RunningPostgres, startEmbeddedPostgres } from './embedded-postgres'

export const embeddedDatabaseName = 'hauswerk'

/**
 * The database to use: DATABASE_URL when set, otherwise the embedded Postgres in the data
 * directory, started here and stopped by the caller.
 */
export async function resolveDatabase(
  config: Env,
  log: (line: string) => void,
): Promise<{ url: string; embedded?: RunningPostgres }> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL }
  const directory = path.join(config.dataDir, 'postgres')
  // `npm run import` while `npm start` runs: use the Postgres it started instead of a second one.
  const running = runningEmbeddedUrl(directory, config.HAUSWERK_PG_PORT)
  if (running) return { url: running(embeddedDatabaseName) }
  const embedded = await startEmbeddedPostgres({
    directory,
    port: config.HAUSWERK_PG_PORT,
    log: (line) => {
      // Shutting down ends the app's connections on purpose; that is not worth a FATAL line.
      if (/ERROR|FATAL|PANIC/.test(line) && !line.includes('due to administrator command')) log(line)
    },
  })
  await ensureDatabase(embedded.url('postgres'), embeddedDatabaseName)
  return { url: embedded.url(embeddedDatabaseName), embedded }
}
