/**
 * The admin's unit list over 10,000 units with the "active" filter: the REST request the list
 * makes (Payload's own REST handler, in process) against the same query written in SQL, in the
 * same run on the same database. Also the Local API as the signed-in user, which the REST
 * handler calls, to show where the difference lies.
 */
import { randomBytes } from 'node:crypto'

import { sql } from 'drizzle-orm'

import { drizzleOf, expectPostgresToStop, poolOf } from '@/db/client'

import { runBench, round, since, stats } from './lib/harness'
import { temporaryDatabase } from './lib/temporary-postgres'

// Not BENCH_UNITS: that sizes the Wien-scale dataset of the documents and individual-fields benches.
const unitCount = Number(process.env.BENCH_LIST_UNITS ?? 10_000)
const objectCount = 10
const batchSize = 1_000
const pageSize = 10 // Payload's default list page (collection admin.pagination.defaultLimit)
const pages = 20 // requests walk through the first pages, as people page through a list
const maxRounds = Number(process.env.BENCH_ROUNDS ?? 200)
const maxMs = Number(process.env.BENCH_MAX_SECONDS ?? 90) * 1000
const warmupRounds = 20
// 80 % of the units are active (codes ≤ 100), 20 % inactive.
const statusCycle = [10, 20, 20, 20, 20, 50, 100, 20, 110, 150]

