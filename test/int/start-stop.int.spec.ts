/**
 * Issue 14: every process `npm start` starts ends within 10 s of Ctrl-C (SIGINT to the process
 * group, as a terminal sends it) or SIGTERM to npm (as a service manager sends it), also after
 * the admin was used in Chromium and its tabs are still open with a request in flight; Next is
 * stopped first, then the portal server, then Postgres, one line each, and no `pg` error is
 * printed. Runs `npm start` itself on a temporary data directory (a missing build is made first).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { chromium } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'

import { chromiumArgs, chromiumExecutable } from '@/server/chromium'
import { freePort, portInUse } from '@/server/embedded-postgres'
import { staffPersonas } from '@/seed/personas'

const root = path.resolve(import.meta.dirname, '..', '..')
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hauswerk-stop-'))
chmodSync(dataDir, 0o755)
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

/** Every process whose environment names this test's data directory: npm, the servers, Postgres. */
function processesOfTheCheckout(): number[] {
  const marker = `HAUSWERK_DATA_DIR=${dataDir}\0`
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry) && Number(entry) !== process.pid)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`, 'latin1').includes(marker)
      } catch {
        return false // ended while we looked
      }
    })
    .map(Number)
}

type Started = { npm: ChildProcess; output: () => string; ports: number[] }

async function start(): Promise<Started> {
  const [http, postgres] = [await freePort(), await freePort()]
  let output = ''
  // A production start (not the test runner's mode), on its own embedded Postgres.
  const environment: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: '',
    PORT: String(http),
    HAUSWERK_PG_PORT: String(postgres),
    HAUSWERK_DATA_DIR: dataDir,
    HAUSWERK_HOST: '127.0.0.1',
    HAUSWERK_DEMO: '1',
  }
  // A group of its own, as a terminal gives a foreground job.
  const npm = spawn('npm', ['start'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: environment,
  })
  npm.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  npm.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  // A first start builds the admin and the portal: minutes on a busy machine.
  const deadline = Date.now() + 900_000
  while (!output.includes('Hauswerk is running')) {
    if (npm.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not come up:\n${output}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  // Next's "Local:" line names its internal port.
  const next = Number(/Local:\s+http:\/\/[\w.]+:(\d+)/.exec(output)?.[1])
  expect(next).toBeGreaterThan(0)
  return { npm, output: () => output, ports: [http, postgres, next] }
}

/** Signs the clerk in, opens the pages a clerk keeps open, and leaves the tabs and a slow upload open. */
async function useTheAdmin(port: number) {
  const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: chromiumArgs })
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${port}`, locale: 'de-AT' })
  // This runs beside other work on a shared machine: pages may take long, that is not the point here.
  context.setDefaultTimeout(120_000)
  const page = await context.newPage()
  await page.goto('/admin/login')
  await page.getByLabel('E-Mail').fill(staffPersonas.clerk.email)
  await page.getByLabel('Passwort').fill(process.env.HAUSWERK_DEMO_PASSWORD ?? 'hauswerk-demo')
  await page.getByRole('button', { name: 'Anmelden' }).click()
  await page.waitForURL(/\/admin\/?$/)
  const units = await page.request.get('/api/units?depth=0&limit=1', {
    headers: { Origin: new URL(page.url()).origin },
  })
  const unit = ((await units.json()) as { docs: Array<{ id: number }> }).docs[0].id
  for (const url of ['/admin/collections/units', '/admin/collections/documents', `/admin/collections/units/${unit}`]) {
    const tab = await context.newPage()
    await tab.goto(url)
    await tab.locator('main, .template-default').first().waitFor()
  }

  // A request still in flight when the signal comes: an upload to Next through the portal whose
  // body never finishes (a document sent over a slow line).
  const upload = net.connect({ port, host: '127.0.0.1' })
  await new Promise((resolve) => upload.once('connect', resolve))
  upload.on('error', () => undefined)
  upload.write(
    'POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=x\r\n' +
      'Content-Length: 10000000\r\n\r\n--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.7\n',
  )
  return { browser, upload }
}

async function stopsWithin(started: Started, signal: 'SIGINT' | 'SIGTERM', seconds: number) {
  const before = processesOfTheCheckout()
  // npm, its shell, the relay, the supervisor, Next, the portal server, Postgres and its workers.
  expect(before.length).toBeGreaterThanOrEqual(6)
  const sent = Date.now()
  // Ctrl-C reaches the terminal's whole foreground group; a service manager signals npm only.
  if (signal === 'SIGINT') process.kill(-started.npm.pid!, 'SIGINT')
  else started.npm.kill('SIGTERM')

  let left = before
  while (Date.now() - sent < seconds * 1000) {
    left = processesOfTheCheckout()
    if (left.length === 0) break
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  const tookMs = Date.now() - sent
  const survivors = left.map((pid) => `${pid} ${readCommand(pid)}`)
  expect(survivors, `still running ${tookMs} ms after ${signal}`).toEqual([])
  for (const port of started.ports) expect(await portInUse(port), `port ${port} after ${signal}`).toBe(false)

  const output = started.output()
  const stopping = output.slice(output.indexOf('[hauswerk] stopping'))
  const steps = stopping.split('\n').filter((line) => line.startsWith('[hauswerk] '))
  expect(steps.map((line) => line.replace(/ \(.*|:.*/, ''))).toEqual([
    '[hauswerk] stopping …',
    expect.stringMatching(/^\[hauswerk\] Next (stopped|killed)$/),
    '[hauswerk] portal server stopped',
    '[hauswerk] Postgres stopped',
  ])
  expect(output).not.toContain('terminating connection due to administrator command')
  expect(output).not.toMatch(/Unhandled|uncaught/i)
  return tookMs
}

function readCommand(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ')
  } catch {
    return '(gone)'
  }
}

describe('npm start stops everything it started', () => {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`within 10 s of ${signal}, after the admin was used, with its tabs open and an upload in flight`, async () => {
      const started = await start()
      try {
        const { browser, upload } = await useTheAdmin(started.ports[0])
        try {
          await stopsWithin(started, signal, 10)
        } finally {
          upload.destroy()
          await browser.close()
        }
      } finally {
        // A failure before the signal must not leave this start running.
        for (const pid of processesOfTheCheckout()) {
          try {
            process.kill(pid, 'SIGKILL')
          } catch {
            // gone
          }
        }
      }
    }, 1_200_000)
  }
})
