/**
 * One size of the portal bench (bench/portal.bench.ts), in its own process because Payload binds
 * a process to one database: on DATABASE_URL (a clone of a prepared dataset), the server render of
 * the tenant's dashboard and document list — the portal's production build called in process with
 * a real session cookie — against the same data by hand-written SQL, interleaved. With
 * PORTAL_LOAD_USERS (a file path) it then prepares the load test's sessions: portal users for other
 * tenants, each signed in, and the bytes of one released document each. Prints its result as JSON
 * on the last line of stdout.
 */
import { randomBytes } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { createRequestHandler, type ServerBuild } from '@remix-run/node'
import pg from 'pg'

import { expectPostgresToStop } from '@/db/client'

import { chooseTenant, documentsPageSql, releasedTodaySql, todaySql } from './bench-tenant'
import { stats } from './harness'

export type LoadUser = { email: string; cookie: string; documentId: number; filename: string }

const runs = Number(process.env.BENCH_RUNS ?? 200)
const warmup = 30
const maxMeasureMs = Number(process.env.BENCH_MAX_SECONDS ?? 90) * 1000
const loadUsersFile = process.env.PORTAL_LOAD_USERS
const loadUserCount = Number(process.env.BENCH_PORTAL_USERS ?? 200)
const password = 'bench-password'
const repository = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')

const { parseEnv } = await import('@/server/env')
const { prepareDatabase } = await import('@/server/prepare')
const { documentsDirectory } = await import('@/collections/documents/storage')
const { personRoles } = await import('@/portal/models/roles.server')
const { sessionCookieName } = await import('@/portal/app/session.server')
const env = parseEnv()
// What scripts/start.ts hands the portal server: the data directory's secret (sessions, CSRF).
process.env.PAYLOAD_SECRET = env.PAYLOAD_SECRET
const { payload } = await prepareDatabase(env, { demo: false })
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 })
const client = await pool.connect()

/** Portal sign-ins made by the system, then signed in through Payload's login as the portal does. */
async function signedIn(person: number, email: string) {
  const user = await payload.create({
    collection: 'portal-users',
    data: { email, password, person },
    overrideAccess: true,
  })
  const { token } = await payload.login({ collection: 'portal-users', data: { email, password } })
  if (!token) throw new Error(`no token for ${email}`)
  return { user, token, cookie: `${sessionCookieName}=${encodeURIComponent(token)}` }
}

const tenant = await chooseTenant(client)
const session = await signedIn(tenant.id, 'bench-tenant@demo.hauswerk.test')
const sessionId = (JSON.parse(Buffer.from(session.token.split('.')[1], 'base64url').toString()) as { sid: string }).sid

// The portal exactly as the portal server serves it (its production build), minus Express and HTTP.
const build = (await import(path.join(repository, 'portal', 'build', 'server', 'index.js'))) as ServerBuild
const handle = createRequestHandler(build, 'production')

const handleWith = (pathname: string, cookie: string) =>
  handle(
    new Request(`http://127.0.0.1${pathname}`, { headers: { Cookie: cookie, Accept: 'text/html' } }),
    // What the portal server gives every request: a fresh CSP nonce and the browser's address.
    { nonce: randomBytes(16).toString('base64'), clientAddress: '127.0.0.1' },
  )

/** Server render of one page: request in, the whole HTML read; the HTML for the checks. */
async function render(pathname: string): Promise<string> {
  const response = await handleWith(pathname, session.cookie)
  const html = await response.text()
  if (response.status !== 200) throw new Error(`${pathname} answered ${response.status}: ${html.slice(0, 500)}`)
  return html
}

/** What the route needs before its data: the signed-in user behind the cookie, not disabled, session alive. */
const sessionSql = `
  select u.id, u.email, u.person_id from portal_users u join portal_users_sessions s on s._parent_id = u.id
  where u.id = $1 and s.id = $2 and s.expires_at > now() and not coalesce(u.disabled, false)`
const dashboardSql = `
  with today as (select ${todaySql} as day)
  select p.display_name, r.* from persons p left join lateral (
    select t.id as tenancy_id, t.kind, t.move_in, t.move_out, u.unit_number, u.top_number, o.name as object_name
    from tenancies_rels h join tenancies t on t.id = h.parent_id
    join units u on u.id = t.unit_id join objects o on o.id = u.object_id
    where h.path = 'holders' and h.persons_id = p.id and t.kind in ('tenant', 'owner')) r on true
  where p.id = $1 order by r.move_in desc nulls last`

async function signedInBySql() {
  const { rows } = await client.query(sessionSql, [session.user.id, sessionId])
  if (rows.length !== 1) throw new Error('the session does not resolve by SQL')
}
async function dashboardBySql() {
  await signedInBySql()
  return (await client.query(dashboardSql, [tenant.id])).rows
}
async function documentsBySql() {
  await signedInBySql()
  return (await client.query(documentsPageSql, [tenant.id])).rows
}

// The same data both ways, before timing.
const portalUser = { ...session.user, collection: 'portal-users' as const }
const roles = await personRoles(payload, portalUser as never)
const dashboardRows = await dashboardBySql()
if (dashboardRows.filter((row) => row.tenancy_id !== null).length !== roles.roles.length)
  throw new Error(`dashboard: ${roles.roles.length} roles by the model, ${dashboardRows.length} rows by SQL`)
