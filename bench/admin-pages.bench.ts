/**
 * Admin pages in Chromium (issue 14): `npm start` on the demo data, a clerk (the import page: an
 * administrator, clerks have none) opens each page as a full page load, and the bench times from
 * the navigation's start until the page's main button is interactive — shown and hydrated by
 * React, so a click on it does something. p50/p95 over 20 visits per page after 3 warm-ups, the
 * pages interleaved; target p95 ≤ 1.5 s. Per page the JSON has where the time goes (first byte
 * of the HTML, end of the HTML stream, DOMContentLoaded, script bytes and count).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type BrowserContext, chromium, type Page } from 'playwright-core'

import { chromiumArgs, chromiumExecutable } from '@/server/chromium'
import { portInUse } from '@/server/embedded-postgres'
import { staffPersonas, type StaffPersona } from '@/seed/personas'

import { round, runBench, stats } from './lib/harness'
import { benchPorts } from './lib/ports'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const visits = Number(process.env.BENCH_ADMIN_VISITS ?? 20)
const warmups = 3
const targetMs = 1500
const password = process.env.HAUSWERK_DEMO_PASSWORD ?? 'hauswerk-demo'

/** The button (or link) whose working means the page can be used: a CSS selector, and its text if needed. */
type MainButton = { selector: string; text?: string; name: string }
type AdminPage = { key: string; label: string; persona: 'clerk' | 'admin'; url: string; button: MainButton }
type Visit = {
  readyMs: number
  /** Main-thread work in long tasks (> 50 ms: script evaluation, hydration, layout) until ready. */
  longTaskMs: number
  htmlKb: number
  firstByteMs: number
  htmlEndMs: number
  domContentLoadedMs: number
  scripts: number
  scriptKb: number
}

async function untilFree(port: number, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  while ((await portInUse(port)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200))
}

