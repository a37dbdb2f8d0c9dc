import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { dataKeysFile } from '@/db/data-keys'
import { definitionsFileName } from '@/generate'
import { processAlive, startEmbeddedPostgres } from '@/server/embedded-postgres'

import { buildDataset, datasetFieldCount, type DatasetFacts, templateDatabase } from './dataset-build'
import { benchPorts } from './ports'

/**
 * The Wien-scale dataset the benchmarks of issues 5 and 6 share (issue 4: "The benchmarks of every
 * later issue use it"; ADR 0040), built by dataset-build.ts.
 *
 * Building it takes about a quarter of an hour at 220,000 units, so it is kept: one embedded
 * Postgres cluster per size, seed, as-of day and code version in BENCH_DATASET_DIR. A bench run
 * clones the prepared database (`create database … template … strategy file_copy`) and drops the
 * clone afterwards, so every run starts from the same bytes whatever the previous one wrote.
 */

export const datasetUnits = Number(process.env.BENCH_UNITS ?? 220_000)
export const datasetSeed = Number(process.env.BENCH_SEED ?? 1)
/** Fixed, so that a kept dataset stays valid; "today" in the database is still the real day. */
export const datasetAsOf = process.env.BENCH_AS_OF ?? '2026-11-23'

const repository = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
const root = path.resolve(process.env.BENCH_DATASET_DIR ?? path.join(os.tmpdir(), 'hauswerk-bench-datasets'))
const runDatabase = 'bench_run'

export type Dataset = {
  /** The clone this run may change as it likes. */
  url: string
  facts: DatasetFacts
  /** The individual-field definitions the units carry (the generator's JSON). */
  definitionsFile: string
  /** Drops the clone and stops Postgres. */
  close: () => Promise<void>
}

/**
 * The code a dataset's bytes depend on: schema, configuration seed, generator, importer, the build,
 * and the helpers they import directly (dates, IBANs, names, individual fields). What reaches them
 * only through Payload's collections is not covered: delete the directory after changing a hook
 * the configuration seed runs.
 */
function codeVersion(): string {
  // A branch with a migration of its own can reuse a kept dataset of main: the migrations are applied to each clone.
  if (process.env.BENCH_DATASET_VERSION) return process.env.BENCH_DATASET_VERSION
  const hash = createHash('sha256')
  const files = ['migrations', 'generate', 'imports', 'seed', 'constants', 'lib/individual-fields']
    .flatMap((folder) =>
      readdirSync(path.join(repository, folder), { recursive: true, encoding: 'utf8' }).map((file) =>
        path.join(folder, file),
      ),
    )
    .filter((file) => file.endsWith('.ts') || file.endsWith('.json'))
    .concat(['bench/lib/dataset-build.ts', 'bench/lib/load-documents.ts', 'bench/lib/prepare-database.ts'])
    .concat(['lib/dates.ts', 'lib/iban.ts', 'lib/person-name.ts', 'fields/source.ts'])
    .sort()
  for (const file of files) hash.update(file).update(readFileSync(path.join(repository, file)))
  return hash.digest('hex').slice(0, 12)
}

const prefixOf = (units: number) =>
  `units-${units}_seed-${datasetSeed}_fields-${datasetFieldCount}_asof-${datasetAsOf}_`

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

/**
 * The prepared dataset of `units` units, built first when it is not kept yet, started on
 * BENCH_PORT + 1000 (or a free port), with a fresh clone for this run.
 */
export async function openDataset(units: number, log: (line: string) => void): Promise<Dataset> {
  mkdirSync(root, { recursive: true })
  // Postgres runs as the postgres user and must enter it.
  chmodSync(root, 0o755)
  const key = `${prefixOf(units)}${codeVersion()}`
  const entry = path.join(root, key)
  const port = (await benchPorts()).postgres
  removeStale(units, key)
  if (!existsSync(path.join(entry, 'ready.json'))) {
    // Built aside and renamed when complete: a killed build is never taken for a dataset.
    const building = `${entry}.building-${process.pid}`
    rmSync(building, { recursive: true, force: true })
    mkdirSync(building, { recursive: true })
    chmodSync(building, 0o755)
    const built = await buildDataset(building, key, { units, seed: datasetSeed, asOf: datasetAsOf, port }, log)
    writeFileSync(path.join(building, 'ready.json'), `${JSON.stringify(built, null, 2)}\n`)
    if (existsSync(entry)) rmSync(building, { recursive: true, force: true })
    else renameSync(building, entry)
    log(`dataset ${key} built in ${built.buildSeconds} s (${built.databaseMB} MB)`)
  }
  const facts = JSON.parse(readFileSync(path.join(entry, 'ready.json'), 'utf8')) as DatasetFacts
  // Its encrypted values open only with the key it was built with; datasets built before
  // encryption have none and are encrypted per run by the migration, with the run's key.
  if (existsSync(dataKeysFile(entry))) process.env.HAUSWERK_DATA_KEYS = readFileSync(dataKeysFile(entry), 'utf8').trim()
  const postgres = await startEmbeddedPostgres({ directory: path.join(entry, 'postgres'), port, durable: false })
  const admin = new pg.Client({ connectionString: postgres.url('postgres') })
  await admin.connect()
  const started = performance.now()
  await admin.query(`drop database if exists ${runDatabase} with (force)`)
  await admin.query(`create database ${runDatabase} template ${templateDatabase} strategy file_copy`)
  // The copy's dirty pages go to disk now, not in the background while the bench measures.
  spawnSync('sync')
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
