import { parseEnv } from '@/lib/env'
import { prepareDatabase } from '@/server/prepare'

// Migrates and seeds the test template (configuration and demo data), then exits.
const prepared = await prepareDatabase(parseEnv(), { demo: true })
prepared.payload.db.pool?.on('error', () => undefined)
process.exit(0)
