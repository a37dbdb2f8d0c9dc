/**
 * Issue 5 benchmark: one tenant's document list (newest first, a page of 20, with the total)
 * through the Local API as that portal user with access — the path the portal takes — against a
 * hand-written SQL query with the same result, in the same run, at 20 k and at 2 M documents
 * (3 M releases). Targets: p95 within 2× of SQL, and within 1.2× between the two sizes.
 *
 *   npm run bench -- documents            (BENCH_DOCUMENTS=20000,2000000 to change the sizes)
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import pg from 'pg'

import type { PortalUser } from '@/access/portal'

import { ensureDatabase, freePort, startEmbeddedPostgres } from '@/server/embedded-postgres'

import { addDocumentBlock, addTenantDocuments } from './lib/document-store'

const sizes = (process.env.BENCH_DOCUMENTS ?? '20000,2000000').split(',').map(Number)
const runs = Number(process.env.BENCH_RUNS ?? 300)
const warmup = 50
const tenantDocuments = 40

const directory = mkdtempSync(path.join(os.tmpdir(), 'hauswerk-bench-documents-'))
// mkdtemp makes it private to root; Postgres runs as the postgres user and must enter it.
chmodSync(directory, 0o755)
const postgres = await startEmbeddedPostgres({
  directory: path.join(directory, 'pg'),
  port: await freePort(),
  durable: false,
})
await ensureDatabase(postgres.url('postgres'), 'bench')
Object.assign(process.env, {
  DATABASE_URL: postgres.url('bench'),
  HAUSWERK_DATA_DIR: path.join(directory, 'data'),
  HAUSWERK_DEMO: '1',
  NODE_ENV: 'production',
})

const { parseEnv } = await import('@/lib/env')
const { prepareDatabase } = await import('@/server/prepare')
const { listDocuments } = await import('@/portal/models/documents.server')
const { payload } = await prepareDatabase(parseEnv(), { demo: true })
const pool = new pg.Pool({ connectionString: postgres.url('bench'), max: 2 })
const client = await pool.connect()

const { docs: users } = await payload.find({
  collection: 'portal-users',
  where: { email: { like: 'tenant@' } },
  limit: 1,
})
const user = { ...users[0], collection: 'portal-users' as const } as PortalUser
const person = typeof user.person === 'object' ? user.person.id : user.person
const { rows: ids } = await client.query(
  `select (select id from holding_types order by code limit 1) as holding, (select id from unit_statuses order by code limit 1) as status`,
)
await addTenantDocuments(client, person, tenantDocuments)

/** The page as the portal gets it: its model function, the tenant as user, with access (rules, scope, read log). */
const viaLocalApi = async () => {
  const result = await listDocuments(payload, user)
  return { ids: result.docs.map((doc) => doc.id), total: result.totalDocs }
}

/** The same result by hand: released today (window, tenancy), plus the object images, newest first. */
const handWritten = `
  with today as (select ((now() at time zone 'Europe/Vienna')::date + time '12:00') at time zone 'UTC' as day),
  visible as (
    select r.document_id as id from document_releases r cross join today left join tenancies t on t.id = r.tenancy_id
    where r.person_id = $1
      and (r.valid_from is null or r.valid_from <= today.day) and (r.valid_until is null or r.valid_until >= today.day)
      and (r.tenancy_id is null or t.move_out is null or t.move_out >= today.day)
    union
    select i.documents_id from objects_rels i cross join today
    where i.path = 'portalImages' and i.parent_id in (
      select u.object_id from tenancies_rels h join tenancies t on t.id = h.parent_id join units u on u.id = t.unit_id
      where h.path = 'holders' and h.persons_id = $1 and t.kind in ('tenant', 'owner')
        and (t.move_in is null or t.move_in <= today.day) and (t.move_out is null or t.move_out >= today.day))
  )
  select d.id, d.title, d.category, d.year, d.filename, d.mime_type, d.filesize, d.url, d.file_version, d.created_at,
    count(*) over () as total
  from documents d where d.id in (select id from visible)
  order by d.created_at desc, d.id desc limit 20`
