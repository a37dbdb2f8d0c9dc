/**
 * Import benchmark (issue 4): the generated files of 22,000 and 220,000 units with their objects,
 * persons, tenancies and functions, imported by the CLI into the embedded Postgres. Reports
 * rows/s, peak RSS of the importing process at both sizes (flat = streaming), and the ratio to
 * COPY of the same rows into the same tables in the same run. Targets: ≥ 20,000 rows/s, ≤ 5× COPY.
 * `BENCH_IMPORT_UNITS=22000,220000` changes the sizes.
 */
import { chmodSync, createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

import pg from 'pg'
import { from as copyFrom, to as copyTo } from 'pg-copy-streams'

import { generate } from '@/generate'
import { importKinds } from '@/imports/kinds/names'

import { round, runBench } from './lib/harness'
import { importWithCli, prepareDatabaseIn } from './lib/import-cli'
import { benchPorts } from './lib/ports'
import { ensureDatabase, startEmbeddedPostgres } from '@/server/embedded-postgres'

const sizes = (process.env.BENCH_IMPORT_UNITS ?? '22000,220000').split(',').map(Number)
// Postings are left out: the figure is units with their tenancies and functions.
const kinds = importKinds.filter((kind) => kind !== 'postings')
// The tables an import of these kinds writes (Payload's, side tables included).
const tables = [
  'allocation_offices',
  'objects',
  'persons',
  'persons_bank_accounts',
  'staircases',
  'units',
  'tenancies',
  'tenancies_rels',
  'tenancies_agreed_payments',
  'functions',
]
const asOf = '2026-11-23'

const work = mkdtempSync(path.join(os.tmpdir(), 'hauswerk-bench-import-'))
chmodSync(work, 0o755)
const postgres = await startEmbeddedPostgres({
  directory: path.join(work, 'postgres'),
  port: (await benchPorts()).postgres,
})
const admin = postgres.url('postgres')

async function client(database: string) {
  const connection = new pg.Client({ connectionString: postgres.url(database) })
  await connection.connect()
  return connection
}

/** COPY the rows the import wrote from `source` into the same tables of `target`, timed, in one transaction. */
async function copyBaseline(source: string, target: string): Promise<{ rows: number; seconds: number }> {
  const from = await client(source)
  const dumps: Array<{ table: string; file: string; rows: number }> = []
  for (const table of tables) {
    const file = path.join(work, `${table}.copy`)
    await pipeline(from.query(copyTo(`copy ${table} to stdout`)), createWriteStream(file))
    const count = await from.query(`select count(*)::int as n from ${table}`)
    dumps.push({ table, file, rows: count.rows[0].n })
  }
  await from.end()
  const to = await client(target)
  // The target was prepared like the import's database: the same configuration rows, nothing else.
  await to.query('begin')
  for (const table of [...tables].reverse()) await to.query(`delete from ${table}`)
  await to.query('commit')
  const started = performance.now()
  await to.query('begin')
  for (const dump of dumps)
    await pipeline(createReadStream(dump.file), to.query(copyFrom(`copy ${dump.table} from stdin`)))
  await to.query('commit')
  const seconds = (performance.now() - started) / 1000
  await to.end()
  return { rows: dumps.reduce((sum, dump) => sum + dump.rows, 0), seconds }
}

await runBench(
  'import',
  'Import of generated accounting files (objects, persons, units, tenancies, functions) vs COPY of the same rows',
  async (report) => {
    try {
      await ensureDatabase(admin, 'bench_template')
      prepareDatabaseIn(postgres.url('bench_template'))
      const measured: Array<{
        units: number
        rows: number
        seconds: number
        rowsPerSecond: number
        peakRssMB: number
      }> = []
      for (const units of sizes) {
        const out = path.join(work, `files-${units}`)
        const generated = await generate({ units, seed: 1, out, asOf, months: 0, full: false, only: kinds })
        const files = generated.files.map((entry) => entry.file)
        const rows = generated.files.reduce((sum, entry) => sum + entry.rows, 0)
        const database = `bench_import_${units}`
        await ensureDatabase(admin, database, 'bench_template')
        const imported = await importWithCli(postgres.url(database), files)
        const seconds = imported.reports.reduce((sum, entry) => sum + entry.seconds, 0)
        const entry = {
          units,
          rows,
          seconds: round(seconds),
          rowsPerSecond: Math.round(rows / seconds),
          peakRssMB: Math.round(imported.maxRssBytes / 1024 / 1024),
        }
        measured.push(entry)
        report.detail(`import_${units}`, {
          ...entry,
          sealingSeconds: round(imported.sealingSeconds),
          objects: generated.objects,
        })
        // Encryption runs in the importing process before COPY (ADR 0063): its time, against the
        // same import without it. Target: the import stays within 1.2× of its time without encryption.
        report.figure(
          `encryption_seconds_${units}`,
          `time spent encrypting and hashing, ${units.toLocaleString('en')} units`,
          round(imported.sealingSeconds),
          's',
        )
        report.figure(
          `encryption_ratio_${units}`,
          `import time ÷ import time without encrypting and hashing, ${units.toLocaleString('en')} units`,
          round(seconds / (seconds - imported.sealingSeconds)),
          '×',
          1.2,
        )
        report.figure(
          `rss_${units}`,
          `peak RSS of the import, ${units.toLocaleString('en')} units`,
          entry.peakRssMB,
          'MB',
        )
        if (units === Math.max(...sizes)) {
          report.figure(
            'rows_per_second',
            `import rows/s, ${units.toLocaleString('en')} units (${rows} file rows)`,
            entry.rowsPerSecond,
            'rows/s',
            20000,
            'min',
          )
          const target = `bench_copy_${units}`
          await ensureDatabase(admin, target, 'bench_template')
          const copy = await copyBaseline(database, target)
          report.detail('copy', { rows: copy.rows, seconds: round(copy.seconds) })
          report.figure('copy_seconds', `COPY of the same ${copy.rows} table rows`, round(copy.seconds), 's')
          report.figure('ratio_to_copy', 'import time ÷ COPY time', round(seconds / copy.seconds), '×', 5)
        }
        rmSync(out, { recursive: true, force: true })
      }
      if (measured.length > 1) {
        const [smallest, largest] = [measured[0], measured.at(-1)!]
        report.figure(
          'rss_growth',
          `RSS growth from ${smallest.units} to ${largest.units} units`,
          round(largest.peakRssMB / smallest.peakRssMB),
          '×',
        )
      }
    } finally {
      await postgres.stop()
      rmSync(work, { recursive: true, force: true })
    }
  },
)
