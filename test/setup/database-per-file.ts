import { randomBytes } from 'node:crypto'

import { inject } from 'vitest'

import { ensureDatabase } from '@/server/embedded-postgres'

// Each test file works on its own copy of the seeded template: files run in parallel and
// cannot see each other's writes.
process.env.HAUSWERK_DATA_DIR = inject('dataDirectory')
const adminUrl = inject('postgresAdminUrl')
if (adminUrl) {
  const database = `hauswerk_test_${randomBytes(6).toString('hex')}`
  await ensureDatabase(adminUrl, database, inject('templateDatabase'))
  process.env.DATABASE_URL = adminUrl.replace(/\/postgres$/, `/${database}`)
}
