import { randomBytes } from 'node:crypto'
import { cpSync, existsSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { inject } from 'vitest'

import { ensureDatabase } from '@/server/embedded-postgres'

// Each test file works on its own copy of the seeded template: files run in parallel and
// cannot see each other's writes.
const adminUrl = inject('postgresAdminUrl')
if (adminUrl) {
  const database = `hauswerk_test_${randomBytes(6).toString('hex')}`
  await ensureDatabase(adminUrl, database, inject('templateDatabase'))
  process.env.DATABASE_URL = adminUrl.replace(/\/postgres$/, `/${database}`)
}

// ... and its own data directory (uploaded files), starting with the seeded documents' files.
const templateDataDir = inject('templateDataDir')
if (templateDataDir) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hauswerk-test-file-'))
  const documents = path.join(templateDataDir, 'documents')
  if (existsSync(documents)) cpSync(documents, path.join(dataDir, 'documents'), { recursive: true })
  process.env.HAUSWERK_DATA_DIR = dataDir
}
