import { expectPostgresToStop } from '@/db/client'
import { parseEnv } from '@/server/env'
import { prepareDatabase } from '@/server/prepare'

// Migrates and seeds the test template (configuration and demo data), then exits.
const prepared = await prepareDatabase(parseEnv(), { demo: true })
expectPostgresToStop(prepared.payload)
process.exit(0)
