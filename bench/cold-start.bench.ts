/**
 * Cold start: `npm start` on a built checkout with an existing data directory, from spawning the
 * command to the first 200 from /admin/login (what a person waits for after typing `npm start`).
 * Median of three runs; target ≤ 15 s (issue 3). The first start on an empty data directory
 * (Postgres cluster, migrations, demo seed) is reported separately and is not part of the figure.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { buildIsStale } from '@/server/build-state'
import { portInUse } from '@/server/embedded-postgres'

import { runBench, round, since, stats } from './lib/harness'
import { benchPorts } from './lib/ports'

const runs = Number(process.env.BENCH_COLD_START_RUNS ?? 3)
const startTimeoutMs = 180_000
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')

/** Resolves with the exit code; kills the process group after the timeout. */
function exited(child: ChildProcess, timeoutMs: number): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode)
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {}
    }, timeoutMs)
    child.once('exit', (code) => {
      clearTimeout(timer)
      resolve(code)
    })
  })
}

async function untilFree(port: number, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  while ((await portInUse(port)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200))
  if (await portInUse(port)) throw new Error(`port ${port} still in use after stopping Hauswerk`)
}

/** Lines of `npm start`'s output that mark its phases. */
const milestone = /^\[hauswerk\]|Ready in|Hauswerk is running/

type Run = { seconds: number; milestones: Array<[number, string]> }

/** One `npm start`: seconds until /admin/login answered 200, then Ctrl-C and wait until it is gone. */
async function startOnce(env: NodeJS.ProcessEnv, ports: { http: number; postgres: number }): Promise<Run> {
  const output: string[] = []
  const milestones: Array<[number, string]> = []
  const started = performance.now()
  // Its own process group, so Ctrl-C can be sent to everything it starts, as a terminal does.
  const child = spawn('npm', ['start'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      output.push(line)
      if (milestone.test(line.trim())) milestones.push([round(since(started) / 1000, 2), line.trim()])
    }
  }
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)

  const url = `http://127.0.0.1:${ports.http}/admin/login`
  let seconds: number | undefined
  while (seconds === undefined && child.exitCode === null && since(started) < startTimeoutMs) {
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(5000) })
      await response.body?.cancel()
      if (response.status === 200) seconds = since(started) / 1000
    } catch {
      // not listening yet
    }
    if (seconds === undefined) await new Promise((resolve) => setTimeout(resolve, 100))
  }

  if (child.exitCode === null) process.kill(-child.pid!, 'SIGINT')
  await exited(child, 30_000)
  await untilFree(ports.http)
  await untilFree(ports.postgres)
  if (seconds === undefined) throw new Error(`npm start did not answer ${url}:\n${output.slice(-30).join('\n')}`)
  milestones.push([round(seconds, 2), '/admin/login answered 200'])
  return { seconds, milestones }
}

await runBench('cold-start', 'npm start on a built checkout to the first /admin/login answered', async (report) => {
  if (buildIsStale(root)) {
    report.log('the build is missing or older than the sources: next build first (not part of the figure) …')
    const started = performance.now()
    const build = spawn(path.join(root, 'node_modules', '.bin', 'next'), ['build'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    })
    if ((await exited(build, 600_000)) !== 0) throw new Error('next build failed')
    report.detail('buildSeconds', round(since(started) / 1000, 1))
  }

  const ports = await benchPorts()
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hauswerk-cold-start-'))
  chmodSync(dataDir, 0o755)
  const env = {
    ...process.env,
    // Empty counts as unset (server/env.ts): the embedded Postgres of the data directory, as on a fresh machine.
    DATABASE_URL: '',
    PORT: String(ports.http),
    HAUSWERK_PG_PORT: String(ports.postgres),
    HAUSWERK_DATA_DIR: dataDir,
    HAUSWERK_DEMO: '1',
  }
  try {
    const first = await startOnce(env, ports)
    report.figure(
      'first-start',
      'first start, empty data dir (initdb, migrate, seed demo)',
      round(first.seconds, 1),
      's',
    )
    const timed: Run[] = []
    for (let run = 1; run <= runs; run++) {
      timed.push(await startOnce(env, ports))
      report.log(`run ${run}: ${round(timed.at(-1)!.seconds, 2)} s`)
    }
    const median = stats(timed.map((run) => run.seconds)).p50
    report.figure('cold-start', `cold start, existing data dir (median of ${runs})`, round(median, 2), 's', 15)
    report.detail(
      'runs',
      timed.map((run) => round(run.seconds, 2)),
    )
    // Where the time goes: seconds since spawn at which each phase was reached.
    report.detail(
      'milestones',
      timed.map((run) => run.milestones),
    )
    for (const [at, line] of timed.find((run) => run.seconds === median)!.milestones) report.log(`  ${at} s  ${line}`)
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
})
