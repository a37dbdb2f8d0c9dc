/**
 * `npm start`: Hauswerk on its embedded defaults. Starts Postgres (unless DATABASE_URL), applies
 * the migrations, seeds an empty database, creates the first administrator, builds the admin when
 * the build is missing or older than the sources, and serves everything on PORT. Ctrl-C stops
 * every process it started, Postgres included. `--dev` runs Next in development mode instead.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { EnvError, outboxDirectory, parseEnv } from '@/lib/env'
import { resolveDatabase } from '@/server/database-url'
import { buildIsStale } from '@/server/build-state'
import { isPrepared } from '@/server/quick-check'
import { waitForHttp } from '@/server/wait-for-http'
import { portalPersonas, staffPersonas } from '@/seed/personas'

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

const children: ChildProcess[] = []
let stopping = false
async function stop(code = 0) {
  if (stopping) return
  stopping = true
  log('stopping …')
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null) return resolve()
          child.once('exit', () => resolve())
          child.kill('SIGTERM')
        }),
    ),
  )
  await embedded?.stop()
  process.exit(code)
}
process.on('SIGINT', () => void stop(0))
process.on('SIGTERM', () => void stop(0))

const childEnv = {
  ...process.env,
  DATABASE_URL: url,
  HAUSWERK_DATA_DIR: config.dataDir,
  PAYLOAD_SECRET: config.PAYLOAD_SECRET,
  // Only the server runs queued jobs (the nightly import), not scripts or tests on the same config.
  HAUSWERK_JOBS: '1',
}
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
    prepared.payload.db.pool?.on('error', () => undefined)
  } catch (error) {
    console.error(error)
    await stop(1)
  }
}

function run(command: string, args: string[]): ChildProcess {
  const child = spawn(command, args, { stdio: 'inherit', env: childEnv })
  children.push(child)
  child.once('exit', (code) => {
    if (!stopping && command !== 'build') void stop(code ?? 1)
  })
  return child
}

const next = path.join(process.cwd(), 'node_modules', '.bin', 'next')
if (!dev && buildIsStale()) {
  log('building the admin (first start or changed sources, about a minute) …')
  const build = spawn(next, ['build'], { stdio: 'inherit', env: { ...childEnv, NODE_ENV: 'production' } })
  const code: number = await new Promise((resolve) => build.once('exit', (exitCode) => resolve(exitCode ?? 1)))
  if (code !== 0) await stop(code)
}

run(next, [dev ? 'dev' : 'start', '--port', String(config.PORT)])
await waitForHttp(`http://127.0.0.1:${config.PORT}/admin/login`, dev ? 180_000 : 60_000)

const base = config.SERVER_URL ?? `http://localhost:${config.PORT}`
const seconds = ((Date.now() - started) / 1000).toFixed(1)
console.log(`
Hauswerk is running (ready in ${seconds} s)
  Admin:    ${base}/admin
  REST:     ${base}/api
  GraphQL:  ${base}/api/graphql
  Mail:     ${config.SMTP_URL ? 'SMTP' : outboxDirectory(config)}

Sign in as ${config.HAUSWERK_ADMIN_EMAIL} / ${process.env.HAUSWERK_ADMIN_PASSWORD ? '(HAUSWERK_ADMIN_PASSWORD)' : config.HAUSWERK_ADMIN_PASSWORD}
${
  config.HAUSWERK_DEMO
    ? `Demo sign-ins (password ${process.env.HAUSWERK_DEMO_PASSWORD ? '(HAUSWERK_DEMO_PASSWORD)' : config.HAUSWERK_DEMO_PASSWORD}):
${Object.values(staffPersonas)
  .map((persona) => `  staff   ${persona.email.padEnd(34)} ${persona.name} (${persona.role})`)
  .join('\n')}
  portal  ${Object.values(portalPersonas).join(', ')} (POST /api/portal-users/login; the portal pages come later)
`
    : ''
}Press Ctrl-C to stop.`)
