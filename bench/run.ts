/**
 * `npm run bench [-- name …]`: runs every `bench/*.bench.ts` (or those whose name contains one of
 * the arguments) one after another, each in its own process, prints their figures, and writes
 * them to bench/results/<time>.json and bench/results/latest.json. Exits non-zero when a bench
 * fails or misses a target.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { BenchResult } from './lib/harness'

const benchDir = path.dirname(new URL(import.meta.url).pathname)
const resultsDir = path.join(benchDir, 'results')
const filters = process.argv.slice(2)

const files = readdirSync(benchDir)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .sort()
if (files.length === 0) {
  console.error(`No bench file matches ${filters.join(', ')}`)
  process.exit(1)
}

function runOne(file: string, resultFile: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(benchDir, file)], {
      stdio: 'inherit',
      env: { ...process.env, BENCH_RESULT_FILE: resultFile },
    })
    child.once('exit', (code) => resolve(code ?? 1))
  })
}

const scratch = mkdtempSync(path.join(os.tmpdir(), 'hauswerk-bench-'))
const results: Array<BenchResult | { name: string; failed: true; exitCode: number }> = []
let failures = 0
for (const file of files) {
  const name = file.replace(/\.bench\.ts$/, '')
  const resultFile = path.join(scratch, `${name}.json`)
  console.log(`\n=== ${name} ===`)
  const exitCode = await runOne(file, resultFile)
  let result: BenchResult | undefined
  try {
    result = JSON.parse(readFileSync(resultFile, 'utf8')) as BenchResult
  } catch {
    result = undefined
  }
  if (exitCode !== 0 || !result) {
    failures += 1
    results.push(result ?? { name, failed: true, exitCode })
  } else {
    results.push(result)
    if (result.figures.some((figure) => figure.ok === false)) failures += 1
  }
}
rmSync(scratch, { recursive: true, force: true })

console.log('\n=== summary ===')
for (const result of results) {
  if ('failed' in result) {
    console.log(`${result.name}: FAILED (exit ${result.exitCode})`)
    continue
  }
  for (const figure of result.figures) {
    const target =
      figure.target === undefined
        ? ''
        : `   target ${figure.bound === 'min' ? '≥' : '≤'} ${figure.target}: ${figure.ok ? 'met' : 'MISSED'}`
    console.log(
      `${result.name.padEnd(12)} ${figure.label.padEnd(58)} ${String(figure.value).padStart(10)} ${figure.unit}${target}`,
    )
  }
}

mkdirSync(resultsDir, { recursive: true })
const stamp = new Date().toISOString().replace(/[:.]/g, '-')
const report = JSON.stringify({ createdAt: new Date().toISOString(), results }, null, 2)
writeFileSync(path.join(resultsDir, `${stamp}.json`), report)
writeFileSync(path.join(resultsDir, 'latest.json'), report)
console.log(`\nwritten to ${path.relative(process.cwd(), path.join(resultsDir, `${stamp}.json`))}`)
process.exit(failures > 0 ? 1 : 0)
