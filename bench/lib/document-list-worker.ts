/**
 * One size of the documents bench (bench/documents.bench.ts), in its own process because Payload
 * binds a process to one database: on DATABASE_URL (a clone of a prepared dataset), one tenant's
 * newest-first page of 20 with the total through the portal's model function (Local API as the
 * tenant, with access, scope and read log) against one hand-written SQL statement with the same
 * result, interleaved. Prints its result as JSON on the last line of stdout.
 */
import pg from 'pg'

import type { PortalUser } from '@/access/portal'
import { expectPostgresToStop } from '@/db/client'

import { chooseTenant, documentsPageSql } from './bench-tenant'
import { stats } from './harness'

const runs = Number(process.env.BENCH_RUNS ?? 300)
const warmup = 50
const { parseEnv } = await import('@/server/env')
const { prepareDatabase } = await import('@/server/prepare')
const { listDocuments } = await import('@/portal/models/documents.server')
const { payload } = await prepareDatabase(parseEnv(), { demo: false })
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 })
const client = await pool.connect()

const tenant = await chooseTenant(client)
const person = tenant.id
// System set-up: the tenant's portal sign-in.
const portalUser = await payload.create({
  collection: 'portal-users',
  data: { email: 'bench-tenant@demo.hauswerk.test', password: 'bench-password', person },
  overrideAccess: true,
})
const user = { ...portalUser, collection: 'portal-users' as const } as PortalUser

/** The page as the portal gets it: its model function, the tenant as user, with access (rules, scope, read log). */
const viaLocalApi = async () => {
  const result = await listDocuments(payload, user)
  return { ids: result.docs.map((doc) => doc.id), total: result.totalDocs }
}

const handWritten = documentsPageSql
const viaSql = async () => {
  const { rows } = await client.query(handWritten, [person])
  return { ids: rows.map((row) => Number(row.id)), total: Number(rows[0]?.total ?? 0) }
}
/** The same statement prepared once (for reference: Payload's own queries are not prepared). */
const viaPreparedSql = async () => {
  const { rows } = await client.query({ name: 'bench-tenant-documents', text: handWritten, values: [person] })
  return { ids: rows.map((row) => Number(row.id)), total: Number(rows[0]?.total ?? 0) }
}

const local = await viaLocalApi()
const sql = await viaSql()
if (JSON.stringify(local) !== JSON.stringify(sql)) {
  throw new Error(`Local API and SQL disagree: ${JSON.stringify(local)} vs ${JSON.stringify(sql)}`)
}
for (let i = 0; i < warmup; i++) {
  await viaLocalApi()
  await viaSql()
  await viaPreparedSql()
}
const times = { local: [] as number[], sql: [] as number[], prepared: [] as number[] }
// Interleaved, so that all three see the same machine load.
for (let i = 0; i < runs; i++) {
  let start = performance.now()
  await viaLocalApi()
  times.local.push(performance.now() - start)
  start = performance.now()
  await viaSql()
  times.sql.push(performance.now() - start)
  start = performance.now()
  await viaPreparedSql()
  times.prepared.push(performance.now() - start)
}

const { rows: counts } = await client.query(
  'select (select count(*) from documents) as documents, (select count(*) from document_releases) as releases',
)
const { rows: plan } = await client.query(`explain (analyze, buffers off, timing off, summary off) ${handWritten}`, [
  person,
])
const result = {
  person: tenant.externalKey,
  personReleases: tenant.releases,
  visible: local.total,
  documents: Number(counts[0].documents),
  releases: Number(counts[0].releases),
  runs,
  local: stats(times.local),
  sql: stats(times.sql),
  prepared: stats(times.prepared),
  plan: plan.map((row) => row['QUERY PLAN'] as string),
}
client.release()
await pool.end()
expectPostgresToStop(payload)
await new Promise((resolve) => process.stdout.write(`${JSON.stringify(result)}\n`, resolve))
process.exit(0)
