import { copyFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { dataKeysFile, newDataKey } from '@/db/data-keys'
import { definitionsFileName, generate } from '@/generate'
import { importKinds } from '@/imports/kinds/names'
import { startEmbeddedPostgres } from '@/server/embedded-postgres'

import { importWithCli, prepareDatabaseIn } from './import-cli'
import { type LoadedDocuments, loadDocuments } from './load-documents'

/** Issue 6: "With 30 individual fields defined and 220,000 units filled". */
export const datasetFieldCount = 30
/** The prepared database inside a dataset's cluster; runs clone it. */
export const templateDatabase = 'dataset'
// Postings are left out: no benchmark here reads them, and 36 months at Wien scale are 15 million rows.
const kinds = [...importKinds.filter((kind) => kind !== 'postings'), 'documents', 'document-releases']

export type DatasetOptions = { units: number; seed: number; asOf: string; port: number }

export type DatasetFacts = {
  key: string
  units: number
  seed: number
  asOf: string
  individualFields: number
  objects: number
  builtAt: string
  buildSeconds: number
  generated: Array<{ kind: string; rows: number }>
  imported: Array<{ kind: string | null; rows: number; seconds: number; rowsPerSecond: number }>
  importPeakRssMB: number
  documents: LoadedDocuments
  databaseMB: number
}

/**
 * Builds a dataset in `directory` (ADR 0040): the generator's files with 30 individual fields of
 * units and the document store; a new embedded Postgres cluster in `directory/postgres` with the
 * database migrated, configured and given the field definitions; the import files imported by
 * the import CLI; documents and releases bulk-loaded; VACUUM ANALYZE; the cluster stopped. Keeps
 * the definitions file, deletes the generated files (the seed makes them again).
 */
export async function buildDataset(
  directory: string,
  key: string,
  { units, seed, asOf, port }: DatasetOptions,
  log: (line: string) => void,
): Promise<DatasetFacts> {
  const started = performance.now()
  // The dataset holds encrypted values (ADR 0063): its key lives beside it, and every process of
  // the build and of later runs uses that key (openDataset puts it in the environment).
  const keys = newDataKey('bench')
  writeFileSync(dataKeysFile(directory), `${keys}\n`, { mode: 0o600 })
  process.env.HAUSWERK_DATA_KEYS = keys
  const files = path.join(directory, 'files')
  log(`building the dataset ${key} in ${directory}: generating …`)
  const generated = await generate({
    units,
    seed,
    out: files,
    asOf,
    months: 0,
    full: false,
    only: kinds,
    individualFields: datasetFieldCount,
  })
  const postgres = await startEmbeddedPostgres({ directory: path.join(directory, 'postgres'), port, durable: false })
  let imported, documents, databaseMB
  try {
    const admin = new pg.Client({ connectionString: postgres.url('postgres') })
    await admin.connect()
    await admin.query(`create database ${templateDatabase}`)
    await admin.end()
    const url = postgres.url(templateDatabase)
    log('migrating, configuring, creating the individual-field definitions …')
    prepareDatabaseIn(url, generated.definitionsFile!)
    log('importing with the import CLI …')
    imported = await importWithCli(
      url,
      generated.files.filter((file) => !file.bulk).map((file) => file.file),
    )
    log('loading documents and releases …')
    const client = new pg.Client({ connectionString: url })
    await client.connect()
    documents = await loadDocuments(client, path.join(files, 'documents'))
    await client.query('vacuum analyze')
    const size = await client.query(`select pg_database_size('${templateDatabase}') as bytes`)
    databaseMB = Math.round(Number(size.rows[0].bytes) / 1024 / 1024)
    await client.end()
  } finally {
    await postgres.stop()
  }
  copyFileSync(generated.definitionsFile!, path.join(directory, definitionsFileName))
  rmSync(files, { recursive: true, force: true })
  return {
    key,
    units,
    seed,
    asOf,
    individualFields: datasetFieldCount,
    objects: generated.objects,
    builtAt: new Date().toISOString(),
    buildSeconds: Math.round((performance.now() - started) / 1000),
    generated: generated.files.map((file) => ({ kind: file.kind, rows: file.rows })),
    imported: imported.reports.map((report) => ({
      kind: report.kind,
      rows: report.rows,
      seconds: report.seconds,
      rowsPerSecond: Math.round(report.rows / report.seconds),
    })),
    importPeakRssMB: Math.round(imported.maxRssBytes / 1024 / 1024),
    documents,
    databaseMB,
  }
}
