/**
 * Individual fields at scale (issue 6): 30 definitions, 220,000 units, every one with all 30
 * values. Measures, in the same run:
 *   1. filtering units by one individual field through the API (Local API as a clerk with
 *      access control, and REST through Payload's HTTP handler) against the same SQL query
 *      (the page of 20 rows and the count) sent with `pg`; the target is ≤ 2×;
 *   2. the write cost of validation per record (the pure validator, and a Local API update that
 *      writes the 30 values against one that does not touch them).
 * Run: `npm run bench -- individual-fields` (about 3–4 minutes here). Env: BENCH_UNITS, BENCH_RUNS.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import pg from 'pg'

import type { IndividualFieldDefinition } from '@/lib/individual-fields/types'
import { individualFieldCondition } from '@/lib/individual-fields/sql'
import { validateIndividualFields } from '@/lib/individual-fields/validate'
import { ensureDatabase, freePort, startEmbeddedPostgres } from '@/server/embedded-postgres'

const unitCount = Number(process.env.BENCH_UNITS ?? 220_000)
const runs = Number(process.env.BENCH_RUNS ?? 40)
const fieldCount = 30

const directory = mkdtempSync(path.join(os.tmpdir(), 'hauswerk-bench-fields-'))
// mkdtemp makes it private to root; Postgres runs as the postgres user and must enter it.
chmodSync(directory, 0o755)
const postgres = await startEmbeddedPostgres({
  directory: path.join(directory, 'pg'),
  port: await freePort(),
  durable: false,
})
const url = postgres.url('bench')
await ensureDatabase(postgres.url('postgres'), 'bench')
process.env.DATABASE_URL = url
process.env.HAUSWERK_DATA_DIR = directory

const { parseEnv } = await import('@/lib/env')
const { prepareDatabase } = await import('@/server/prepare')
const { rest, login } = await import('@/test/helpers/rest')
const { payload } = await prepareDatabase(parseEnv(), { demo: false })

type Kind = IndividualFieldDefinition['type']
const kinds: Kind[] = ['text', 'number', 'date', 'yesNo', 'choice', 'choices', 'longText']
const options = ['opt_1', 'opt_2', 'opt_3', 'opt_4', 'opt_5']

/** Value SQL per type for unit number `g`: deterministic, spread evenly. */
function valueSql(kind: Kind, index: number): string {
  switch (kind) {
    case 'text':
      return `'T${index}-' || lpad(g::text, 6, '0')`
    case 'number':
      return `round(((g * ${index + 7}) % 100000) / 100.0, 2)`
    case 'date':
      return `to_char(date '2020-01-01' + ((g * ${index + 3}) % 2000), 'YYYY-MM-DD')`
    case 'yesNo':
      return `(g % 2 = 0)`
    case 'choice':
      return `'opt_' || (1 + (g + ${index}) % 5)`
    case 'choices':
      return `jsonb_build_array('opt_' || (1 + g % 5), 'opt_' || (1 + (g + 2) % 5))`
    case 'longText':
      return `'Bemerkung ' || g || E'\\nzweite Zeile'`
  }
}

/**
 * Set-based setup: 30 definitions through the Local API (so their rules apply), then 220,000
 * units with all 30 values in one INSERT … SELECT from generate_series, then ANALYZE.
 */
