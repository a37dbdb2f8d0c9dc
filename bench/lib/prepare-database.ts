/** Migrates DATABASE_URL and seeds the configuration only (no demo data), then exits. */
import { parseEnv } from '@/lib/env'
import { prepareDatabase } from '@/server/prepare'

const prepared = await prepareDatabase(parseEnv(), { demo: false })
prepared.payload.db.pool?.on('error', () => undefined)
process.exit(0)
