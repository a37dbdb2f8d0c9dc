/**
 * Individual fields at scale (issue 6), on the generated Wien-scale dataset (bench/lib/dataset.ts):
 * 30 definitions, BENCH_UNITS units (220,000 by default) imported with their 30 values as extra
 * columns of units.csv by the real import CLI. Measures, in the same run:
 *   1. filtering units by one individual field through the API (Local API as a clerk with access
 *      control, and REST through Payload's HTTP handler) against the same SQL query (the page of
 *      20 rows and the count) sent with `pg`; target ≤ 2× (median). Two cases: a choice that
 *      about a fifth of the units hold, and a text that one unit holds;
 *   2. the write cost of validation per record (the pure validator, and a Local API update that
 *      writes all 30 values against one that does not touch them).
 *
 *   npm run bench -- individual-fields      (BENCH_UNITS=22000 for a quick run; BENCH_RUNS, default 40)
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { expectPostgresToStop, poolOf } from '@/db/client'
import type { IndividualFieldDefinition, IndividualFieldValue } from '@/lib/individual-fields/types'

import { datasetUnits, openDataset } from './lib/dataset'
import { round, runBench, since, stats } from './lib/harness'

const runs = Number(process.env.BENCH_RUNS ?? 40)
const warmupRounds = 5
const validatorIterations = 20_000
const updatedUnits = 200

type Timing = ReturnType<typeof stats>

async function time(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await fn()
  return since(started)
}

/** Runs the candidates interleaved (same run, same cache state), after a warm-up. */
async function compare<K extends string>(candidates: Record<K, () => Promise<unknown>>): Promise<Record<K, Timing>> {
  const entries = Object.entries(candidates) as Array<[K, () => Promise<unknown>]>
  const samples = Object.fromEntries(entries.map(([name]) => [name, [] as number[]])) as Record<K, number[]>
  for (let round = 0; round < warmupRounds; round++) for (const [, fn] of entries) await fn()
  for (let round = 0; round < runs; round++) for (const [name, fn] of entries) samples[name].push(await time(fn))
  return Object.fromEntries(entries.map(([name]) => [name, stats(samples[name])])) as Record<K, Timing>
}

/** A valid value of the definition for record `n` (for the write measurement). */
function valueFor(definition: IndividualFieldDefinition, n: number): IndividualFieldValue {
  const options = (definition.options ?? []).map((option) => option.value)
  switch (definition.type) {
    case 'number':
      return (n % 100_000) / 10 ** (definition.decimals ?? 0)
    case 'date':
      return `2024-05-${String(1 + (n % 28)).padStart(2, '0')}`
    case 'yesNo':
      return n % 2 === 0
    case 'choice':
      return options[n % options.length]
    case 'choices':
      return [options[n % options.length], options[(n + 2) % options.length]]
    case 'longText':
      return `Bemerkung ${n}\nzweite Zeile`
    case 'text':
      return `T-${n}`
  }
}

