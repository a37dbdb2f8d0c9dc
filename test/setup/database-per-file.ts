import { randomBytes } from 'node:crypto'
import { cpSync, existsSync, mkdirSync } from 'node:fs'
import path from 'node:path'

import { inject } from 'vitest'

import { ensureDatabase } from '@/server/embedded-postgres'

// Each test file works on its own copy of the seeded template: files run in parallel and
// cannot see each other's writes.
const id = randomBytes(6).toString('hex')
const adminUrl = inject('postgresAdminUrl')
if (adminUrl) {
  const database = `hauswerk_test_${id}`
  await ensureDatabase(adminUrl, database, inject('templateDatabase'))
  process.env.DATABASE_URL = adminUrl.replace(/\/postgres$/, `/${database}`)
}

// ... and its own data directory (uploaded files) in the run's directory, starting with the
// seeded documents' files.
const dataDir = path.join(inject('dataDirectory'), id)
mkdirSync(dataDir, { recursive: true })
const documents = path.join(inject('templateDataDir'), 'documents')
if (existsSync(documents)) cpSync(documents, path.join(dataDir, 'documents'), { recursive: true })
process.env.HAUSWERK_DATA_DIR = dataDir
