import { type ChildProcess, spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'

import autocannon, { type Client } from 'autocannon'
import pg from 'pg'

import { portInUse } from '@/server/embedded-postgres'

import { round, since } from './harness'
import type { LoadUser } from './portal-render-worker'

/**
 * The load half of the portal bench: Hauswerk started as `npm start` starts it (portal server in
 * front, Next behind, production builds) on a prepared database, then many signed-in sessions,
 * each its own connection with its own cookie, cycling through dashboard, document list and a
 * download for a fixed time (autocannon, loopback only). While it runs: the CPU of each process
 * and the database's connections, so that a miss can name its bottleneck.
 */

export type LoadOptions = {
  root: string
  url: string
  dataDir: string
  port: number
  postgresPort: number
  users: LoadUser[]
  seconds: number
  log: (line: string) => void
}

const startTimeoutMs = 20 * 60_000
const clockTicks = 100

/** A process's CPU seconds so far (user + system), from /proc. */
function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[11]) + Number(fields[12])) / clockTicks
  } catch {
    return 0
  }
}

/** Seconds a process's main thread spent runnable but waiting for a CPU, from /proc (schedstat). */
function runQueueSeconds(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[1]) / 1e9
  } catch {
    return 0
  }
}

type ProcessInfo = { pid: number; ppid: number; command: string }
function processes(): ProcessInfo[] {
  const found: ProcessInfo[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ').trim()
      found.push({ pid: Number(entry), ppid, command })
    } catch {
      // gone meanwhile
    }
  }
  return found
}

function descendants(all: ProcessInfo[], root: number): ProcessInfo[] {
  const result: ProcessInfo[] = []
  const queue = [root]
  while (queue.length) {
    const parent = queue.shift()!
    for (const child of all.filter((info) => info.ppid === parent)) {
      result.push(child)
      queue.push(child.pid)
    }
  }
  return result
}

/** The processes of the started product and of its Postgres, grouped as the bottleneck question needs them. */
function productGroups(startPid: number, postgresPort: number): Record<string, number[]> {
  const all = processes()
  const groups: Record<string, number[]> = { portal: [], next: [], 'start script': [], postgres: [] }
  for (const info of [all.find((p) => p.pid === startPid)!, ...descendants(all, startPid)].filter(Boolean)) {
    if (info.command.includes('portal-server.ts')) groups.portal.push(info.pid)
    else if (info.command.includes('next')) groups.next.push(info.pid)
    else groups['start script'].push(info.pid)
  }
  const postmaster = all.find((p) => /postgres/.test(p.command) && p.command.includes(` -p ${postgresPort}`))
  if (postmaster) groups.postgres = [postmaster.pid, ...descendants(all, postmaster.pid).map((p) => p.pid)]
  return groups
}

/** Percentiles by the nearest rank, as harness.stats, with the p99 this target needs. */
function latencyStats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
  return {
    n: sorted.length,
    p50: round(rank(50)),
    p95: round(rank(95)),
    p99: round(rank(99)),
    max: round(sorted.at(-1) ?? 0),
  }
}

async function waitFor(url: string, child: ChildProcess, output: string[]) {
  const started = performance.now()
  while (child.exitCode === null && since(started) < startTimeoutMs) {
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5000) })
      await response.body?.cancel()
      if (response.status === 200) return round(since(started) / 1000, 1)
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`Hauswerk did not answer ${url}:\n${output.slice(-40).join('\n')}`)
}

async function stopProduct(child: ChildProcess, port: number) {
  if (child.exitCode === null) {
    // Ctrl-C to the process group, as a terminal does: start.ts stops the portal server, then Next.
    process.kill(-child.pid!, 'SIGINT')
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL')
        } catch {}
        resolve()
      }, 30_000)
      child.once('exit', () => {
        clearTimeout(timer)
        resolve()
      })
    })
  }
  const deadline = Date.now() + 30_000
  while ((await portInUse(port)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200))
}

const pages = (user: LoadUser) => ['/', '/documents', `/documents/${user.documentId}/download`]

/** One request of each page per user, a few users at a time: warms the processes and proves every session works. */
async function checkSessions(base: string, users: LoadUser[]) {
  for (let start = 0; start < users.length; start += 10) {
    await Promise.all(
      users.slice(start, start + 10).flatMap((user) =>
        pages(user).map(async (page) => {
          const response = await fetch(`${base}${page}`, {
            headers: { Cookie: user.cookie },
            redirect: 'manual',
            signal: AbortSignal.timeout(60_000),
          })
          const body = await response.arrayBuffer()
          if (response.status !== 200) throw new Error(`${user.email} ${page}: ${response.status}`)
          if (page.endsWith('/download') && !response.headers.get('content-disposition')?.includes(user.filename))
            throw new Error(`${user.email} ${page}: not the file (${body.byteLength} bytes)`)
        }),
      ),
    )
  }
}