async function setUp(client: pg.Client) {
  const definitions: IndividualFieldDefinition[] = []
  for (let index = 0; index < fieldCount; index++) {
    const kind = kinds[index % kinds.length]
    const key = `f${String(index + 1).padStart(2, '0')}_${kind.toLowerCase()}`
    const data = {
      module: 'units' as const,
      key,
      type: kind,
      label: { de: `Feld ${index + 1}`, en: `Field ${index + 1}` },
      order: index,
      decimals: kind === 'number' ? 2 : 0,
      options: kind === 'choice' || kind === 'choices' ? options.map((value) => ({ value, label: { de: value } })) : [],
      inExports: true,
    }
    await payload.create({ collection: 'individual-field-definitions', data })
    definitions.push({
      ...data,
      label: { de: data.label.de, en: data.label.en },
      options: data.options.map((o) => ({ value: o.value, label: { de: o.value, en: o.value } })),
    })
  }
  const [holdingType, status] = await Promise.all([
    payload.find({ collection: 'holding-types', limit: 1, depth: 0 }),
    payload.find({ collection: 'unit-statuses', where: { code: { equals: 20 } }, limit: 1, depth: 0 }),
  ])
  const object = await payload.create({
    collection: 'objects',
    data: { number: 'B1', name: 'Benchmark', type: 'rental', address: { city: 'Wien' } } as never,
  })
  const pairs = definitions.map((definition, index) => `'${definition.key}', ${valueSql(definition.type, index)}`)
  const started = performance.now()
  await client.query(
    `insert into units (object_id, unit_number, tenure, holding_type_id, status_id, individual_fields, created_at, updated_at)
     select $1, 'B/' || lpad(g::text, 6, '0'), 'rental', $2, $3, jsonb_build_object(${pairs.join(', ')}),
            now() - g * interval '1 second', now()
     from generate_series(1, ${unitCount}) g`,
    [object.id, holdingType.docs[0].id, status.docs[0].id],
  )
  await client.query('analyze units')
  console.log(
    `setup: ${unitCount} units with ${fieldCount} values each in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
  return definitions
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const p95 = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(values.length * 0.95) - 1)]
const ms = (value: number) => `${value.toFixed(2)} ms`

async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await fn()
  return performance.now() - started
}

/** Runs the candidates interleaved (same run, same cache state), after a warm-up. */
async function compare(candidates: Record<string, () => Promise<unknown>>) {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(candidates).map((name) => [name, []]))
  for (let round = 0; round < 5; round++) for (const fn of Object.values(candidates)) await fn()
  for (let round = 0; round < runs; round++) {
    for (const [name, fn] of Object.entries(candidates)) samples[name].push(await time(fn))
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, values]) => [name, { median: median(values), p95: p95(values) }]),
  )
}

const client = new pg.Client({ connectionString: url })
await client.connect()
const sqlPool = new pg.Pool({ connectionString: url, max: 4 })
try {
  const definitions = await setUp(client)
  const role = await payload.find({ collection: 'roles', where: { name: { equals: 'Sachbearbeitung' } }, depth: 0 })
  await payload.create({
    collection: 'users',
    data: {
      email: 'bench-clerk@demo.hauswerk.test',
      name: 'Bench',
      password: 'bench-password',
      roles: [role.docs[0].id],
    },
  })
  const token = await login('users', 'bench-clerk@demo.hauswerk.test', 'bench-password')
  const clerk = {
    ...(
      await payload.find({
        collection: 'users',
        where: { email: { equals: 'bench-clerk@demo.hauswerk.test' } },
        depth: 1,
      })
    ).docs[0],
    collection: 'users' as const,
  }

  const cases = [
    { name: 'choice = opt_2 (20 % of units)', key: 'f05_choice', value: 'opt_2' },
    { name: 'text = one unit', key: 'f01_text', value: `T0-${String(Math.min(123_456, unitCount)).padStart(6, '0')}` },
  ]
  console.log(`\nfilter units by one individual field, page of 20 + count, ${runs} runs each, median (p95):`)
  for (const { name, key, value } of cases) {
    const jsonPath = `$."${key}" ? (@ == "${value}")`
    const sameSql = () =>
      Promise.all([
        sqlPool.query(`select * from units where individual_fields @? $1::jsonpath order by created_at desc limit 20`, [
          jsonPath,
        ]),
        sqlPool.query(`select count(*) from units where individual_fields @? $1::jsonpath`, [jsonPath]),
      ])
    // What Payload's adapter writes on its own (jsonb_path_exists: no index can answer it).
    const payloadOwnSql = () =>
      Promise.all([
        sqlPool.query(
          `select * from units where jsonb_path_exists(individual_fields, $1::jsonpath) order by created_at desc limit 20`,
          [`$.${key}[*] ? (@ == "${value}")`],
        ),
        sqlPool.query(`select count(*) from units where jsonb_path_exists(individual_fields, $1::jsonpath)`, [
          `$.${key}[*] ? (@ == "${value}")`,
        ]),
      ])
    const where = { [`individualFields.${key}`]: { equals: value } }
    const localApi = () =>
      payload.find({ collection: 'units', where, limit: 20, depth: 0, user: clerk, overrideAccess: false })
    const restApi = async () => {
      const response = await rest('GET', `/units?where[individualFields.${key}][equals]=${value}&limit=20&depth=0`, {
        token,
      })
      if (response.status !== 200) throw new Error(JSON.stringify(response.body))
      return response
    }
    const check = await localApi()
    const expected = (await sameSql())[1].rows[0].count
    if (String(check.totalDocs) !== String(expected)) throw new Error(`API found ${check.totalDocs}, SQL ${expected}`)
    const result = await compare({ sql: sameSql, localApi, rest: restApi, payloadOwnSql })
    console.log(`  ${name}: ${check.totalDocs} matches`)
    for (const [label, figures] of Object.entries(result)) {
      const ratio = figures.median / result.sql.median
      console.log(`    ${label.padEnd(14)} ${ms(figures.median)} (${ms(figures.p95)})  ${ratio.toFixed(2)}× SQL`)
    }
  }
  // For scale: the same page and count by a built-in, b-tree indexed column.
  {
    const unitNumber = `B/${String(Math.min(123_456, unitCount)).padStart(6, '0')}`
    const sameSql = () =>
      Promise.all([
        sqlPool.query('select * from units where unit_number = $1 order by created_at desc limit 20', [unitNumber]),
        sqlPool.query('select count(*) from units where unit_number = $1', [unitNumber]),
      ])
    const localApi = () =>
      payload.find({
        collection: 'units',
        where: { unitNumber: { equals: unitNumber } },
        limit: 20,
        depth: 0,
        user: clerk,
        overrideAccess: false,
      })
    const result = await compare({ sql: sameSql, localApi })
    console.log(`  built-in unitNumber = one unit (b-tree), for comparison:`)
    for (const [label, figures] of Object.entries(result)) {
      console.log(
        `    ${label.padEnd(14)} ${ms(figures.median)} (${ms(figures.p95)})  ${(figures.median / result.sql.median).toFixed(2)}× SQL`,
      )
    }
  }

  // The plan of the exact condition the API writes, for a text and a number-like value.
  for (const [key, value] of [
    ['f01_text', 'T0-000042'],
    ['f02_number', '5'],
  ]) {
    const condition = individualFieldCondition('units.individual_fields', key, 'equals', value)
    const explain = await client.query(`explain select id from units where ${condition}`)
    const plan = explain.rows.map((row) => row['QUERY PLAN']).join(' | ')
    console.log(`  plan (${key} = ${value}): ${plan.replace(/\s+/g, ' ').slice(0, 140)}`)
  }

  const sort = await compare({
    localApi: () =>
      payload.find({
        collection: 'units',
        sort: '-individualFields.f02_number',
        limit: 20,
        depth: 0,
        user: clerk,
        overrideAccess: false,
      }),
    sql: () =>
      Promise.all([
        sqlPool.query(
          `select * from units order by individual_fields -> 'f02_number' desc nulls last, created_at desc limit 20`,
        ),
        sqlPool.query('select count(*) from units'),
      ]),
  })
  console.log(
    `\nsort all units by a number field, page of 20: API ${ms(sort.localApi.median)}, SQL ${ms(sort.sql.median)}, ${(sort.localApi.median / sort.sql.median).toFixed(2)}× SQL (no index: a full sort either way)`,
  )

  // Write cost of validation per record.
  const values = (g: number) =>
    Object.fromEntries(
      definitions.map((definition, index) => {
        switch (definition.type) {
          case 'number':
            return [definition.key, ((g * (index + 7)) % 100000) / 100]
          case 'date':
            return [definition.key, '2024-05-17']
          case 'yesNo':
            return [definition.key, g % 2 === 0]
          case 'choice':
            return [definition.key, options[(g + index) % 5]]
          case 'choices':
            return [definition.key, [options[g % 5], options[(g + 2) % 5]]]
          case 'longText':
            return [definition.key, `Bemerkung ${g}\nzweite Zeile`]
          default:
            return [definition.key, `T${index}-${g}`]
        }
      }),
    )
  const iterations = 20_000
  const started = performance.now()
  for (let g = 0; g < iterations; g++) {
    const result = validateIndividualFields('units', values(g), definitions, { operation: 'update' })
    if (result.errors.length) throw new Error(JSON.stringify(result.errors))
  }
  const perRecord = ((performance.now() - started) / iterations) * 1000
  console.log(`\nwrite cost: validator alone ${perRecord.toFixed(1)} µs per record (30 values)`)

  const ids = (await client.query('select id from units order by id limit 200')).rows.map((row) => row.id as number)
  const withValues: number[] = []
  const without: number[] = []
  for (const [index, id] of ids.entries()) {
    withValues.push(
      await time(() =>
        payload.update({
          collection: 'units',
          id,
          data: { individualFields: values(index + 1_000_000) },
          user: clerk,
          overrideAccess: false,
          depth: 0,
        }),
      ),
    )
    without.push(
      await time(() =>
        payload.update({
          collection: 'units',
          id,
          data: { floor: String(index % 9) },
          user: clerk,
          overrideAccess: false,
          depth: 0,
        }),
      ),
    )
  }
  const [a, b] = [median(withValues.slice(20)), median(without.slice(20))]
  console.log(
    `write cost: Local API update as a clerk, median of ${ids.length - 20}: with 30 values ${ms(a)}, without ${ms(b)}; validation and the definitions read add ${ms(a - b)} per record`,
  )
} finally {
  // Stopping Postgres ends Payload's idle connections; that is expected here.
  payload.db.pool?.on('error', () => undefined)
  await client.end()
  await sqlPool.end()
  await postgres.stop()
  rmSync(directory, { recursive: true, force: true })
}
process.exit(0)