await runBench(
  'individual-fields',
  `Filter ${datasetUnits.toLocaleString('en')} generated units by one of 30 individual fields: API vs SQL; write cost of validation`,
  async (report) => {
    const dataset = await openDataset(datasetUnits, report.log)
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hauswerk-bench-fields-'))
    chmodSync(dataDir, 0o755)
    const sqlPool = new pg.Pool({ connectionString: dataset.url, max: 4 })
    let payload: import('payload').Payload | undefined
    try {
      report.detail('dataset', dataset.facts)
      const units = dataset.facts.imported.find((entry) => entry.kind === 'units')
      if (units)
        report.log(
          `the dataset's units.csv with ${dataset.facts.individualFields} individual-field columns was imported at ${units.rowsPerSecond} rows/s (${units.rows} rows, ${units.seconds} s)`,
        )
      Object.assign(process.env, {
        DATABASE_URL: dataset.url,
        HAUSWERK_DATA_DIR: dataDir,
        HAUSWERK_DEMO: '0',
      })
      const { parseEnv } = await import('@/server/env')
      const { prepareDatabase } = await import('@/server/prepare')
      const { rest, login } = await import('@/test/helpers/rest')
      const { individualFieldCondition } = await import('@/lib/individual-fields/sql')
      const { validateIndividualFields } = await import('@/lib/individual-fields/validate')
      ;({ payload } = await prepareDatabase(parseEnv(), { demo: false }))
      const definitions = JSON.parse(readFileSync(dataset.definitionsFile, 'utf8')) as IndividualFieldDefinition[]
      const first = (type: IndividualFieldDefinition['type']) => definitions.find((entry) => entry.type === type)!

      const role = await payload.find({
        collection: 'roles',
        where: { name: { equals: 'Sachbearbeitung' } },
        depth: 0,
      })
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
      const { docs: clerks } = await payload.find({
        collection: 'users',
        where: { email: { equals: 'bench-clerk@demo.hauswerk.test' } },
        depth: 1,
      })
      const clerk = { ...clerks[0], collection: 'users' as const }
      const q = (text: string, values: unknown[] = []) => sqlPool.query(text, values)
      /** The total, then a page of 20 in the unit list's order (`unitNumber`): what Payload's adapter runs, in its order. */
      const countAndPage = async (condition: string, values: unknown[]) => {
        const count = await q(`select count(*) from units where ${condition}`, values)
        const page = await q(`select * from units where ${condition} order by unit_number limit 20`, values)
        return [page, count] as const
      }
      const totalUnits = Number((await q('select count(*) as n from units')).rows[0].n)

      // The cases, from the generated data: the option of a choice field nearest to a fifth of the
      // units, and the value one unit in the middle holds in a field unique per unit.
      const choice = first('choice')
      const { rows: optionCounts } = await q(
        `select individual_fields ->> $1 as value, count(*) as n from units where individual_fields ? $1 group by 1`,
        [choice.key],
      )
      const option = optionCounts
        .map((row) => ({ value: String(row.value), n: Number(row.n) }))
        .sort(
          (a, b) => Math.abs(a.n - totalUnits / 5) - Math.abs(b.n - totalUnits / 5) || a.value.localeCompare(b.value),
        )[0]
      const text = first('text')
      const { rows: middle } = await q(
        `select individual_fields ->> $1 as value from units where individual_fields ? $1 order by id offset $2 limit 1`,
        [text.key, Math.floor(totalUnits / 2)],
      )
      const cases = [
        { name: 'choice', label: `${choice.key} = ${option.value}`, key: choice.key, value: option.value },
        { name: 'text', label: `${text.key} = one unit's value`, key: text.key, value: String(middle[0].value) },
      ]

      for (const { name, label, key, value } of cases) {
        const jsonPath = `$."${key}" ? (@ == "${value}")`
        const sameSql = () => countAndPage('individual_fields @? $1::jsonpath', [jsonPath])
        // What Payload's adapter writes on its own (jsonb_path_exists: no index can answer it).
        const ownPath = `$.${key}[*] ? (@ == "${value}")`
        const payloadOwnSql = () => countAndPage('jsonb_path_exists(individual_fields, $1::jsonpath)', [ownPath])
        const where = { [`individualFields.${key}`]: { equals: value } }
        const localApi = () =>
          payload!.find({ collection: 'units', where, limit: 20, depth: 0, user: clerk, overrideAccess: false })
        const restApi = async () => {
          const response = await rest(
            'GET',
            `/units?where[individualFields.${key}][equals]=${encodeURIComponent(value)}&limit=20&depth=0`,
            { token },
          )
          if (response.status !== 200) throw new Error(JSON.stringify(response.body))
          return response
        }
        const check = await localApi()
        const expected = Number((await sameSql())[1].rows[0].count)
        const restCheck = await restApi()
        if (check.totalDocs !== expected || restCheck.body.totalDocs !== expected)
          throw new Error(
            `${label}: Local API found ${check.totalDocs}, REST ${restCheck.body.totalDocs}, SQL ${expected}`,
          )
        const result = await compare({ sql: sameSql, localApi, rest: restApi, payloadOwnSql })
        report.detail(`filter_${name}`, { label, matches: expected, ...result })
        const of = `${label} (${expected.toLocaleString('en')} of ${totalUnits.toLocaleString('en')} units)`
        report.figure(`${name}_sql_p50`, `SQL p50, ${of}`, round(result.sql.p50), 'ms')
        report.figure(`${name}_local_p50`, `Local API p50, ${of}`, round(result.localApi.p50), 'ms')
        report.figure(`${name}_rest_p50`, `REST p50, ${of}`, round(result.rest.p50), 'ms')
        report.figure(
          `${name}_ratio_local`,
          `Local API ÷ SQL p50, ${name} filter`,
          round(result.localApi.p50 / result.sql.p50),
          '×',
          2,
        )
        report.figure(
          `${name}_ratio_rest`,
          `REST ÷ SQL p50, ${name} filter`,
          round(result.rest.p50 / result.sql.p50),
          '×',
          2,
        )
        report.figure(
          `${name}_ratio_payload_own_sql`,
          `Payload's own JSON SQL (no index) ÷ SQL p50, ${name} filter`,
          round(result.payloadOwnSql.p50 / result.sql.p50),
          '×',
        )
      }

      // For scale: the same page and count by a built-in, b-tree indexed column.
      {
        const { rows } = await q('select unit_number from units order by id offset $1 limit 1', [
          Math.floor(totalUnits / 2),
        ])
        const unitNumber = String(rows[0].unit_number)
        const result = await compare({
          sql: () => countAndPage('unit_number = $1', [unitNumber]),
          localApi: () =>
            payload!.find({
              collection: 'units',
              where: { unitNumber: { equals: unitNumber } },
              limit: 20,
              depth: 0,
              user: clerk,
              overrideAccess: false,
            }),
        })
        report.detail('filter_built_in', result)
        report.figure(
          'built_in_ratio_local',
          'Local API ÷ SQL p50, built-in unitNumber = one unit (b-tree, for comparison)',
          round(result.localApi.p50 / result.sql.p50),
          '×',
        )
      }

      // The plans of the exact condition the API writes.
      const plans: Record<string, string> = {}
      for (const { key, value } of cases) {
        const condition = individualFieldCondition('units.individual_fields', key, 'equals', value)
        const explain = await q(`explain select id from units where ${condition}`)
        plans[`${key} = ${value}`] = explain.rows.map((row) => row['QUERY PLAN']).join(' | ')
      }
      report.detail('plans', plans)
      for (const [condition, plan] of Object.entries(plans)) report.log(`plan (${condition}): ${plan.slice(0, 160)}`)

      const numberField = first('number')
      const sort = await compare({
        localApi: () =>
          payload!.find({
            collection: 'units',
            sort: `-individualFields.${numberField.key}`,
            limit: 20,
            depth: 0,
            user: clerk,
            overrideAccess: false,
          }),
        sql: async () => {
          const count = await q('select count(*) from units')
          const page = await q(
            `select * from units order by individual_fields -> '${numberField.key}' desc nulls last limit 20`,
          )
          return [page, count]
        },
      })
      report.detail('sort', sort)
      report.figure(
        'sort_ratio_local',
        `Local API ÷ SQL p50, sort all units by ${numberField.key} (no index either way)`,
        round(sort.localApi.p50 / sort.sql.p50),
        '×',
      )

      // Write cost of validation per record.
      const values = (n: number) =>
        Object.fromEntries(definitions.map((definition) => [definition.key, valueFor(definition, n)]))
      let started = performance.now()
      for (let n = 0; n < validatorIterations; n++) {
        const result = validateIndividualFields('units', values(n), definitions, { operation: 'update' })
        if (result.errors.length) throw new Error(JSON.stringify(result.errors))
      }
      report.figure(
        'validator_per_record',
        `validator alone, per record with ${definitions.length} values`,
        round((since(started) / validatorIterations) * 1000, 1),
        'µs',
      )
      const ids = (await q('select id from units order by id limit $1', [updatedUnits])).rows.map(
        (row) => row.id as number,
      )
      const withValues: number[] = []
      const without: number[] = []
      started = performance.now()
      for (const [index, id] of ids.entries()) {
        withValues.push(
          await time(() =>
            payload!.update({
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
            payload!.update({
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
      // The first 20 of each warm up caches and plans.
      const [a, b] = [stats(withValues.slice(20)), stats(without.slice(20))]
      report.detail('updates', { withValues: a, without: b })
      report.figure(
        'update_with_values_p50',
        `Local API update as a clerk writing ${definitions.length} values, p50`,
        round(a.p50),
        'ms',
      )
      report.figure(
        'update_without_values_p50',
        'Local API update as a clerk not touching them, p50',
        round(b.p50),
        'ms',
      )
      report.figure(
        'validation_write_cost',
        'write cost of validation per record (difference of the two)',
        round(a.p50 - b.p50),
        'ms',
      )
    } finally {
      // Payload's connections end before the clone is dropped (a connection the drop terminated
      // would raise an unhandled error); one still checked out gets five seconds.
      if (payload) expectPostgresToStop(payload)
      await Promise.race([payload && poolOf(payload).end(), new Promise((resolve) => setTimeout(resolve, 5000))])
      await sqlPool.end()
      await dataset.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
  },
)