const viaSql = async () => {
  const { rows } = await client.query(handWritten, [person])
  return { ids: rows.map((row) => Number(row.id)), total: Number(rows[0]?.total ?? 0) }
}
/** The same statement prepared once (for reference: Payload's own queries are not prepared). */
const viaPreparedSql = async () => {
  const { rows } = await client.query({ name: 'bench-tenant-documents', text: handWritten, values: [person] })
  return { ids: rows.map((row) => Number(row.id)), total: Number(rows[0]?.total ?? 0) }
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

async function measure() {
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
  // Interleaved, so that both see the same machine load.
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
  return {
    total: local.total,
    local: { p50: percentile(times.local, 50), p95: percentile(times.local, 95) },
    sql: { p50: percentile(times.sql, 50), p95: percentile(times.sql, 95) },
    prepared: { p50: percentile(times.prepared, 50), p95: percentile(times.prepared, 95) },
  }
}

const counts = async () => {
  const { rows } = await client.query(
    'select (select count(*) from documents) as documents, (select count(*) from document_releases) as releases',
  )
  return { documents: Number(rows[0].documents), releases: Number(rows[0].releases) }
}

const results: Array<{ size: number; documents: number; releases: number } & Awaited<ReturnType<typeof measure>>> = []
let block = 0
for (const size of sizes) {
  const have = (await counts()).documents
  if (size > have) {
    const started = performance.now()
    const missing = size - have
    // About 1,650 documents per object of 50 units, as the Wien-scale data (2 M over 1,200 objects).
    const objects = Math.max(1, Math.round(missing / 1650))
    await addDocumentBlock(client, {
      run: String(++block),
      objects,
      documents: missing,
      holdingType: ids[0].holding,
      status: ids[0].status,
    })
    await client.query('vacuum analyze')
    console.log(
      `generated ${missing.toLocaleString('en')} documents in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    )
  }
  const { documents, releases } = await counts()
  const measured = await measure()
  results.push({ size, documents, releases, ...measured })
  console.log(
    `${documents.toLocaleString('en')} documents, ${releases.toLocaleString('en')} releases: tenant's page of 20 (of ${measured.total})` +
      ` Local API p50 ${measured.local.p50.toFixed(2)} ms p95 ${measured.local.p95.toFixed(2)} ms |` +
      ` SQL p50 ${measured.sql.p50.toFixed(2)} ms p95 ${measured.sql.p95.toFixed(2)} ms |` +
      ` ratio p50 ${(measured.local.p50 / measured.sql.p50).toFixed(2)} p95 ${(measured.local.p95 / measured.sql.p95).toFixed(2)} |` +
      ` (SQL prepared p50 ${measured.prepared.p50.toFixed(2)} ms p95 ${measured.prepared.p95.toFixed(2)} ms)`,
  )
}

const { rows: plan } = await client.query(`explain (analyze, buffers off, timing off, summary off) ${handWritten}`, [
  person,
])
console.log(
  '\nplan of the hand-written query at the largest size:\n' + plan.map((row) => `  ${row['QUERY PLAN']}`).join('\n'),
)

let failed = false
for (const result of results) {
  const ratio = result.local.p95 / result.sql.p95
  const ok = ratio <= 2
  failed ||= !ok
  console.log(
    `${result.documents.toLocaleString('en')} documents: p95 Local API / SQL = ${ratio.toFixed(2)} (target ≤ 2) ${ok ? 'ok' : 'MISSED'}`,
  )
}
if (results.length >= 2) {
  const first = results[0]
  const last = results[results.length - 1]
  const growth = last.local.p95 / first.local.p95
  const ok = growth <= 1.2
  failed ||= !ok
  console.log(
    `p95 Local API ${last.documents.toLocaleString('en')} / ${first.documents.toLocaleString('en')} documents = ${growth.toFixed(2)} (target ≤ 1.2) ${ok ? 'ok' : 'MISSED'}`,
  )
}

client.release()
await pool.end()
payload.db.pool?.on('error', () => undefined)
pool.on('error', () => undefined)
await postgres.stop()
rmSync(directory, { recursive: true, force: true })
process.exit(failed ? 1 : 0)
