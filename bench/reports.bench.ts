/**
 * Issue 11's report benchmarks on the generated dataset (BENCH_UNITS, ADR 0040):
 * - the vacancy list (every vacancy and termination of the dataset, all objects) as CSV through the
 *   pipeline, against COPY (the same statement) TO STDOUT in the same run: time, ratio (target
 *   ≤ 3×), peak RSS of the process (target < 300 MB, flat across sizes because rows stream); the
 *   same for the unit list of all objects, the report with a row per unit;
 * - the unit list of all objects as a PDF of at least 500 pages (objects taken in number order
 *   until 15,000 rows): time and peak RSS of the Node process (Chromium's own memory is its own).
 * Each measurement runs in its own process (bench/lib/report-worker.ts), after one warm-up of
 * the database's cache.
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { expectPostgresToStop, poolOf } from '@/db/client'

import { datasetUnits, openDataset } from './lib/dataset'
import { round, runBench } from './lib/harness'

type Measured = {
  task: string
  ms: number
  peakRssMB: number
  rssAfterStartMB: number
  bytes?: number
  lines?: number
  rows?: number
  pages?: number
}

await runBench(
  'reports',
  `Reports over ${datasetUnits.toLocaleString('en')} units: vacancy CSV vs COPY, unit list PDF`,
  async (report) => {
    const dataset = await openDataset(datasetUnits, report.log)
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hauswerk-bench-reports-'))
    chmodSync(dataDir, 0o755)
    let payload: import('payload').Payload | undefined
    try {
      Object.assign(process.env, { DATABASE_URL: dataset.url, HAUSWERK_DATA_DIR: dataDir, HAUSWERK_DEMO: '0' })
      const { parseEnv } = await import('@/server/env')
      const { prepareDatabase } = await import('@/server/prepare')
      ;({ payload } = await prepareDatabase(parseEnv(), { demo: false }))
      const role = (await payload.find({ collection: 'roles', where: { name: { equals: 'Administrator' } }, depth: 0 }))
        .docs[0]
      const user = await payload.create({
        collection: 'users',
        data: {
          email: 'bench-reports@hauswerk.test',
          password: 'bench-reports-password',
          name: 'Bench',
          roles: [role.id],
        },
      })
      // Objects in number order until the unit list reaches 15,000 rows (about 30 rows a landscape page).
      const counts = await poolOf(payload).query<{ id: number; units: string }>(
        'select o.id, count(u.id) as units from objects o join units u on u.object_id = o.id group by o.id, o.number order by o.number',
      )
      const objects: number[] = []
      let rows = 0
      for (const entry of counts.rows) {
        if (rows >= 15_000) break
        objects.push(entry.id)
        rows += Number(entry.units)
      }
      const worker = (task: 'csv' | 'copy' | 'units-csv' | 'units-copy' | 'pdf', nodeOptions = ''): Measured => {
        const child = spawnSync('npx', ['tsx', 'bench/lib/report-worker.ts', task], {
          env: {
            ...process.env,
            NODE_OPTIONS: nodeOptions,
            BENCH_USER: String(user.id),
            BENCH_OBJECTS: objects.join(','),
          },
          encoding: 'utf8',
          maxBuffer: 16 * 1024 * 1024,
          timeout: 30 * 60_000,
        })
        const line = child.stdout.split('\n').find((candidate) => candidate.startsWith('{"task"'))
        if (!line) throw new Error(`report worker ${task} failed: ${child.stderr.slice(-2000)}`)
        return JSON.parse(line) as Measured
      }
      worker('copy') // warm-up: the tables in Postgres' cache for both candidates alike
      const copy = worker('copy')
      const csv = worker('csv')
      report.detail('copy', copy)
      report.detail('csv', csv)
      report.log(`vacancy CSV: ${csv.lines} lines, ${csv.bytes} bytes; COPY: ${copy.lines} lines, ${copy.bytes} bytes`)
      report.figure('vacancy-csv-ms', 'vacancy list as CSV (pipeline)', csv.ms, 'ms')
      report.figure('vacancy-copy-ms', 'COPY (same statement) TO STDOUT', copy.ms, 'ms')
      report.figure('vacancy-csv-ratio', 'vacancy CSV / COPY', round(csv.ms / copy.ms, 2), '×', 3)
      report.figure('vacancy-csv-rss', 'peak RSS of the CSV process', csv.peakRssMB, 'MB', 300)
      report.figure('vacancy-csv-rss-start', 'RSS of that process after Payload started', csv.rssAfterStartMB, 'MB')
      worker('units-copy')
      const unitsCopy = worker('units-copy')
      const unitsCsv = worker('units-csv')
      report.detail('unitsCopy', unitsCopy)
      report.detail('unitsCsv', unitsCsv)
      report.log(`unit list CSV: ${unitsCsv.lines} lines, ${unitsCsv.bytes} bytes; COPY: ${unitsCopy.lines} lines`)
      report.figure('units-csv-ms', 'unit list of all objects as CSV (pipeline)', unitsCsv.ms, 'ms')
      report.figure('units-copy-ms', 'COPY (same statement) TO STDOUT', unitsCopy.ms, 'ms')
      report.figure('units-csv-ratio', 'unit list CSV / COPY', round(unitsCsv.ms / unitsCopy.ms, 2), '×', 3)
      report.figure('units-csv-rss', 'peak RSS of the unit list CSV process', unitsCsv.peakRssMB, 'MB', 300)
      report.figure(
        'units-csv-rss-growth',
        'its growth over Payload started',
        unitsCsv.peakRssMB - unitsCsv.rssAfterStartMB,
        'MB',
      )
      report.figure(
        'vacancy-csv-rss-growth',
        'vacancy CSV: growth over Payload started',
        csv.peakRssMB - csv.rssAfterStartMB,
        'MB',
      )
      // V8 lets the old generation grow with garbage before it collects; with the heap capped, the
      // same CSV must still finish with its RSS flat, which it could not if rows were collected.
      const capped = worker('units-csv', '--max-old-space-size=512')
      report.detail('unitsCsvCapped', capped)
      report.figure('units-csv-capped-ms', 'unit list CSV, heap capped at 512 MB', capped.ms, 'ms')
      report.figure(
        'units-csv-capped-rss-growth',
        'its RSS growth over Payload started',
        capped.peakRssMB - capped.rssAfterStartMB,
        'MB',
      )
      const pdf = worker('pdf')
      report.detail('pdf', pdf)
      report.log(`unit list PDF: ${pdf.rows} rows of ${objects.length} objects, ${pdf.pages} pages, ${pdf.bytes} bytes`)
      report.figure('unit-list-pdf-pages', 'unit list PDF pages', pdf.pages ?? 0, 'pages', 500, 'min')
      report.figure('unit-list-pdf-ms', 'unit list PDF time', pdf.ms, 'ms')
      report.figure('unit-list-pdf-rss', 'peak RSS of the PDF process (Node; Chromium separate)', pdf.peakRssMB, 'MB')
    } finally {
      if (payload) expectPostgresToStop(payload)
      await Promise.race([payload && poolOf(payload).end(), new Promise((resolve) => setTimeout(resolve, 5000))])
      await dataset.close()
    }
  },
)
