import { writeFileSync } from 'node:fs'
import os from 'node:os'

/**
 * What every bench file reports: figures (a measured value with its unit and, where there is
 * one, the target) and free-form details. `bench/run.ts` collects them from each file's process.
 */
export type Figure = {
  key: string
  label: string
  value: number
  unit: string
  target?: number
  /** `max` (the default): the value must stay at or below the target; `min`: reach at least it. */
  bound?: 'max' | 'min'
  ok?: boolean
}
export type BenchResult = {
  name: string
  description: string
  startedAt: string
  durationMs: number
  figures: Figure[]
  details: Record<string, unknown>
}

export type Report = {
  /** A measured value; with `target`, it passes when the value is at most (or, `bound: 'min'`, at least) the target. */
  figure: (key: string, label: string, value: number, unit: string, target?: number, bound?: 'max' | 'min') => void
  detail: (key: string, value: unknown) => void
  log: (line: string) => void
}

/** Percentiles by the nearest-rank method, in the samples' unit. */
export function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]
  const mean = sorted.reduce((sum, value) => sum + value, 0) / sorted.length
  return { n: sorted.length, min: sorted[0], p50: rank(50), p95: rank(95), max: sorted[sorted.length - 1], mean }
}

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits

/** Milliseconds since an earlier `performance.now()`. */
export const since = (start: number) => performance.now() - start

/**
 * Runs one bench file's work, prints its figures, and hands the result to `bench/run.ts` (through
 * the file named in BENCH_RESULT_FILE) or, when run alone, just prints it. Exits the process:
 * Payload and Postgres pools would otherwise keep it alive.
 */
export async function runBench(name: string, description: string, work: (report: Report) => Promise<void>) {
  const result: BenchResult = {
    name,
    description,
    startedAt: new Date().toISOString(),
    durationMs: 0,
    figures: [],
    details: {},
  }
  const log = (line: string) => console.log(`[bench:${name}] ${line}`)
  const report: Report = {
    figure(key, label, value, unit, target, bound = 'max') {
      const figure: Figure = { key, label, value, unit }
      const ok = target === undefined ? undefined : bound === 'max' ? value <= target : value >= target
      if (target !== undefined) Object.assign(figure, { target, bound, ok })
      result.figures.push(figure)
      const sign = bound === 'max' ? '≤' : '≥'
      const verdict = target === undefined ? '' : `  (target ${sign} ${target} ${unit}: ${ok ? 'met' : 'MISSED'})`
      log(`${label}: ${value} ${unit}${verdict}`)
    },
    detail(key, value) {
      result.details[key] = value
    },
    log,
  }
  const started = performance.now()
  let failed: unknown
  try {
    await work(report)
  } catch (error) {
    failed = error
    console.error(error)
  }
  result.durationMs = Math.round(since(started))
  result.details.machine = {
    cpus: os.cpus().length,
    loadAverage: os.loadavg().map((load) => round(load)),
    node: process.version,
  }
  if (process.env.BENCH_RESULT_FILE) writeFileSync(process.env.BENCH_RESULT_FILE, JSON.stringify(result, null, 2))
  process.exit(failed ? 1 : 0)
}