export async function loadTest(options: LoadOptions) {
  const { root, url, dataDir, port, postgresPort, users, seconds, log } = options
  const output: string[] = []
  // `npm start` on the dataset's database (DATABASE_URL), everything on the loopback.
  const child = spawn('npm', ['start'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      HAUSWERK_HOST: '127.0.0.1',
      HAUSWERK_DATA_DIR: dataDir,
      HAUSWERK_DEMO: '0',
      NODE_ENV: 'production',
      // A diagnosis, not a figure: every Node process of the product writes a CPU profile when it stops.
      ...(process.env.BENCH_PORTAL_CPU_PROFILE
        ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${process.env.BENCH_PORTAL_CPU_PROFILE}` }
        : {}),
    },
  })
  const keep = (chunk: Buffer) => output.push(...chunk.toString().split('\n').filter(Boolean))
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  const base = `http://127.0.0.1:${port}`
  const stats = new pg.Client({ connectionString: url })
  try {
    const startSeconds = await waitFor(`${base}/login`, child, output)
    log(`Hauswerk answered after ${startSeconds} s; checking the ${users.length} sessions …`)
    const checkStart = performance.now()
    await checkSessions(base, users)
    log(`every session answered its three pages (${round(since(checkStart) / 1000, 1)} s)`)

    await stats.connect()
    const databaseCounters = async () =>
      (
        await stats.query(
          `select xact_commit + xact_rollback as transactions, tup_returned + tup_fetched as rows_read,
            tup_inserted + tup_updated + tup_deleted as rows_written
          from pg_stat_database where datname = current_database()`,
        )
      ).rows[0] as Record<string, string>
    const groups = productGroups(child.pid!, postgresPort)
    const sumOver = (read: (pid: number) => number) =>
      Object.fromEntries(
        Object.entries(groups).map(([name, pids]) => [name, pids.reduce((sum, pid) => sum + read(pid), 0)]),
      )
    const cpuOf = () => sumOver(cpuSeconds)
    const waitOf = () => sumOver(runQueueSeconds)
    const connectionSamples: Array<{ active: number; idle: number; waiting: number }> = []
    const sampler = setInterval(() => {
      stats
        .query(
          `select count(*) filter (where state = 'active') as active, count(*) filter (where state like 'idle%') as idle,
            count(*) filter (where state = 'active' and wait_event_type is not null and wait_event_type <> 'Client') as waiting
          from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`,
        )
        .then(({ rows }) =>
          connectionSamples.push({
            active: Number(rows[0].active),
            idle: Number(rows[0].idle),
            waiting: Number(rows[0].waiting),
          }),
        )
        .catch(() => undefined)
    }, 1000)

    const latencies: Record<string, number[]> = { dashboard: [], documents: [], download: [] }
    const statusByPage: Record<string, Record<number, number>> = { dashboard: {}, documents: {}, download: {} }
    let next = 0
    const loadBefore = os.loadavg()
    const cpuBefore = cpuOf()
    const waitBefore = waitOf()
    const countersBefore = await databaseCounters()
    const started = performance.now()
    const run = autocannon({
      url: base,
      connections: users.length,
      duration: seconds,
      timeout: 30,
      // Each connection is one user: their cookie on their three pages, in turn.
      setupClient(client: Client) {
        const user = users[next++ % users.length]
        let page = 'dashboard'
        const tagged = (name: string, path: string) => ({
          method: 'GET',
          path,
          headers: { cookie: user.cookie },
          onResponse: (status: number) => {
            page = name
            statusByPage[name][status] = (statusByPage[name][status] ?? 0) + 1
          },
        })
        const [dashboard, documents, download] = pages(user)
        client.setRequests([
          tagged('dashboard', dashboard),
          tagged('documents', documents),
          tagged('download', download),
        ])
        // autocannon calls a request's onResponse just before it emits the response with its time.
        client.on('response', (_status, _bytes, durationMs) => latencies[page].push(durationMs))
      },
    })
    const result = await run
    const wallSeconds = since(started) / 1000
    clearInterval(sampler)
    const cpuAfter = cpuOf()
    const waitAfter = waitOf()
    const countersAfter = await databaseCounters()
    const loadAfter = os.loadavg()
    const all = Object.values(latencies).flat()
    const completed = all.length
    const cpuPercent = Object.fromEntries(
      Object.keys(groups).map((name) => [name, round(((cpuAfter[name] - cpuBefore[name]) / wallSeconds) * 100, 0)]),
    )
    // Runnable but not running: the share of the run the process waited for a core the machine did not have.
    const runQueuePercent = Object.fromEntries(
      Object.keys(groups).map((name) => [name, round(((waitAfter[name] - waitBefore[name]) / wallSeconds) * 100, 0)]),
    )
    const perRequest = (key: string) => round((Number(countersAfter[key]) - Number(countersBefore[key])) / completed, 1)
    const average = (pick: (sample: (typeof connectionSamples)[number]) => number) =>
      round(connectionSamples.reduce((sum, sample) => sum + pick(sample), 0) / Math.max(1, connectionSamples.length), 1)
    return {
      startSeconds,
      users: users.length,
      seconds: round(wallSeconds, 1),
      completed,
      requestsPerSecond: round(completed / wallSeconds, 1),
      megabytesPerSecond: round(result.throughput.average / 1e6, 1),
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      statusCodes: result.statusCodeStats,
      statusByPage,
      latency: latencyStats(all),
      latencyByPage: Object.fromEntries(
        Object.entries(latencies).map(([name, samples]) => [name, latencyStats(samples)]),
      ),
      autocannonLatency: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
      cpuPercent,
      runQueuePercent,
      processes: Object.fromEntries(Object.entries(groups).map(([name, pids]) => [name, pids.length])),
      database: {
        transactionsPerRequest: perRequest('transactions'),
        rowsReadPerRequest: perRequest('rows_read'),
        rowsWrittenPerRequest: perRequest('rows_written'),
        connectionsActive: average((sample) => sample.active),
        connectionsIdle: average((sample) => sample.idle),
        connectionsWaiting: average((sample) => sample.waiting),
        samples: connectionSamples.length,
      },
      loadAverage: { before: loadBefore.map((load) => round(load)), after: loadAfter.map((load) => round(load)) },
    }
  } finally {
    await stats.end().catch(() => undefined)
    await stopProduct(child, port)
  }
}
