/**
 * `npm run keys:rotate`: re-encrypts every encrypted value (and its hash) under the newest key of
 * HAUSWERK_DATA_KEYS (ADR 0063). Put the new key first, keep the old ones behind it, run this,
 * then drop the old keys. In batches, each committed on its own: the application keeps reading
 * (old and new keys are both in its ring) and a killed run is simply run again.
 */
import { SingleBar } from 'cli-progress'
import pg from 'pg'

import { DataKeyError } from '@/db/data-keys'
import { parseEnv } from '@/server/env'
import { dataKeyRing } from '@/db/sealed'
import { pendingCount, type Query, sealColumns } from '@/db/sealed-columns'
import { resolveDatabase } from '@/server/database-url'
import { checkDataKeys } from '@/server/data-keys-check'

const config = parseEnv()
const { url, embedded } = await resolveDatabase(config, console.error)
try {
  await checkDataKeys(url, config.dataDir, console.error)
} catch (error) {
  if (!(error instanceof DataKeyError)) throw error
  console.error(error.message)
  await embedded?.stop()
  process.exit(1)
}
const ring = dataKeyRing()
const client = new pg.Client({ connectionString: url })
await client.connect()
const query: Query = async (text, params) => (await client.query(text, params)).rows

const started = performance.now()
const total = await pendingCount(query, ring)
console.log(`${total} value(s) to re-encrypt under the key "${ring.newest.id}"`)
const bar = new SingleBar({
  format: 'keys:rotate [{bar}] {percentage}% | {value}/{total} values | {eta_formatted} left',
  stream: process.stderr,
  hideCursor: true,
  noTTYOutput: true,
  notTTYSchedule: 5000,
})
bar.start(total, 0)
await sealColumns(query, ring, { onBatch: (done) => bar.increment(done) })
bar.stop()
const seconds = (performance.now() - started) / 1000
console.log(
  `done: ${total} value(s) in ${seconds.toFixed(1)} s; every value is now under "${ring.newest.id}", the older keys can be removed.`,
)
await client.end()
await embedded?.stop()
