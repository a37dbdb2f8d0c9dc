/**
 * Issue 10 benchmark on the generated Wien-scale dataset (bench/lib/dataset.ts), the datasets of
 * BENCH_UNITS / 100 and BENCH_UNITS units (220,000 by default: about 22 k and 2.2 M documents),
 * as the documents bench.
 *
 * 1. Server render: the tenant's dashboard and document list (the documents bench's tenant),
 *    rendered by the portal's production build called in process (Remix's request handler with a
 *    real session cookie: session check, loaders, React render, the whole HTML read; no HTTP),
 *    against the same data by hand-written SQL (the session row, then the page's rows), interleaved.
 *    Targets: p95 ≤ 2× the SQL; p95 at the large size ≤ 1.2× the small one.
 * 2. Load: on the large size, Hauswerk started as `npm start` does, 200 signed-in users (portal
 *    users of 200 tenants, each its own session and connection) cycling through dashboard,
 *    documents and a download for BENCH_PORTAL_SECONDS (60), loopback only, load from autocannon.
 *    Targets: no errors, p99 < 250 ms.
 *
 *   npm run bench -- portal         (BENCH_UNITS=22000 for a quick run; BENCH_RUNS, default 200)
 */
import { spawn } from 'node:child_process'
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { datasetUnits, openDataset } from './lib/dataset'
import { round, runBench, type stats } from './lib/harness'
import { loadTest } from './lib/portal-load'
import type { LoadUser } from './lib/portal-render-worker'
import { benchPorts } from './lib/ports'

type Timing = ReturnType<typeof stats>
type Measured = {
  person: string
  visible: number
  roles: number
  documents: number
  releases: number
  runs: number
  dashboard: Timing
  dashboardSql: Timing
  documentList: Timing
  documentListSql: Timing
  loadUsers: number
}

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const loadSeconds = Number(process.env.BENCH_PORTAL_SECONDS ?? 60)
const loadUsers = Number(process.env.BENCH_PORTAL_USERS ?? 200)
const sizes = [
  { name: 'small', units: Math.max(20, Math.round(datasetUnits / 100)), withLoad: false },
  { name: 'large', units: datasetUnits, withLoad: true },
]

function measure(url: string, dataDir: string, usersFile?: string): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/lib/portal-render-worker.ts'], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: url,
        HAUSWERK_DATA_DIR: dataDir,
        HAUSWERK_DEMO: '0',
        NODE_ENV: 'production',
        PORTAL_LOAD_USERS: usersFile ?? '',
        BENCH_PORTAL_USERS: String(loadUsers),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => {
      try {
        if (code !== 0) throw new Error(`exit ${code}`)
        resolve(JSON.parse(output.trim().split('\n').at(-1) ?? '') as Measured)
      } catch (error) {
        reject(new Error(`the portal render worker failed (${(error as Error).message}): ${output.slice(-2000)}`))
      }
    })
  })
}

/** The builds `npm start` would make, made first so that neither the render nor the start waits for them. */
async function ensureBuilds(log: (line: string) => void) {
  const { buildIsStale, portalBuildIsStale } = await import('@/server/build-state')
  const steps: Array<[boolean, string, string[]]> = [
    [buildIsStale(root), 'next', ['build']],
    [portalBuildIsStale(root), 'remix', ['vite:build', '--config', path.join('portal', 'vite.config.ts')]],
  ]
  for (const [stale, command, args] of steps) {
    if (!stale) continue
    log(`${command} ${args[0]}: the build is missing or older than the sources (not part of any figure) …`)
    const build = spawn(path.join(root, 'node_modules', '.bin', command), args, {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    })
    const code = await new Promise((resolve) => build.once('exit', resolve))
    if (code !== 0) throw new Error(`${command} ${args[0]} failed`)
  }
}

const thousands = (value: number) => value.toLocaleString('en')