const dashboardHtml = await render('/')
if (!roles.roles.every((role) => dashboardHtml.includes(role.unitNumber)))
  throw new Error('the dashboard does not show every unit')
const documentRows = await documentsBySql()
const renderedIds = [...(await render('/documents')).matchAll(/href="\/documents\/(\d+)\/download"/g)].map((m) =>
  Number(m[1]),
)
const sqlIds = documentRows.map((row) => Number(row.id))
if (JSON.stringify(renderedIds) !== JSON.stringify(sqlIds))
  throw new Error(`documents: the page shows ${renderedIds.join(',')}, SQL has ${sqlIds.join(',')}`)

for (let i = 0; i < warmup; i++) {
  await render('/')
  await dashboardBySql()
  await render('/documents')
  await documentsBySql()
}
const times = {
  dashboard: [] as number[],
  dashboardSql: [] as number[],
  documents: [] as number[],
  documentsSql: [] as number[],
}
const timed = async (samples: number[], work: () => Promise<unknown>) => {
  const start = performance.now()
  await work()
  samples.push(performance.now() - start)
}
const measureStart = performance.now()
// Interleaved, so that all four see the same machine load.
for (let i = 0; i < runs && performance.now() - measureStart < maxMeasureMs; i++) {
  await timed(times.dashboard, () => render('/'))
  await timed(times.dashboardSql, dashboardBySql)
  await timed(times.documents, () => render('/documents'))
  await timed(times.documentsSql, documentsBySql)
}

/**
 * The measured path still checks the session on every request: a second session of the tenant
 * answers, then is refused once its session is gone (as after a sign-out elsewhere), and the
 * first is refused while staff have disabled the sign-in.
 */
async function checkRefusals() {
  const { token } = await payload.login({
    collection: 'portal-users',
    data: { email: 'bench-tenant@demo.hauswerk.test', password },
  })
  const second = `${sessionCookieName}=${encodeURIComponent(token!)}`
  const sid = (JSON.parse(Buffer.from(token!.split('.')[1], 'base64url').toString()) as { sid: string }).sid
  const refused = async (cookie: string) => {
    const response = await handleWith('/', cookie)
    await response.text()
    return response.status === 302 && response.headers.get('Location') === '/login?ended=1'
  }
  if (await refused(second)) throw new Error('a live second session was refused')
  await client.query('delete from portal_users_sessions where id = $1', [sid])
  if (!(await refused(second))) throw new Error('a removed session still renders the dashboard')
  // Set in SQL, so the sessions stay: the portal's own check of the flag must refuse.
  await client.query('update portal_users set disabled = true where id = $1', [session.user.id])
  const disabled = await refused(session.cookie)
  await client.query('update portal_users set disabled = false where id = $1', [session.user.id])
  if (!disabled) throw new Error('a disabled user still renders the dashboard')
}
await checkRefusals()

/**
 * The load test's sessions: current tenants other than the measured one with a document released
 * to them today, each a portal user signed in (a real session), and their newest visible document
 * written to the document store (the dataset has records, no bytes) so the download serves a file.
 */
async function prepareLoadUsers(file: string) {
  const { rows } = await client.query(
    `with today as (select ${todaySql} as day)
    select distinct on (r.person_id) r.person_id, d.id, d.filename, d.filesize
    from document_releases r join documents d on d.id = r.document_id
    left join tenancies t on t.id = r.tenancy_id cross join today
    where r.person_id <> $1 and ${releasedTodaySql}
    order by r.person_id, d.created_at desc, d.id desc
    limit $2`,
    [tenant.id, loadUserCount],
  )
  if (rows.length < loadUserCount) throw new Error(`only ${rows.length} persons with a released document`)
  const directory = documentsDirectory(env)
  mkdirSync(directory, { recursive: true })
  const users: LoadUser[] = []
  // A few at a time: password hashing is the cost, and it runs on libuv's four threads.
  for (let start = 0; start < rows.length; start += 8) {
    const batch = await Promise.all(
      rows.slice(start, start + 8).map(async (row, index) => {
        const email = `bench-load-${start + index}@demo.hauswerk.test`
        const { cookie } = await signedIn(Number(row.person_id), email)
        const size = Math.max(1_000, Math.min(Number(row.filesize) || 50_000, 2_000_000))
        writeFileSync(
          path.join(directory, row.filename),
          Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(size - 9, 32)]),
        )
        return { email, cookie, documentId: Number(row.id), filename: row.filename as string }
      }),
    )
    users.push(...batch)
  }
  writeFileSync(file, JSON.stringify(users))
  return users.length
}
const loadUsers = loadUsersFile ? await prepareLoadUsers(loadUsersFile) : 0

const { rows: counts } = await client.query(
  'select (select count(*) from documents) as documents, (select count(*) from document_releases) as releases',
)
const result = {
  person: tenant.externalKey,
  visible: tenant.visible,
  roles: roles.roles.length,
  documents: Number(counts[0].documents),
  releases: Number(counts[0].releases),
  runs: times.dashboard.length,
  dashboard: stats(times.dashboard),
  dashboardSql: stats(times.dashboardSql),
  documentList: stats(times.documents),
  documentListSql: stats(times.documentsSql),
  htmlBytes: { dashboard: dashboardHtml.length },
  loadUsers,
}
client.release()
await pool.end()
expectPostgresToStop(payload)
await new Promise((resolve) => process.stdout.write(`${JSON.stringify(result)}\n`, resolve))
process.exit(0)
