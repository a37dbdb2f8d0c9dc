/**
 * Issue 5 benchmark on the generated Wien-scale dataset (bench/lib/dataset.ts): one tenant's
 * document list (newest first, a page of 20, with the total) through the Local API as that
 * portal user with access — the path the portal takes — against a hand-written SQL query with
 * the same result, in the same run, at about 20 k and 2 M documents (the datasets of
 * BENCH_UNITS / 100 and BENCH_UNITS units; 220,000 by default). The same tenant (of the first
 * object, which both sizes generate alike) is measured at both. Targets: p95 within 2× of SQL,
 * and the Local API's p95 within 1.2× between the two sizes.
 *
 *   npm run bench -- documents        (BENCH_UNITS=22000 for a quick run; BENCH_RUNS, default 300)
 */
import { spawn } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { datasetUnits, openDataset } from './lib/dataset'
import { round, runBench, type stats } from './lib/harness'

type Timing = ReturnType<typeof stats>
type Measured = {
  person: string
  personReleases: number
  visible: number
  documents: number
  releases: number
  runs: number
  local: Timing
  sql: Timing
  prepared: Timing
  plan: string[]
}

const sizes = [
  { name: 'small', units: Math.max(20, Math.round(datasetUnits / 100)) },
  { name: 'large', units: datasetUnits },
]

function measure(url: string, dataDir: string): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/lib/document-list-worker.ts'], {
      env: {
        ...process.env,
        DATABASE_URL: url,
        HAUSWERK_DATA_DIR: dataDir,
        HAUSWERK_DEMO: '0',
        NODE_ENV: 'production',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.on('exit', (code) => {
      try {
        if (code !== 0) throw new Error(`exit ${code}`)
        resolve(JSON.parse(output.trim().split('\n').at(-1) ?? '') as Measured)
      } catch (error) {
        reject(new Error(`the document list worker failed (${(error as Error).message}): ${output.slice(-2000)}`))
      }
    })
  })
}

const thousands = (value: number) => value.toLocaleString('en')

await runBench(
  'documents',
  "One tenant's document list (page of 20, newest first) through the Local API with access vs hand-written SQL, at ~20k and ~2M generated documents",
  async (report) => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hauswerk-bench-documents-'))
    chmodSync(dataDir, 0o755)
    const results: Array<Measured & { name: string; units: number }> = []
    try {
      for (const { name, units } of sizes) {
        const dataset = await openDataset(units, report.log)
        try {
          report.detail(`dataset_${name}`, dataset.facts)
          const measured = await measure(dataset.url, dataDir)
          results.push({ name, units, ...measured })
        } finally {
          await dataset.close()
        }
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true })
    }

    for (const result of results) {
      const size = `${thousands(result.documents)} documents / ${thousands(result.releases)} releases`
      report.detail(`measured_${result.name}`, result)
      report.log(
        `${size}: tenant ${result.person}, ${result.visible} visible documents (of ${result.personReleases} releases)`,
      )
      report.figure(`local_p50_${result.name}`, `Local API p50, ${size}`, round(result.local.p50), 'ms')
      report.figure(`local_p95_${result.name}`, `Local API p95, ${size}`, round(result.local.p95), 'ms')
      report.figure(`sql_p50_${result.name}`, `SQL p50, ${size}`, round(result.sql.p50), 'ms')
      report.figure(`sql_p95_${result.name}`, `SQL p95, ${size}`, round(result.sql.p95), 'ms')
      report.figure(
        `ratio_p50_${result.name}`,
        `Local API ÷ SQL p50, ${thousands(result.documents)} documents`,
        round(result.local.p50 / result.sql.p50),
        '×',
      )
      report.figure(
        `ratio_p95_${result.name}`,
        `Local API ÷ SQL p95, ${thousands(result.documents)} documents`,
        round(result.local.p95 / result.sql.p95),
        '×',
        2,
      )
      report.figure(
        `prepared_sql_p50_${result.name}`,
        `SQL prepared p50 (reference), ${thousands(result.documents)} documents`,
        round(result.prepared.p50),
        'ms',
      )
    }
    const [small, large] = results
    if (small.person !== large.person) throw new Error(`measured different tenants: ${small.person}, ${large.person}`)
    report.figure(
      'growth_p95',
      `Local API p95 at ${thousands(large.documents)} ÷ at ${thousands(small.documents)} documents`,
      round(large.local.p95 / small.local.p95),
      '×',
      1.2,
    )
    report.figure(
      'growth_p50',
      `Local API p50 at ${thousands(large.documents)} ÷ at ${thousands(small.documents)} documents`,
      round(large.local.p50 / small.local.p50),
      '×',
    )
    report.log(`plan of the hand-written query at ${thousands(large.documents)} documents:`)
    for (const line of large.plan) report.log(`  ${line}`)
  },
)
