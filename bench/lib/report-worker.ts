/**
 * One measurement of the reports bench in a process of its own, so that its peak RSS is the
 * report's and nothing else's: `csv` (the vacancy list through the pipeline), `copy` (COPY of the
 * same statement TO STDOUT), `pdf` (the unit list of chosen objects through Chromium). Prints one
 * JSON line. Needs DATABASE_URL, HAUSWERK_DATA_DIR, BENCH_USER and, for pdf, BENCH_OBJECTS.
 */
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { createLocalReq, getPayload } from 'payload'
import { expectPostgresToStop, poolOf } from '@/db/client'
import { defaultTimeZone, todayIn } from '@/lib/dates'
import { to as copyTo } from 'pg-copy-streams'

const task = process.argv[2] as 'csv' | 'copy' | 'units-csv' | 'units-copy' | 'pdf'
const { default: config } = await import('@payload-config')
const payload = await getPayload({ config })
expectPostgresToStop(payload)
const user = await payload.findByID({ collection: 'users', id: Number(process.env.BENCH_USER), depth: 0 })
const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
const rssAfterStart = process.memoryUsage().rss

const { vacancyFilterOf, vacancyList } = await import('@/reports/vacancy-list')
const { vacancySelect, vacancyStatement } = await import('@/reports/vacancy-list/query')
const { produce } = await import('@/reports/pipeline/output')
const { unitListAll } = await import('@/reports/unit-list-all')

/** Counts bytes and lines as they pass, keeping none of them. */
function counter() {
  let bytes = 0
  let lines = 0
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      bytes += chunk.length
      for (const byte of chunk) if (byte === 10) lines += 1
      callback()
    },
  })
  return { sink, totals: () => ({ bytes, lines }) }
}

/** Literals in place of $n: COPY takes no parameters. */
function inline(text: string, values: unknown[], escape: (value: string) => string): string {
  return text.replace(/\$(\d+)/g, (_, index: string) => {
    const value = values[Number(index) - 1]
    if (Array.isArray(value)) return escape(`{${value.join(',')}}`)
    return escape(String(value))
  })
}

// Every vacancy and termination the dataset has: the widest list a clerk can ask for.
const vacancyParameters = { from: '1900-01-01', until: '2099-12-31', includeTerminations: true }
const started = performance.now()
let result: Record<string, unknown> = {}
if (task === 'csv') {
  const params = vacancyList.parameters.parse(vacancyParameters)
  const produced = await produce(req, vacancyList, params, 'csv')
  if (produced.format !== 'csv') throw new Error('expected CSV')
  const { sink, totals } = counter()
  await pipeline(produced.stream, sink)
  result = totals()
} else if (task === 'copy') {
  const filter = vacancyFilterOf(vacancyList.parameters.parse(vacancyParameters))
  const { text, order, values } = vacancyStatement(filter)
  const client = await poolOf(payload).connect()
  try {
    const statement = inline(vacancySelect(text, order), values, (value) => client.escapeLiteral(value))
    const { sink, totals } = counter()
    await pipeline(
      client.query(copyTo(`copy (${statement}) to stdout with (format csv, delimiter ';', header true)`)),
      sink,
    )
    result = totals()
  } finally {
    client.release()
  }
} else if (task === 'units-csv') {
  const params = unitListAll.parameters.parse({ onlyActive: false })
  const produced = await produce(req, unitListAll, params, 'csv')
  if (produced.format !== 'csv') throw new Error('expected CSV')
  const { sink, totals } = counter()
  await pipeline(produced.stream, sink)
  result = totals()
} else if (task === 'units-copy') {
  const { unitListStatement } = await import('@/reports/unit-list-all')
  const { text, values } = unitListStatement(unitListAll.parameters.parse({ onlyActive: false }), todayIn(defaultTimeZone))
  const client = await poolOf(payload).connect()
  try {
    const statement = inline(text, values, (value) => client.escapeLiteral(value))
    const { sink, totals } = counter()
    await pipeline(
      client.query(copyTo(`copy (${statement}) to stdout with (format csv, delimiter ';', header true)`)),
      sink,
    )
    result = totals()
  } finally {
    client.release()
  }
} else {
  const objects = (process.env.BENCH_OBJECTS ?? '').split(',').filter(Boolean).map(Number)
  const params = unitListAll.parameters.parse({ objects, onlyActive: true, on: '2026-11-23' })
  const produced = await produce(req, unitListAll, params, 'pdf')
  if (produced.format !== 'pdf') throw new Error('expected a PDF')
  // Streamed into a counting sink, as a job streams it into its file: the PDF is never whole in memory.
  let bytes = 0
  let pages = 0
  for await (const chunk of produced.stream as AsyncIterable<Buffer>) {
    bytes += chunk.length
    pages += (chunk.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
  }
  result = { bytes, rows: produced.rows, pages }
}
const ms = performance.now() - started
console.log(
  JSON.stringify({
    task,
    ms: Math.round(ms),
    rssAfterStartMB: Math.round(rssAfterStart / 1048576),
    peakRssMB: Math.round((process.resourceUsage().maxRSS * 1024) / 1048576),
    ...result,
  }),
)
process.exit(0)