await runBench(
  'portal',
  "The tenant's dashboard and document list: server render vs hand-written SQL at ~22k and ~2.2M documents; 200 signed-in sessions for 60 s",
  async (report) => {
    await ensureBuilds(report.log)
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hauswerk-bench-portal-'))
    chmodSync(dataDir, 0o755)
    const results: Array<Measured & { name: string; units: number }> = []
    try {
      for (const { name, units, withLoad } of sizes) {
        const dataset = await openDataset(units, report.log)
        try {
          report.detail(`dataset_${name}`, dataset.facts)
          const usersFile = withLoad && loadSeconds > 0 ? path.join(dataDir, 'load-users.json') : undefined
          const measured = await measure(dataset.url, dataDir, usersFile)
          results.push({ name, units, ...measured })
          if (!usersFile) continue
          const users = JSON.parse(readFileSync(usersFile, 'utf8')) as LoadUser[]
          const { http } = await benchPorts()
          report.log(
            `load: npm start on the ${thousands(measured.documents)}-document clone, ${users.length} sessions, ${loadSeconds} s …`,
          )
          const load = await loadTest({
            root,
            url: dataset.url,
            dataDir,
            port: http,
            postgresPort: Number(new URL(dataset.url).port),
            users,
            seconds: loadSeconds,
            log: report.log,
          })
          report.detail('load', load)
          const failed = load.errors + load.timeouts + load.non2xx
          const size = `${thousands(measured.documents)} documents`
          report.figure('load_rps', `load: requests/s, ${users.length} sessions, ${size}`, load.requestsPerSecond, '/s')
          report.figure('load_p50', 'load: latency p50 (dashboard, documents, download)', load.latency.p50, 'ms')
          report.figure('load_p99', 'load: latency p99 (dashboard, documents, download)', load.latency.p99, 'ms', 250)
          report.figure('load_errors', `load: errors, timeouts, non-2xx of ${thousands(load.completed)}`, failed, '', 0)
          for (const [page, timing] of Object.entries(load.latencyByPage))
            report.log(`  ${page}: p50 ${timing.p50} ms, p99 ${timing.p99} ms (${timing.n})`)
          report.log(
            `  waiting for a core, % of the run (main threads): ${Object.entries(load.runQueuePercent)
              .map(([group, percent]) => `${group} ${percent}`)
              .join(', ')}`,
          )
          report.log(
            `  CPU % of one core: ${Object.entries(load.cpuPercent)
              .map(([group, percent]) => `${group} ${percent}`)
              .join(', ')}; load average ${load.loadAverage.before.join(' ')} → ${load.loadAverage.after.join(' ')}`,
          )
          report.log(`  ${load.megabytesPerSecond} MB/s of responses`)
          report.log(
            `  database per request: ${load.database.transactionsPerRequest} transactions, ${load.database.rowsReadPerRequest} rows read; connections active/idle ${load.database.connectionsActive}/${load.database.connectionsIdle}`,
          )
        } finally {
          await dataset.close()
        }
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }

    for (const result of results) {
      const size = `${thousands(result.documents)} documents`
      report.detail(`measured_${result.name}`, result)
      report.log(`${size}: tenant ${result.person}, ${result.visible} visible documents, ${result.roles} roles`)
      for (const [page, rendered, sql] of [
        ['dashboard', result.dashboard, result.dashboardSql],
        ['documents', result.documentList, result.documentListSql],
      ] as const) {
        report.figure(`${page}_p50_${result.name}`, `${page} render p50, ${size}`, round(rendered.p50), 'ms')
        report.figure(`${page}_p95_${result.name}`, `${page} render p95, ${size}`, round(rendered.p95), 'ms')
        report.figure(`${page}_sql_p50_${result.name}`, `${page} SQL p50, ${size}`, round(sql.p50), 'ms')
        report.figure(`${page}_sql_p95_${result.name}`, `${page} SQL p95, ${size}`, round(sql.p95), 'ms')
        report.figure(
          `${page}_ratio_p95_${result.name}`,
          `${page} render ÷ SQL p95, ${size}`,
          round(rendered.p95 / sql.p95),
          '×',
          2,
        )
      }
    }
    const [small, large] = results
    if (small.person !== large.person) throw new Error(`measured different tenants: ${small.person}, ${large.person}`)
    for (const page of ['dashboard', 'documentList'] as const)
      report.figure(
        `${page}_growth_p95`,
        `${page} render p95 at ${thousands(large.documents)} ÷ at ${thousands(small.documents)} documents`,
        round(large[page].p95 / small[page].p95),
        '×',
        1.2,
      )
  },
)
