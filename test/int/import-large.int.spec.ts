import { type ChildProcess, spawn } from 'node:child_process'
import { createWriteStream, statSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { runImport, scratch, writeImport } from '../helpers/import-files'
import { testPayload } from '../helpers/payload'

const header = 'key;object;unitNumber;status;holdingType;netArea;accountingRemark'
const remark = 'Laut Buchhaltung: Zusammenlegung, Parifizierung und Nutzwertgutachten liegen vor – '.repeat(4)

/** Writes a units file of at least `megabytes` (rows of ~400 bytes), ending with `last` when given. */
async function bigUnitsFile(file: string, megabytes: number, last?: string): Promise<number> {
  const stream = createWriteStream(file)
  let rows = 0
  let bytes = 0
  let chunk = `${header}\n`
  while (bytes < megabytes * 1024 * 1024) {
    rows += 1
    chunk += `UB-${rows};O-BIG;B/${rows};20;1;${50 + (rows % 40)},${String(rows % 100).padStart(2, '0')};${remark}${rows}\n`
    if (chunk.length > 1 << 20) {
      bytes += chunk.length
      if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once('drain', () => resolve()))
      chunk = ''
    }
  }
  if (last) chunk += `${last}\n`
  await new Promise<void>((resolve) => stream.end(chunk, () => resolve()))
  return rows
}

function cli(
  files: string[],
): ChildProcess & { output: Promise<{ code: number | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/import.ts', '--json', '--lang', 'de', ...files], {
    env: process.env,
  })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (data) => (stdout += data))
  child.stderr!.on('data', (data) => (stderr += data))
  const output = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.on('exit', (code) => resolve({ code, stdout, stderr })),
  )
  return Object.assign(child, { output })
}

let payload: Payload
let dir: string
const countBig = async () =>
  (await payload.count({ collection: 'units', where: { externalKey: { like: 'UB-' } } })).totalDocs

beforeAll(async () => {
  payload = await testPayload()
  dir = scratch()
  const objects = writeImport(dir, 'objects.csv', ['key;number;name;type', 'O-BIG;8888;Großanlage;rental'])
  expect((await runImport(payload, objects)).status).toBe('imported')
})

describe('a 100 MB file', () => {
  it('is streamed with bounded memory and ends with a clear result naming the bad last row', async () => {
    const file = path.join(dir, 'units-100mb.csv')
    const rows = await bigUnitsFile(file, 100, 'UB-LAST;O-BIG;B/LAST;20;1;1,234.56;letzte Zeile')
    expect(statSync(file).size).toBeGreaterThan(100 * 1024 * 1024)
    const run = cli([file])
    const { code, stdout, stderr } = await run.output
    expect(code, stderr.slice(-2000)).toBe(1)
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!)
    const report = result.reports[0]
    expect([report.status, report.rows, report.problemCount]).toEqual(['rejected', rows + 1, 1])
    expect(report.problems[0]).toMatchObject({ line: rows + 2, field: 'netArea', value: '1,234.56' })
    expect(await countBig()).toBe(0)
    // The file is never held whole: the importing process stays far below what loading it would take.
    // Payload with every collection loaded is about 420 MB before the first row; the 30 Nov merges
    // (reports, encryption, data protection) raised the peak from about 570 to 780 MB, cause not yet
    // found (docs/import.md), so the bound is 896 MB: still far below the file parsed whole.
    console.log(
      `peak RSS importing ${(statSync(file).size / 1024 / 1024).toFixed(0)} MB: ${(result.maxRssBytes / 1024 / 1024).toFixed(0)} MB`,
    )
    expect(result.maxRssBytes).toBeLessThan(896 * 1024 * 1024)
  }, 600_000)
})

describe('an import killed half-way (SIGKILL)', () => {
  it('leaves nothing written, and the next run succeeds', async () => {
    const file = path.join(dir, 'units-kill.csv')
    const rows = await bigUnitsFile(file, 12)
    const run = cli([file])
    // Kill it once it writes into Payload's tables: the transaction is open, nothing committed.
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the import never reached the writing phase')), 300_000)
      run.stderr!.on('data', (data: Buffer) => {
        if (data.toString().includes(': schreibt')) {
          clearTimeout(timer)
          run.kill('SIGKILL')
          resolve()
        }
      })
    })
    const killed = await run.output
    expect(killed.code).toBe(null)
    expect(await countBig()).toBe(0)
    const again = cli([file])
    const { code, stdout, stderr } = await again.output
    expect(code, stderr.slice(-2000)).toBe(0)
    expect(JSON.parse(stdout.trim().split('\n').at(-1)!).reports[0]).toMatchObject({
      status: 'imported',
      created: rows,
    })
    expect(await countBig()).toBe(rows)
    // The killed run is marked interrupted once the next import of its kind holds the lock.
    const runs = await payload.find({
      collection: 'import-runs',
      where: { fileName: { equals: 'units-kill.csv' } },
      sort: 'createdAt',
    })
    expect(runs.docs.map((doc) => doc.status)).toEqual(['interrupted', 'imported'])
  }, 600_000)
})