/** `npm start` in a process group of its own; resolves once it says it is running. */
async function startHauswerk(env: NodeJS.ProcessEnv, log: (line: string) => void): Promise<ChildProcess> {
  const child = spawn('npm', ['start'], { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  const keep = (chunk: Buffer) => {
    output += chunk.toString()
    for (const line of chunk.toString().split('\n')) if (line.startsWith('[hauswerk]')) log(line)
  }
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  // A missing or stale build is made by npm start itself: minutes, not part of any figure.
  const deadline = Date.now() + 1_200_000
  while (!output.includes('Hauswerk is running')) {
    if (child.exitCode !== null || Date.now() > deadline)
      throw new Error(`npm start did not come up:\n${output.slice(-3000)}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return child
}

async function signIn(context: BrowserContext, persona: StaffPersona) {
  const page = await context.newPage()
  await page.goto('/admin/login')
  await page.getByLabel('E-Mail').fill(staffPersonas[persona].email)
  await page.getByLabel('Passwort').fill(password)
  await page.getByRole('button', { name: 'Anmelden' }).click()
  await page.waitForURL(/\/admin\/?$/)
  return page
}

async function idOf(page: Page, collection: string, field: string, value: string): Promise<number> {
  const response = await page.request.get(
    `/api/${collection}?where[${field}][equals]=${encodeURIComponent(value)}&depth=0&limit=1`,
    { headers: { Origin: new URL(page.url()).origin } },
  )
  const body = (await response.json()) as { docs?: Array<{ id: number }> }
  const id = body.docs?.[0]?.id
  if (!id) throw new Error(`no ${collection} with ${field}=${value} in the demo data`)
  return id
}

/** A full page load of the URL, timed in the page from the navigation's start. */
async function visit(page: Page, { url, button }: AdminPage): Promise<Visit> {
  await page.goto(url, { waitUntil: 'commit' })
  const ready = await page.waitForFunction(
    ({ selector, text }) => {
      const element = [...document.querySelectorAll<HTMLElement>(selector)].find(
        (candidate) =>
          (text === undefined || candidate.textContent?.trim() === text) && candidate.getClientRects().length > 0,
      )
      // React sets its props on an element when it hydrates it: from then on its handlers run.
      if (!element || !Object.keys(element).some((key) => key.startsWith('__reactProps$'))) return false
      const longTasks = (window as unknown as { hwLongTaskMs?: number }).hwLongTaskMs ?? 0
      return { readyMs: performance.now(), longTaskMs: longTasks }
    },
    button,
    { polling: 'raf', timeout: 60_000 },
  )
  const { readyMs, longTaskMs } = (await ready.jsonValue()) as { readyMs: number; longTaskMs: number }
  const phases = await page.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
    const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
      (entry) => entry.initiatorType === 'script',
    )
    return {
      htmlKb: navigation.decodedBodySize / 1024,
      firstByteMs: navigation.responseStart,
      htmlEndMs: navigation.responseEnd,
      domContentLoadedMs: navigation.domContentLoadedEventEnd,
      scripts: scripts.length,
      scriptKb: scripts.reduce((sum, entry) => sum + entry.decodedBodySize, 0) / 1024,
    }
  })
  return { readyMs, longTaskMs, ...phases }
}

await runBench(
  'admin-pages',
  'admin pages in Chromium: navigation start to the main button working',
  async (report) => {
    const loadAtStart = os.loadavg().map((load) => round(load))
    report.log(`load average at the start: ${loadAtStart.join(' ')}`)
    const ports = await benchPorts()
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hauswerk-admin-pages-'))
    chmodSync(dataDir, 0o755)
    const env = {
      ...process.env,
      DATABASE_URL: '',
      PORT: String(ports.http),
      HAUSWERK_PG_PORT: String(ports.postgres),
      HAUSWERK_DATA_DIR: dataDir,
      HAUSWERK_HOST: '127.0.0.1',
      HAUSWERK_DEMO: '1',
    }
    let hauswerk: ChildProcess | undefined
    const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: chromiumArgs })
    try {
      hauswerk = await startHauswerk(env, report.log)
      const baseURL = `http://127.0.0.1:${ports.http}`
      const contexts = {
        clerk: await browser.newContext({ baseURL, locale: 'de-AT', viewport: { width: 1400, height: 900 } }),
        admin: await browser.newContext({ baseURL, locale: 'de-AT', viewport: { width: 1400, height: 900 } }),
      }
      for (const context of Object.values(contexts))
        await context.addInitScript(() => {
          const page = window as unknown as { hwLongTaskMs: number }
          page.hwLongTaskMs = 0
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) page.hwLongTaskMs += entry.duration
          }).observe({ type: 'longtask' })
        })
      const tabs = { clerk: await signIn(contexts.clerk, 'clerk'), admin: await signIn(contexts.admin, 'admin') }
      const unit = await idOf(tabs.clerk, 'units', 'unitNumber', '1001/001')
      const object = await idOf(tabs.clerk, 'objects', 'number', '1001')
      const document = await idOf(tabs.clerk, 'documents', 'title', 'Ankündigung Strangsanierung')
      const pages: AdminPage[] = [
        {
          key: 'dashboard',
          label: 'dashboard',
          persona: 'clerk',
          url: '/admin',
          button: { selector: '.hw-dashboard__figures a', name: 'aktive Einheiten' },
        },
        {
          key: 'units-list',
          label: 'units list',
          persona: 'clerk',
          url: '/admin/collections/units',
          button: { selector: 'a[href$="/collections/units/create"]', name: 'Neu erstellen' },
        },
        {
          key: 'unit-edit',
          label: 'unit edit',
          persona: 'clerk',
          url: `/admin/collections/units/${unit}`,
          button: { selector: '#action-save', name: 'Speichern' },
        },
        {
          key: 'document-edit',
          label: 'document edit',
          persona: 'clerk',
          url: `/admin/collections/documents/${document}`,
          button: { selector: 'button', text: 'Freigeben …', name: 'Freigeben …' },
        },
        {
          key: 'unit-overview',
          label: 'unit overview',
          persona: 'clerk',
          url: `/admin/collections/objects/${object}/unit-overview`,
          button: { selector: 'button', text: 'Filtern', name: 'Filtern' },
        },
        {
          key: 'import',
          label: 'import page (administrator)',
          persona: 'admin',
          url: '/admin/import',
          button: { selector: 'button', text: 'Importieren', name: 'Importieren' },
        },
      ]

      const measured = new Map<string, Visit[]>(pages.map((page) => [page.key, []]))
      for (let round_ = 0; round_ < warmups; round_++) for (const page of pages) await visit(tabs[page.persona], page)
      const started = performance.now()
      for (let round_ = 0; round_ < visits; round_++) {
        // A rotating order, so that no page always follows the same one.
        for (let index = 0; index < pages.length; index++) {
          const page = pages[(index + round_) % pages.length]
          measured.get(page.key)!.push(await visit(tabs[page.persona], page))
        }
      }
      report.detail('measuringSeconds', round((performance.now() - started) / 1000, 1))

      const breakdown: Record<string, unknown> = {}
      for (const page of pages) {
        const samples = measured.get(page.key)!
        const ready = stats(samples.map((sample) => sample.readyMs))
        report.figure(`${page.key}-p50`, `${page.label}: interactive p50`, round(ready.p50, 0), 'ms')
        report.figure(`${page.key}-p95`, `${page.label}: interactive p95`, round(ready.p95, 0), 'ms', targetMs)
        const p50 = (pick: (visit: Visit) => number) => round(stats(samples.map(pick)).p50, 0)
        breakdown[page.key] = {
          url: page.url,
          mainButton: page.button.name,
          readyMs: { p50: round(ready.p50, 0), p95: round(ready.p95, 0), max: round(ready.max, 0) },
          p50: {
            htmlKb: p50((sample) => sample.htmlKb),
            firstByteMs: p50((sample) => sample.firstByteMs),
            htmlEndMs: p50((sample) => sample.htmlEndMs),
            domContentLoadedMs: p50((sample) => sample.domContentLoadedMs),
            longTaskMs: p50((sample) => sample.longTaskMs),
            scripts: p50((sample) => sample.scripts),
            scriptKb: p50((sample) => sample.scriptKb),
          },
        }
        report.log(`  ${page.key}: ${JSON.stringify(breakdown[page.key])}`)
      }
      report.detail('pages', breakdown)
    } finally {
      await browser.close()
      if (hauswerk?.pid && hauswerk.exitCode === null) {
        process.kill(-hauswerk.pid, 'SIGINT')
        await new Promise((resolve) => hauswerk!.once('exit', resolve))
      }
      await untilFree(ports.http)
      await untilFree(ports.postgres)
      rmSync(dataDir, { recursive: true, force: true })
    }
    const loadAtEnd = os.loadavg().map((load) => round(load))
    report.log(`load average at the end: ${loadAtEnd.join(' ')}`)
    report.detail('loadAverage', { start: loadAtStart, end: loadAtEnd })
  },
)
