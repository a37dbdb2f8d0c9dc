import { spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { newDataKey } from '@/db/data-keys'
import { ensureDatabase, freePort, startEmbeddedPostgres } from '@/server/embedded-postgres'

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string
    templateDatabase: string
    /** Where each test file makes its own data directory (uploads), under the run's directory. */
    dataDirectory: string
    /** The seeded template's data directory (the demo documents' files); each test file copies it. */
    templateDataDir: string
  }
}

export const templateDatabase = `hauswerk_template_${process.pid}`

/**
 * One real Postgres for the whole run: the embedded one in a temporary directory, or the server
 * of DATABASE_URL. A template database is migrated and seeded once (configuration and demo
 * data); every test file then gets its own copy of it.
 */
export default async function setup(project: TestProject) {
  // The run's own directory: the embedded Postgres, and HAUSWERK_DATA_DIR (uploads, the secret),
  // so tests never write into a developer's .data.
  const directory = mkdtempSync(path.join(os.tmpdir(), 'hauswerk-test-'))
  // mkdtemp makes it private to root; Postgres runs as the postgres user and must enter it.
  chmodSync(directory, 0o755)
  const dataDirectory = path.join(directory, 'data')
  const templateDataDir = path.join(directory, 'template-data')
  process.env.HAUSWERK_DATA_DIR = dataDirectory
  // One secret for the run, rather than each test process racing to generate one in the directory.
  process.env.PAYLOAD_SECRET ??= randomBytes(32).toString('hex')
  // The run's own data key (ADR 0063): never a developer's, and the same in every test process.
  process.env.HAUSWERK_DATA_KEYS ??= newDataKey('test')
  let adminUrl: string
  let stopPostgres = async () => {}
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL)
    url.pathname = '/postgres'
    adminUrl = url.toString()
  } else {
    const embedded = await startEmbeddedPostgres({
      directory: path.join(directory, 'postgres'),
      port: await freePort(),
      durable: false,
    })
    adminUrl = embedded.url('postgres')
    stopPostgres = () => embedded.stop()
  }
  const stop = async () => {
    await stopPostgres()
    rmSync(directory, { recursive: true, force: true })
  }

  await ensureDatabase(adminUrl, templateDatabase)
  const templateUrl = adminUrl.replace(/\/postgres$/, `/${templateDatabase}`)
  // A separate process, so that no connection to the template stays open once it is seeded.
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'test/setup/prepare-template.ts'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      DATABASE_URL: templateUrl,
      HAUSWERK_DATA_DIR: templateDataDir,
      HAUSWERK_DEMO: '1',
      DISABLE_PAYLOAD_HMR: 'true',
      NODE_ENV: 'test',
    },
  })
  if (result.status !== 0) {
    await stop()
    throw new Error('Preparing the test template database failed (see above).')
  }

  project.provide('postgresAdminUrl', adminUrl)
  project.provide('templateDatabase', templateDatabase)
  project.provide('dataDirectory', dataDirectory)
  project.provide('templateDataDir', templateDataDir)

  return async () => {
    if (process.env.DATABASE_URL) {
      const { default: pg } = await import('pg')
      const client = new pg.Client({ connectionString: adminUrl })
      await client.connect()
      const { rows } = await client.query(
        `select datname from pg_database where datname like 'hauswerk_test_%' or datname = $1`,
        [templateDatabase],
      )
      for (const row of rows) await client.query(`drop database if exists "${row.datname}" with (force)`)
      await client.end()
    }
    await stop()
  }
}
