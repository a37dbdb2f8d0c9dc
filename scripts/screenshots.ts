/**
 * Takes the README's tour screenshots from a running Hauswerk (npm start):
 * `tsx scripts/screenshots.ts [base-url] [name …]`. The admin's as the demo administrator, the
 * portal's as demo portal personas, on a desktop and on a 360 px wide phone.
 */
import path from 'node:path'

import { chromium } from 'playwright-core'

import { chromiumArgs, chromiumExecutable } from '@/server/chromium'
import { portalPersonas, staffPersonas } from '@/seed/personas'

import { fixtureOrder, fixtures } from '../test/helpers/import-fixtures'

const base = process.argv[2] ?? 'http://localhost:3000'
const password = process.env.HAUSWERK_DEMO_PASSWORD ?? 'hauswerk-demo'
const only = process.argv.slice(3)

const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: chromiumArgs })
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'de-AT' })
await page.goto(`${base}/admin/login`)
await page.fill('#field-email', staffPersonas.admin.email)
await page.fill('#field-password', password)
await page.click('button[type=submit]')
await page.waitForURL(`${base}/admin`)

const objectId = await page.evaluate(async () => {
  const response = await fetch('/api/objects?where[number][equals]=1001&depth=0', { credentials: 'include' })
  return (await response.json()).docs[0].id as number
})
const unitId = await page.evaluate(async () => {
  const response = await fetch('/api/units?where[unitNumber][equals]=1001/001&depth=0', { credentials: 'include' })
  return (await response.json()).docs[0].id as number
})

const idOf = (path: string) =>
  page.evaluate(async (url) => {
    const response = await fetch(url, { credentials: 'include' })
    return (await response.json()).docs[0].id as number
  }, path)
const documentId = await idOf(
  '/api/documents?where[title][equals]=Hausordnung%20Simmeringer%20Hauptstra%C3%9Fe&depth=0',
)

const shots: Array<[string, string]> = [
  ['dashboard', '/admin'],
  ['objects', '/admin/collections/objects'],
  ['unit-overview', `/admin/collections/objects/${objectId}/unit-overview`],
  ['unit-overview-holders', `/admin/collections/objects/${objectId}/unit-overview?tab=holders`],
  ['unit', `/admin/collections/units/${unitId}`],
  ['units-active', '/admin/collections/units?where[active][equals]=true'],
  ['tenancies', '/admin/collections/tenancies'],
  ['roles', '/admin/collections/roles'],
  ['allocation-offices', '/admin/collections/allocation-offices'],
  ['individual-fields', `/admin/collections/units/${unitId}`],
  ['documents', '/admin/collections/documents'],
  ['document', `/admin/collections/documents/${documentId}`],
  ['object-portal', `/admin/collections/objects/${objectId}`],
  ['reports', '/admin/reports'],
  ['privacy-requests', '/admin/collections/privacy-requests'],
]
// Shots of a tab: the tab's button to press after the page has loaded.
const tabs: Record<string, string> = { 'individual-fields': 'Indiv. Felder', 'object-portal': 'Portal' }
for (const [name, path] of shots) {
  if (only.length && !only.includes(name)) continue
  await page.goto(`${base}${path}`)
  await page.waitForLoadState('networkidle')
  if (tabs[name]) {
    await page.getByRole('button', { name: tabs[name] }).click()
    await page.waitForLoadState('networkidle')
  }
  await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: false })
  console.log(`docs/screenshots/${name}.png`)
}
// The import page after importing the sample files and one refused file (docs/import.md).
if (!only.length || only.includes('import')) {
  await page.goto(`${base}/admin/import`)
  await page
    .getByLabel('Exportdateien')
    .setInputFiles([
      ...fixtureOrder.map((name) => path.join(fixtures, name)),
      path.join(fixtures, 'bad', 'units-bad.csv'),
    ])
  await page.getByRole('button', { name: 'Importieren' }).click()
  await page.getByRole('region', { name: 'units-bad.csv' }).waitFor({ timeout: 60_000 })
  await page.waitForLoadState('networkidle')
  await page.screenshot({ path: 'docs/screenshots/import.png', fullPage: true })
  console.log('docs/screenshots/import.png')
}
// A report's HTML preview: the unit list of 1001, opened as the object's menu entry opens it.
if (!only.length || only.includes('reports-preview')) {
  await page.goto(`${base}/admin/reports?report=unit-list-object&object=${objectId}`)
  await page.getByRole('button', { name: 'Vorschau' }).click()
  const preview = page.frameLocator('iframe[title^="Vorschau"]')
  await preview.locator('tbody tr').first().waitFor({ timeout: 60_000 })
  await page.locator('iframe[title^="Vorschau"]').scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'docs/screenshots/reports-preview.png', fullPage: false })
  console.log('docs/screenshots/reports-preview.png')
}

// The portal, as its users meet it: desktop (1280 px) and phone (360 px).
const portalShots: Array<[string, keyof typeof portalPersonas, string, number]> = [
  ['portal-dashboard', 'tenantOwner', '/', 1280],
  ['portal-documents', 'tenant', '/documents', 1280],
  ['portal-statement', 'tenant', '/statement', 1280],
  ['portal-owner', 'owner', '/owner', 1280],
  ['portal-allocation', 'allocationOffice', '/allocation', 1280],
  ['portal-privacy', 'owner', '/privacy', 1280],
  ['portal-phone-documents', 'tenant', '/documents', 360],
  ['portal-phone-request', 'tenant', '/requests/new', 360],
]
for (const [name, persona, path, width] of portalShots) {
  if (only.length && !only.includes(name)) continue
  const context = await browser.newContext({ viewport: { width, height: width < 600 ? 780 : 900 }, locale: 'de-AT' })
  const portal = await context.newPage()
  await portal.goto(`${base}/login`)
  await portal.fill('#email', portalPersonas[persona])
  await portal.fill('#password', password)
  await Promise.all([portal.waitForURL(`${base}/`), portal.locator('main').getByRole('button').click()])
  await portal.goto(`${base}${path}`)
  await portal.waitForLoadState('networkidle')
  await portal.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: width < 600 })
  console.log(`docs/screenshots/${name}.png`)
  await context.close()
}
await browser.close()
