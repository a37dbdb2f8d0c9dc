import { readFile } from 'node:fs/promises'

import type { Browser, Page } from '@playwright/test'

import { expect, idOf, signIn, test } from './fixtures/admin'
import { portalSignIn, watchErrors } from './fixtures/portal'

/**
 * Console errors of the page, less the one Playwright itself causes: it runs its helpers in every
 * frame, and the preview's frame is sandboxed without scripts on purpose (microsoft/playwright#33343).
 */
function productErrors(errors: string[]): string[] {
  return errors.filter(
    (error) => !/^Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/.test(error),
  )
}

/** Today as the clerk types it (dd.MM.yyyy), in the company's time zone. */
function todayTyped(): string {
  const parts = new Intl.DateTimeFormat('de-AT', {
    timeZone: 'Europe/Vienna',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).formatToParts(new Date())
  const part = (type: string) => parts.find((entry) => entry.type === type)!.value
  return `${part('day')}.${part('month')}.${part('year')}`
}

/** Today as the server stamps file names (yyyy-MM-dd), in the company's time zone. */
function todayStored(): string {
  return todayTyped().split('.').reverse().join('-')
}

/** Picks an option of one of Payload's selects by its label, with the keyboard-usable input. */
async function choose(page: Page, label: string, option: RegExp | string) {
  await page.getByRole('combobox', { name: label }).click()
  await page.getByRole('option', { name: option }).click()
}

/** What the tenant of Top 1 in 1001 finds among the documents of their portal. */
async function tenantSees(browser: Browser, title: string) {
  const context = await browser.newContext({ locale: 'de-AT' })
  const portal = await context.newPage()
  const errors = watchErrors(portal)
  await portalSignIn(portal, 'tenant')
  await portal.goto('/documents')
  await expect(portal.getByText(title)).toBeVisible()
  expect(errors).toEqual([])
  await context.close()
}

test.describe('Berichte: a clerk previews, downloads, stores and releases (SPEC F-13, F-22, F-60, F-71)', () => {
  test('vacancy list: preview with rows, PDF and CSV named by title and day, the CSV with its BOM', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    const errors = watchErrors(page)
    await signIn(page, 'clerk')
    // The navigation leads there (its drawer is closed at this width).
    await expect(page.locator('#nav-reports')).toHaveAttribute('href', '/admin/reports')
    await page.goto('/admin/reports')
    await expect(page.getByRole('heading', { level: 1, name: 'Berichte' })).toBeVisible()
    await page.getByRole('button', { name: 'Leerstehungsliste', exact: true }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Leerstehungsliste' })).toBeVisible()

    const on = page.getByLabel('Stichtag (per)')
    await on.fill(todayTyped())
    await on.press('Tab')
    await expect(on).toHaveValue(todayTyped())
    await page.getByRole('button', { name: 'Vorschau' }).click()
    const preview = page.frameLocator('iframe[title="Vorschau: Leerstehungsliste"]')
    // The demo's vacancy for refurbishment in 1001 is open today.
    await expect(preview.locator('tbody tr').first()).toBeVisible()
    await expect(preview.locator('tbody')).toContainText('Strangsanierung Bad und Küche')

    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PDF herunterladen' }).click(),
    ])
    expect(pdf.suggestedFilename()).toBe(`Leerstehungsliste_${todayStored()}.pdf`)
    expect((await readFile((await pdf.path())!)).subarray(0, 5).toString('latin1')).toBe('%PDF-')

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV herunterladen' }).click(),
    ])
    expect(csv.suggestedFilename()).toBe(`Leerstehungsliste_${todayStored()}.csv`)
    const bytes = await readFile((await csv.path())!)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(bytes.toString('utf8')).toContain('Strangsanierung Bad und Küche')
    expect(productErrors(errors)).toEqual([])
  })

  test('mail merge: letters for the units of 1001, generated and released after the warning; the tenant sees hers', async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000)
    const errors = watchErrors(page)
    await signIn(page, 'clerk')
    await page.goto('/admin/reports')
    await page.getByRole('button', { name: 'Serienbriefe' }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Serienbriefe' })).toBeVisible()

    await choose(page, 'Datenbestand', 'Einheiten')
    // The function types matter only to a merge over functions.
    await expect(page.getByLabel('Funktionen (leer: alle)')).toHaveCount(0)
    // Objects are required, and marked as Payload marks required fields.
    await expect(page.locator('label', { hasText: /^Objekte/ }).locator('.required')).toHaveText('*')
    await expect(page.locator('label', { hasText: /^Betreff/ }).locator('.required')).toHaveText('*')
    await choose(page, 'Objekte', /^1001 /)
    const subject = `Wasserabschaltung ${Date.now()}`
    await page.getByLabel('Betreff').fill(subject)
    await page
      .getByLabel('Brieftext')
      .fill('am Donnerstag wird das Wasser abgestellt.\n\nBitte beachten Sie die Aushänge im Stiegenhaus.')

    await page.getByRole('button', { name: 'Empfänger:innen ermitteln' }).click()
    await expect(page.getByText(/^\d+ Briefe an \d+ Empfänger:innen\.$/)).toBeVisible()
    const counted = await page.getByText(/^\d+ Briefe an \d+ Empfänger:innen\.$/).textContent()
    const [, letters, recipients] = /^(\d+) Briefe an (\d+)/.exec(counted ?? '')!
    // The demo's holders have no postal address of their own: each letter goes to the unit held,
    // so every let unit of 1001 gets one and nobody is left without an address.
    expect(Number(letters)).toBeGreaterThan(3)
    expect(Number(recipients)).toBeGreaterThan(2)
    await expect(page.getByText(/^Ohne Anschrift, daher kein Brief/)).toHaveCount(0)
    const warning = page.getByRole('alert').filter({ hasText: 'sofort im Portal' })
    await expect(warning).toContainText(`sehen ${recipients} Empfänger:innen ihren Brief sofort im Portal`)

    // A changed choice makes the count stale: the buttons go until the recipients are found again.
    await page.getByLabel('Betreff').fill(`${subject} `)
    await expect(page.getByRole('button', { name: /Erzeugen und für/ })).toHaveCount(0)
    await page.getByLabel('Betreff').fill(subject)
    await page.getByRole('button', { name: 'Empfänger:innen ermitteln' }).click()

    await page.getByRole('button', { name: `Erzeugen und für ${recipients} freigeben` }).click()
    await expect(
      page.getByText(new RegExp(`${letters} Briefe im Dokumentenspeicher abgelegt, \\d+ Freigaben`)),
    ).toBeVisible({
      timeout: 90_000,
    })
    const stored = await page.request.get(
      `/api/documents?where[title][like]=${encodeURIComponent(subject)}&where[category][equals]=letter&limit=0&depth=0`,
      { headers: { Origin: new URL(page.url()).origin } },
    )
    expect((await stored.json()).totalDocs).toBe(Number(letters))
    expect(errors).toEqual([])

    await tenantSees(browser, `${subject} – 1001/001 – `)
  })

  test('a report stored in the document store and released to the tenants of 1001 shows in the tenant’s portal', async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000)
    const errors = watchErrors(page)
    await signIn(page, 'clerk')
    const object = await idOf(page, 'objects', 'number', '1001')
    // The object's own menu entry opens the report with the object filled in.
    await page.goto(`/admin/collections/objects/${object}`)
    await page.getByRole('link', { name: 'Einheitenliste des Objekts' }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Einheitenliste des Objekts' })).toBeVisible()

    const title = `Einheitenliste 1001 ${Date.now()}`
    await page.getByRole('button', { name: 'Im Dokumentenspeicher ablegen …' }).click()
    const drawer = page.getByRole('dialog', { name: 'Im Dokumentenspeicher ablegen' })
    await expect(drawer).toBeVisible()
    await drawer.getByLabel('Titel des Dokuments (leer: Name des Berichts)').fill(title)
    await drawer.getByText('erzeugen und an die Mieter:innen des Objekts freigeben').click()
    await expect(drawer.getByLabel('erzeugen und an die Mieter:innen des Objekts freigeben')).toBeChecked()
    const warning = drawer.getByRole('alert').filter({ hasText: 'sofort im Portal' })
    await expect(warning).toContainText(/sehen \d+ Empfänger:innen das Dokument sofort im Portal/)
    const recipients = /sehen (\d+) Empfänger/.exec((await warning.textContent()) ?? '')![1]
    await drawer.getByRole('button', { name: `Ablegen und für ${recipients} freigeben` }).click()
    await expect(page.getByText(`an ${recipients} Empfänger:innen freigegeben`)).toBeVisible({ timeout: 60_000 })
    await expect(drawer).toBeHidden()
    expect(errors).toEqual([])

    await tenantSees(browser, title)
  })
})

test.describe('the unit’s "Berichte" button (manual, table 1700)', () => {
  test('opens a drawer of the configured reports; one runs for the unit as a PDF; Escape closes it', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    const errors = watchErrors(page)
    await signIn(page, 'clerk')
    const unit = await idOf(page, 'units', 'unitNumber', '1001/001')
    await page.goto(`/admin/collections/units/${unit}`)
    await page.getByRole('button', { name: 'Berichte', exact: true }).click()
    const drawer = page.getByRole('dialog', { name: 'Berichte zu dieser Einheit' })
    await expect(drawer).toBeVisible()
    // The status history is about one tenancy: the drawer asks which.
    await expect(drawer.getByRole('combobox', { name: 'Bestandsverhältnis' })).toBeVisible()
    const [pdf] = await Promise.all([
      page.waitForEvent('popup'),
      drawer.getByRole('button', { name: 'Einheitenliste', exact: true }).click(),
    ])
    await expect(pdf).toHaveURL(/^blob:/)
    await pdf.close()
    await drawer.getByRole('button', { name: 'Einheitenliste', exact: true }).focus()
    await page.keyboard.press('Escape')
    await expect(drawer).toBeHidden()
    expect(errors).toEqual([])
  })
})
