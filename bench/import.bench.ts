/**
 * Import benchmark (issue 4): the generated files of 22,000 and 220,000 units with their objects,
 * persons, tenancies and functions, imported by the CLI into the embedded Postgres. Reports
 * rows/s, peak RSS of the importing process at both sizes (flat = streaming), and the ratio to
 * COPY of the same rows into the same tables in the same run. Targets: ≥ 20,000 rows/s, ≤ 5× COPY.
 * `BENCH_IMPORT_UNITS=22000,220000` changes the sizes; results go to bench/results/import.json.
 */
import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { from as copyFrom, to as copyTo } from 'pg-copy-streams'

import { generate } from '@/generate'
import { ensureDatabase, freePort, startEmbeddedPostgres } from '@/server/embedded-postgres'

const sizes = (process.env.BENCH_IMPORT_UNITS ?? '22000,220000').split(',').map(Number)
const kinds = ['allocation-offices', 'objects', 'persons', 'units', 'tenancies', 'functions']
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
const postgres = await startEmbeddedPostgres({ directory: path.join(work, 'postgres'), port: await freePort() })
const admin = postgres.url('postgres')

function prepare(database: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'bench/lib/prepare-database.ts'], {
    env: { ...process.env, DATABASE_URL: postgres.url(database), HAUSWERK_DEMO: '0', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  if (result.status !== 0) throw new Error(`preparing ${database} failed`)
}

type CliResult = {
  reports: Array<{
    file: string
    rows: number
    seconds: number
    status: string
    problemCount: number
    problems: unknown[]
  }>
  maxRssBytes: number
}

function importWithCli(database: string, files: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import.ts', '--json', '--quiet', ...files], {
      env: { ...process.env, DATABASE_URL: postgres.url(database), HAUSWERK_DEMO: '0', NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => {
      const last = output.trim().split('\n').at(-1) ?? ''
      try {
        const result = JSON.parse(last) as CliResult
        if (code !== 0)
          reject(
            new Error(
              `import failed: ${JSON.stringify(result.reports.map((report) => [report.file, report.status, report.problems.slice(0, 3)]))}`,
            ),
          )
        else resolve(result)
      } catch {
        reject(new Error(`import exited ${code}: ${output.slice(-2000)}`))
      }
    })
  })
}

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
    const { createWriteStream } = await import('node:fs')
    const { pipeline } = await import('node:stream/promises')
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
  const { createReadStream } = await import('node:fs')
  const { pipeline } = await import('node:stream/promises')
  for (const dump of dumps)
    await pipeline(createReadStream(dump.file), to.query(copyFrom(`copy ${dump.table} from stdin`)))
  await to.query('commit')
  const seconds = (performance.now() - started) / 1000
  await to.end()
  return { rows: dumps.reduce((sum, dump) => sum + dump.rows, 0), seconds }
}

const results: Record<string, unknown>[] = []
try {
  await ensureDatabase(admin, 'bench_template')
  prepare('bench_template')
  for (const units of sizes) {
    const out = path.join(work, `files-${units}`)
    const generated = await generate({ units, seed: 1, out, asOf, months: 0, full: false, only: kinds })
    const files = generated.files.map((entry) => entry.file)
    const fileRows = generated.files.reduce((sum, entry) => sum + entry.rows, 0)
    const database = `bench_import_${units}`
    await ensureDatabase(admin, database, 'bench_template')
    const imported = await importWithCli(database, files)
    const seconds = imported.reports.reduce((sum, report) => sum + report.seconds, 0)
    const result: Record<string, unknown> = {
      units,
      objects: generated.objects,
      rows: fileRows,
      rowsByFile: Object.fromEntries(imported.reports.map((report) => [report.file, report.rows])),
      importSeconds: Number(seconds.toFixed(2)),
      rowsPerSecond: Math.round(fileRows / seconds),
      peakRssMB: Math.round(imported.maxRssBytes / 1024 / 1024),
    }
    if (units === Math.max(...sizes)) {
      const target = `bench_copy_${units}`
      await ensureDatabase(admin, target, 'bench_template')
      const copy = await copyBaseline(database, target)
      result.copyRows = copy.rows
      result.copySeconds = Number(copy.seconds.toFixed(2))
      result.ratioToCopy = Number((seconds / copy.seconds).toFixed(2))
    }
    results.push(result)
    console.log(JSON.stringify(result))
    rmSync(out, { recursive: true, force: true })
  }
  const largest = results.at(-1)!
  const smallest = results[0]
  const summary = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 1024 ** 3)} GiB`,
    results,
    targets: {
      rowsPerSecond: {
        target: 20000,
        measured: largest.rowsPerSecond,
        met: (largest.rowsPerSecond as number) >= 20000,
      },
      ratioToCopy: { target: 5, measured: largest.ratioToCopy, met: (largest.ratioToCopy as number) <= 5 },
      rssFlat: { smallMB: smallest.peakRssMB, largeMB: largest.peakRssMB },
    },
  }
  mkdirSync('bench/results', { recursive: true })
  writeFileSync('bench/results/import.json', JSON.stringify(summary, null, 2))
  console.log(`
Import of ${largest.units} units (${largest.rows} rows in ${largest.importSeconds} s): ${largest.rowsPerSecond} rows/s (target ≥ 20,000)
COPY of the same ${largest.copyRows} table rows: ${largest.copySeconds} s → import = ${largest.ratioToCopy}× COPY (target ≤ 5×)
Peak RSS of the import: ${smallest.peakRssMB} MB at ${smallest.units} units, ${largest.peakRssMB} MB at ${largest.units} units`)
} finally {
  await postgres.stop()
  rmSync(work, { recursive: true, force: true })
}
