import { createHash } from 'node:crypto'
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { definitionsFileName, generate } from '@/generate'
import { startEmbeddedPostgres } from '@/server/embedded-postgres'

import { importWithCli, prepareDatabaseIn } from './import-cli'
import { type LoadedDocuments, loadDocuments } from './load-documents'
import { benchPorts } from './ports'

/**
 * The Wien-scale dataset the benchmarks of issues 5 and 6 share (issue 4: "The benchmarks of every
 * later issue use it"): the generator's files for `units` units with 30 individual fields of
 * units, imported by the real import CLI into a migrated and configured database, plus the
 * generated document store loaded in bulk (load-documents.ts), then VACUUM ANALYZE.
 *
 * Building it takes minutes at 220,000 units, so it is kept: one embedded Postgres cluster per
 * size, seed, as-of day and code version in BENCH_DATASET_DIR. A bench run clones the prepared
 * database (`create database … template … strategy file_copy`) and drops the clone afterwards, so
 * every run starts from the same bytes whatever the previous one wrote.
 */

export const datasetUnits = Number(process.env.BENCH_UNITS ?? 220_000)
export const datasetSeed = Number(process.env.BENCH_SEED ?? 1)
/** Fixed, so that a kept dataset stays valid; "today" in the database is still the real day. */
export const datasetAsOf = process.env.BENCH_AS_OF ?? '2026-11-23'
/** Issue 6: "With 30 individual fields defined and 220,000 units filled". */
export const datasetFieldCount = 30

const repository = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
const root = path.resolve(process.env.BENCH_DATASET_DIR ?? path.join(os.tmpdir(), 'hauswerk-bench-datasets'))
// Postings are left out: no benchmark here reads them, and 36 months at Wien scale are 15 million rows.
const kinds = [
  'allocation-offices',
  'objects',
  'persons',
  'units',
  'tenancies',
  'functions',
  'documents',
  'document-releases',
]
const template = 'dataset'
const runDatabase = 'bench_run'

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

export type Dataset = {
  /** The clone this run may change as it likes. */
  url: string
  facts: DatasetFacts
  /** The individual-field definitions the units carry (the generator's JSON). */
  definitionsFile: string
  /** Drops the clone and stops Postgres. */
  close: () => Promise<void>
}

/** The code the dataset's bytes depend on: schema, configuration seed, generator, importer, this loader. */
function codeVersion(): string {
  const hash = createHash('sha256')
  const files = ['migrations', 'generate', 'imports', 'seed']
    .flatMap((folder) =>
      readdirSync(path.join(repository, folder), { recursive: true, encoding: 'utf8' }).map((file) =>
        path.join(folder, file),
      ),
    )
    .filter((file) => file.endsWith('.ts') || file.endsWith('.json'))
    .concat(['bench/lib/dataset.ts', 'bench/lib/load-documents.ts', 'bench/lib/prepare-database.ts'])
    .sort()
  for (const file of files) hash.update(file).update(readFileSync(path.join(repository, file)))
  return hash.digest('hex').slice(0, 12)
}

const prefixOf = (units: number) =>
  `units-${units}_seed-${datasetSeed}_fields-${datasetFieldCount}_asof-${datasetAsOf}_`

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** Older versions of the same dataset, and builds whose process died, are removed (gigabytes each). */
function removeStale(units: number, keep: string) {
  for (const name of readdirSync(root)) {
    const building = /\.building-(\d+)$/.exec(name)
    const stale = building ? !processAlive(Number(building[1])) : name.startsWith(prefixOf(units)) && name !== keep
    if (!stale) continue
    const pidFile = path.join(root, name, 'postgres', 'postmaster.pid')
    if (existsSync(pidFile) && processAlive(Number(readFileSync(pidFile, 'utf8').split('\n')[0]))) continue
    rmSync(path.join(root, name), { recursive: true, force: true })
  }
}

async function build(entry: string, key: string, units: number, log: (line: string) => void): Promise<void> {
  const started = performance.now()
  const building = `${entry}.building-${process.pid}`
  rmSync(building, { recursive: true, force: true })
  mkdirSync(building, { recursive: true })
  // Postgres runs as the postgres user and must enter it.
  chmodSync(building, 0o755)
  const files = path.join(building, 'files')
  log(`building the dataset ${key} in ${building}: generating …`)
  const generated = await generate({
    units,
    seed: datasetSeed,
    out: files,
    asOf: datasetAsOf,
    months: 0,
    full: false,
    only: kinds,
    individualFields: datasetFieldCount,
  })
  const postgres = await startEmbeddedPostgres({
    directory: path.join(building, 'postgres'),
    port: (await benchPorts()).postgres,
    durable: false,
  })
  let imported, documents, databaseMB
  try {
    const admin = new pg.Client({ connectionString: postgres.url('postgres') })
    await admin.connect()
    await admin.query(`create database ${template}`)
    await admin.end()
    const url = postgres.url(template)
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
    databaseMB = Math.round(
      Number((await client.query(`select pg_database_size('${template}') as bytes`)).rows[0].bytes) / 1024 / 1024,
    )
    await client.end()
  } finally {
    await postgres.stop()
  }
  copyFileSync(generated.definitionsFile!, path.join(building, definitionsFileName))
  // The files can be generated again from the seed; the database is what is kept.
  rmSync(files, { recursive: true, force: true })
  const facts: DatasetFacts = {
    key,
    units,
    seed: datasetSeed,
    asOf: datasetAsOf,
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
  writeFileSync(path.join(building, 'ready.json'), `${JSON.stringify(facts, null, 2)}\n`)
  if (existsSync(entry)) rmSync(building, { recursive: true, force: true })
  else renameSync(building, entry)
  log(`dataset ${key} built in ${facts.buildSeconds} s (${databaseMB} MB)`)
}

/**
 * The prepared dataset of `units` units, built first when it is not kept yet, started on
 * BENCH_PORT + 1000 (or a free port), with a fresh clone for this run.
 */
export async function openDataset(units: number, log: (line: string) => void): Promise<Dataset> {
  mkdirSync(root, { recursive: true })
  chmodSync(root, 0o755)
  const key = `${prefixOf(units)}${codeVersion()}`
  const entry = path.join(root, key)
  removeStale(units, key)
  if (!existsSync(path.join(entry, 'ready.json'))) await build(entry, key, units, log)
  const facts = JSON.parse(readFileSync(path.join(entry, 'ready.json'), 'utf8')) as DatasetFacts
  const postgres = await startEmbeddedPostgres({
    directory: path.join(entry, 'postgres'),
    port: (await benchPorts()).postgres,
    durable: false,
  })
  const admin = new pg.Client({ connectionString: postgres.url('postgres') })
  await admin.connect()
  const started = performance.now()
  await admin.query(`drop database if exists ${runDatabase} with (force)`)
  await admin.query(`create database ${runDatabase} template ${template} strategy file_copy`)
  log(`dataset ${key}: cloned for this run in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return {
    url: postgres.url(runDatabase),
    facts,
    definitionsFile: path.join(entry, definitionsFileName),
    close: async () => {
      await admin.query(`drop database if exists ${runDatabase} with (force)`)
      await admin.end()
      await postgres.stop()
    },
  }
}