await runBench('unit-list', `${unitCount} units, active filter: REST vs SQL`, async (report) => {
  const database = await temporaryDatabase()
  try {
    process.env.DATABASE_URL = database.url
    process.env.HAUSWERK_DATA_DIR = database.directory
    process.env.HAUSWERK_DEMO = '0'
    const { parseEnv } = await import('@/server/env')
    const { prepareDatabase } = await import('@/server/prepare')
    const { seedContext } = await import('@/seed/context')
    const { factories } = await import('@/seed/factories')
    const { handleEndpoints } = await import('payload')
    const { default: config } = await import('@payload-config')

    const env = parseEnv()
    let started = performance.now()
    const { payload } = await prepareDatabase(env, { demo: false })
    report.log(`database migrated and configured in ${round(since(started) / 1000, 1)} s`)

    // Setup: objects through the Local API, units in batched multi-row INSERTs in one transaction.
    const ctx = await seedContext(payload)
    const objects = []
    for (let index = 1; index <= objectCount; index++)
      objects.push(await factories.object(ctx, { number: `B${index}` }))
    const ids = async (collection: 'unit-statuses' | 'holding-types' | 'cost-sectors') =>
      new Map((await payload.find({ collection, pagination: false, depth: 0 })).docs.map((doc) => [doc.code, doc.id]))
    const statuses = await ids('unit-statuses')
    const holdingType = (await ids('holding-types')).get(1)!
    const sector = (await ids('cost-sectors')).get('BK')!

    started = performance.now()
    const client = await poolOf(payload).connect()
    try {
      await client.query('begin')
      for (let offset = 0; offset < unitCount; offset += batchSize) {
        const rows = Math.min(batchSize, unitCount - offset)
        const unitValues: unknown[] = []
        const placeholders: string[] = []
        for (let index = 0; index < rows; index++) {
          const n = offset + index
          const object = objects[n % objectCount]
          const at = unitValues.length
          placeholders.push(`($${at + 1}, $${at + 2}, $${at + 3}, 'rental', $${at + 4}, $${at + 5}, $${at + 6})`)
          unitValues.push(
            object.id,
            `${object.number}/${String(n).padStart(5, '0')}`,
            String(n % 200),
            holdingType,
            statuses.get(statusCycle[n % statusCycle.length]),
            40 + (n % 60) + 0.25,
          )
        }
        const inserted = await client.query<{ id: number }>(
          `insert into units (object_id, unit_number, top_number, tenure, holding_type_id, status_id, net_area)
           values ${placeholders.join(', ')} returning id`,
          unitValues,
        )
        const areaValues: unknown[] = []
        const areaRows = inserted.rows.map((row, index) => {
          const at = areaValues.length
          areaValues.push(row.id, randomBytes(12).toString('hex'), sector, 40 + (index % 60))
          return `(1, $${at + 1}, $${at + 2}, $${at + 3}, '01', $${at + 4})`
        })
        await client.query(
          `insert into units_areas (_order, _parent_id, id, cost_sector_id, billing_unit, area) values ${areaRows.join(', ')}`,
          areaValues,
        )
      }
      await client.query('commit')
      await client.query('analyze')
    } finally {
      client.release()
    }
    const insertSeconds = since(started) / 1000
    report.log(`${unitCount} units (with one area row each) inserted in ${round(insertSeconds, 2)} s`)
    report.detail('setup', {
      method: `batched multi-row INSERT (${batchSize} rows per statement) into units and units_areas, one transaction, then ANALYZE`,
      units: unitCount,
      objects: objectCount,
      insertSeconds: round(insertSeconds, 2),
    })

    // The signed-in administrator, for REST (token) and the Local API (user).
    const login = await handleEndpoints({
      config,
      request: new Request('http://127.0.0.1/api/users/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: env.HAUSWERK_ADMIN_EMAIL, password: env.HAUSWERK_ADMIN_PASSWORD }),
      }),
    })
    const { token } = (await login.json()) as { token: string }
    const admin = (
      await payload.find({ collection: 'users', where: { email: { equals: env.HAUSWERK_ADMIN_EMAIL } }, depth: 1 })
    ).docs[0]
    const user = { ...admin, collection: 'users' as const }

    // What the admin list asks for: depth 0, its page size, its default sort, the filter.
    const restPage = async (page: number) => {
      const response = await handleEndpoints({
        config,
        request: new Request(
          `http://127.0.0.1/api/units?depth=0&limit=${pageSize}&page=${page}&sort=unitNumber&where[active][equals]=true`,
          { headers: { Authorization: `JWT ${token}`, 'Accept-Language': 'de' } },
        ),
      })
      const body = JSON.parse(await response.text())
      if (response.status !== 200) throw new Error(`REST answered ${response.status}: ${JSON.stringify(body)}`)
      return body as { totalDocs: number; docs: Array<{ id: number }> }
    }
    const localPage = (page: number) =>
      payload.find({
        collection: 'units',
        where: { active: { equals: true } },
        depth: 0,
        limit: pageSize,
        page,
        sort: 'unitNumber',
        user,
        overrideAccess: false,
      })
    // The same in SQL: the page of units with their area rows, and the total for the pager.
    const sqlPage = async (page: number) => {
      const rows = await drizzleOf(payload).execute(sql`
        select u.*, (select coalesce(json_agg(a order by a._order), '[]') from units_areas a where a._parent_id = u.id) as areas
        from units u join unit_statuses s on s.id = u.status_id
        where s.active = true
        order by u.unit_number
        limit ${pageSize} offset ${(page - 1) * pageSize}`)
      const total = await drizzleOf(payload).execute(
        sql`select count(*)::int as total from units u join unit_statuses s on s.id = u.status_id where s.active = true`,
      )
      return { totalDocs: Number(total.rows[0].total), docs: rows.rows as Array<{ id: number }> }
    }

    // The three must agree before their times are compared.
    const [viaRest, viaLocal, viaSql] = [await restPage(3), await localPage(3), await sqlPage(3)]
    const idsOf = (result: { docs: Array<{ id: number }> }) => result.docs.map((doc) => Number(doc.id)).join(',')
    if (
      viaRest.totalDocs !== viaSql.totalDocs ||
      idsOf(viaRest) !== idsOf(viaSql) ||
      idsOf(viaLocal) !== idsOf(viaSql)
    ) {
      throw new Error('REST, Local API and SQL disagree on the page: the comparison would be meaningless')
    }
    report.detail('activeUnits', viaSql.totalDocs)

    const variants = { rest: restPage, local: localPage, sql: sqlPage }
    const samples: Record<keyof typeof variants, number[]> = { rest: [], local: [], sql: [] }
    const order = Object.keys(variants) as Array<keyof typeof variants>
    const loopStart = performance.now()
    let round_ = 0
    for (; round_ < warmupRounds + maxRounds && since(loopStart) < maxMs; round_++) {
      const page = (round_ % pages) + 1
      // Interleaved, in a rotating order: a busy moment on a shared machine hits all three alike.
      for (let step = 0; step < order.length; step++) {
        const variant = order[(round_ + step) % order.length]
        const start = performance.now()
        await variants[variant](page)
        if (round_ >= warmupRounds) samples[variant].push(since(start))
      }
    }
    const measured = round_ - warmupRounds
    report.log(`${measured} measured rounds after ${warmupRounds} warm-up rounds`)

    const rest = stats(samples.rest)
    const local = stats(samples.local)
    const plain = stats(samples.sql)
    report.figure('rest-p50', 'REST list (page of 10, depth 0, active filter) p50', round(rest.p50), 'ms')
    report.figure('rest-p95', 'REST list p95', round(rest.p95), 'ms')
    report.figure('local-p50', 'Local API as the user (what REST calls) p50', round(local.p50), 'ms')
    report.figure('local-p95', 'Local API as the user p95', round(local.p95), 'ms')
    report.figure('sql-p50', 'same query in SQL (page + count) p50', round(plain.p50), 'ms')
    report.figure('sql-p95', 'same query in SQL p95', round(plain.p95), 'ms')
    report.figure('ratio-p50', 'ratio REST / SQL at p50', round(rest.p50 / plain.p50), '×')
    report.figure('ratio-p95', 'ratio REST / SQL at p95', round(rest.p95 / plain.p95), '×')
    report.figure('local-ratio-p50', 'ratio Local API / SQL at p50', round(local.p50 / plain.p50), '×')
    report.detail('samples', {
      rounds: measured,
      rest: mapRound(rest),
      local: mapRound(local),
      sql: mapRound(plain),
    })
    expectPostgresToStop(payload)
  } finally {
    await database.stop()
  }
})

function mapRound(summary: ReturnType<typeof stats>) {
  return Object.fromEntries(Object.entries(summary).map(([key, value]) => [key, round(value)]))
}
