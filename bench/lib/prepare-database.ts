/**
 * Migrates DATABASE_URL and seeds the configuration only (no demo data), then exits. With a file
 * argument (the generator's individual-field-definitions.json), it also creates those
 * definitions through the Local API, so that the collection's own rules check them.
 */
import { readFileSync } from 'node:fs'

import { z } from 'zod'

import { slugs } from '@/constants/slugs'
import { expectPostgresToStop } from '@/db/client'
import { parseEnv } from '@/server/env'
import { prepareDatabase } from '@/server/prepare'

const definitionsFile = process.argv[2]
const definitions = z
  .array(z.looseObject({ module: z.string(), key: z.string() }))
  .parse(definitionsFile ? JSON.parse(readFileSync(definitionsFile, 'utf8')) : [])

const { payload } = await prepareDatabase(parseEnv(), { demo: false })
for (const data of definitions) {
  // System set-up, as an administrator would do it in the admin; the collection validates each one.
  await payload.create({ collection: slugs.individualFieldDefinitions, data: data as never, overrideAccess: true })
}
expectPostgresToStop(payload)
process.exit(0)
