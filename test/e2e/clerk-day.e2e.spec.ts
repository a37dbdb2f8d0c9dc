import type { Page } from '@playwright/test'

import path from 'node:path'

import { fixtures } from '../helpers/import-fixtures'
import { expect, fromAdmin, idOf, signIn, test } from './fixtures/admin'

/**
 * Issue 14: a clerk's day in the German admin. Fails on any console error, on any "<Kein …>" or
 * "…" left in a relation cell, and on any refusal that does not show its reason at its field.
 */

/** Collects the page's console errors and uncaught exceptions; the test ends by expecting none. */
function watchConsole(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`))
  return errors
}

/** Relation cells of a list have all loaded (no "…") and none reads "Kein …". */
async function expectRelationsRead(page: Page) {
  const cells = page.locator('.relation-cell')
  await expect(cells.first()).toBeVisible()
  await expect(cells.filter({ hasText: '…' })).toHaveCount(0)
  await expect(page.locator('table')).not.toContainText('<Kein')
  await expect(page.locator('table')).not.toContainText('Kein ')
}

/** The message under (or at) a field of Payload's form: the field's wrapper shows it. */
function fieldWith(page: Page, path: string) {
  return page.locator(`#field-${path.replace(/\./g, '__')}`).locator(`xpath=ancestor-or-self::*[contains(concat(' ', normalize-space(@class), ' '), ' field-type ')][1]`)
}

/** A tab of an edit screen, by its label (an error count may follow the label). */
function tab(page: Page, label: string) {
  return page.locator('.tabs-field__tab-button', { hasText: label })
}

/** Refused writes through REST carry Payload's field errors: the path and the reason in German. */
async function expectRestFieldError(
  response: Awaited<ReturnType<Page['request']['patch']>>,
  path: string,
  reason: RegExp,
) {
  const body = (await response.json()) as { errors: Array<{ data?: { errors: Array<{ path: string; message: string }> } }> }
  expect(response.status(), JSON.stringify(body)).toBe(400)
  const errors = body.errors.flatMap((error) => error.data?.errors ?? [])
  expect(errors.map((error) => error.path), JSON.stringify(body)).toContain(path)
  expect(errors.find((error) => error.path === path)?.message).toMatch(reason)
}

test.describe('a clerk’s day in the German admin (issue 14)', () => {
  test('lists, a unit, a person with a wrong IBAN, an impossible date, an overlap: every refusal at its field', async ({
    page,
  }) => {
    const consoleErrors = watchConsole(page)
    await signIn(page, 'clerk')
    await expect(page).toHaveTitle(/Hauswerk/)
    await expect(page).not.toHaveTitle(/Payload/)
    await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute('href', /^data:image\/svg\+xml/)
    await expect(page.getByRole('region', { name: /Benachrichtigungen/ })).toHaveCount(1)

    // Lists: relations arrive with the list; a vacancy has no holder but reads "Leerstehung".
    await page.goto('/admin/collections/tenancies?limit=100')
    await expectRelationsRead(page)
    await expect(page.locator('.relation-cell', { hasText: 'Leerstehung' }).first()).toBeVisible()
    await page.goto('/admin/collections/documents?limit=100')
    await expectRelationsRead(page)
    await page.goto('/admin/collections/units?limit=100')
    await expectRelationsRead(page)
    await expect(page.locator('.bool-cell', { hasText: /wahr|falsch|true|false/ })).toHaveCount(0)

    // The unit overview, then one unit edited and saved; no API tab for a clerk.
    const objectId = await idOf(page, 'objects', 'number', '1001')
    await page.goto(`/admin/collections/objects/${objectId}/unit-overview`)
    await page.getByTestId('units-table').getByRole('link', { name: '1001/004' }).click()
    await expect(page).toHaveURL(/\/admin\/collections\/units\/\d+$/)
    await expect(page.getByRole('link', { name: 'API', exact: true })).toHaveCount(0)
    await page.getByLabel('Lage', { exact: true }).fill('Straßenseitig')
    await page.getByRole('button', { name: 'Speichern' }).click()
    await expect(page.getByText('erfolgreich', { exact: false }).first()).toBeVisible()

    // A person with a wrong IBAN: the field turns red with the reason under it.
    await page.goto('/admin/collections/persons/create')
    await expect(page.getByText('Person anlegen')).toBeVisible()
    // The form's fields are disabled until its state has arrived.
    await tab(page, 'Person').click()
    await expect(page.locator('#field-lastName')).toBeEnabled()
    await page.locator('#field-lastName').fill('Prüfziffer')
    await tab(page, 'Bankverbindungen').click()
    const iban = page.locator('input[name="bankAccounts.0.iban"]')
    // One row: a click before hydration is lost, so click again only while there is no row.
    const firstRow = page.getByText('Bankverbindung 01')
    await expect(async () => {
      if ((await firstRow.count()) === 0)
        await page.getByRole('button', { name: /Bankverbindung hinzufügen/ }).first().click({ timeout: 2000 })
      await expect(firstRow).toBeVisible({ timeout: 2000 })
    }).toPass({ timeout: 30_000 })
    // Its inputs render once the server has built the row's form state.
    await expect(iban).toBeVisible({ timeout: 30_000 })
    await iban.fill('AT611904300234573202')
    await page.getByRole('button', { name: 'Speichern' }).click()
    await expect(fieldWith(page, 'bankAccounts.0.iban')).toContainText('IBAN: Prüfziffer stimmt nicht.')

    // An impossible date is refused at the field, never rolled over into another day.
    await tab(page, 'Person').click()
    const birthDate = page.locator('#field-birthDate input')
    await birthDate.click()
    await birthDate.pressSequentially('31.02.2026')
    await birthDate.press('Escape')
    await birthDate.press('Tab')
    await expect(birthDate).toHaveValue('31.02.2026')
    await page.getByRole('button', { name: 'Speichern' }).click()
    await expect(fieldWith(page, 'birthDate')).toContainText('Kein gültiges Datum (TT.MM.JJJJ).')
    await birthDate.fill('')
    await birthDate.pressSequentially('1.3.1990')
    await birthDate.press('Escape')
    await birthDate.press('Tab')
    await tab(page, 'Bankverbindungen').click()
    await page.locator('input[name="bankAccounts.0.iban"]').fill('AT611904300234573201')
    await page.getByRole('button', { name: 'Speichern' }).click()
    await expect(page).toHaveURL(/\/admin\/collections\/persons\/\d+$/)
    await tab(page, 'Person').click()
    await expect(page.locator('#field-birthDate input')).toHaveValue('01.03.1990')

    // An overlap: a vacancy stretched into the next tenant's time is refused at its move-in.
    const vacancies = await page.request.get(
      // Not one of the accounting's: their dates change only through the import.
      '/api/tenancies?where[kind][equals]=vacancy&where[moveOut][exists]=true&where[source][not_equals]=accounting&depth=0&limit=1',
      { headers: fromAdmin(page) },
    )
    const vacancy = (await vacancies.json()).docs[0]
    await page.goto(`/admin/collections/tenancies/${vacancy.id}`)
    const moveOut = page.locator('#field-moveOut input')
    await moveOut.fill('')
    await moveOut.pressSequentially('31.12.2099')
    await moveOut.press('Escape')
    await moveOut.press('Tab')
    await page.getByRole('button', { name: 'Speichern' }).click()
    await expect(fieldWith(page, 'moveIn')).toContainText('Überschneidet sich')

    expect(consoleErrors.filter((error) => !error.includes('status of 400'))).toEqual([])
  })

  test('refusals on REST carry the same field errors: accounting-owned fields, individual fields', async ({ page }) => {
    await signIn(page, 'clerk')
    const unit = await idOf(page, 'units', 'unitNumber', '1001/001')
    await expectRestFieldError(
      await page.request.patch(`/api/units/${unit}`, { data: { netArea: 99 }, headers: fromAdmin(page) }),
      'netArea',
      /Buchhaltungssystem/,
    )
    await expectRestFieldError(
      await page.request.patch(`/api/units/${unit}`, {
        data: { individualFields: { no_such_field: 'x' } },
        headers: fromAdmin(page),
      }),
      'individualFields.no_such_field',
      /Kein individuelles Feld/,
    )
  })

  test('a document uploaded and released in the drawer, an individual field filled', async ({ page }) => {
    test.setTimeout(120_000)
    const consoleErrors = watchConsole(page)
    await signIn(page, 'clerk')

    // Upload: a file, a title, the object; saved, it is a document page.
    await page.goto('/admin/collections/documents/create')
    await expect(page.locator('#field-title')).toBeEnabled()
    await page.locator('input[type="file"]').setInputFiles({
      name: 'hausordnung-2026.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Hausordnung 2026: Die Haustür ist ab 22 Uhr geschlossen zu halten.\n'),
    })
    await page.locator('#field-title').fill('Hausordnung 2026')
    await page.locator('#field-object .react-select').click()
    // The object's title is its name.
    await page.locator('#field-object .react-select input').pressSequentially('Simmering')
    await page.locator('.rs__option', { hasText: 'Simmeringer Hauptstraße' }).first().click()
    await page.getByRole('button', { name: 'Speichern' }).click()
    await expect(page).toHaveURL(/\/admin\/collections\/documents\/\d+$/)

    // Release: the one way, Payload's drawer, to the object's tenants.
    await page.getByRole('button', { name: 'Freigeben …' }).click()
    const dialog = page.getByRole('dialog', { name: /Dokument\(e\) freigeben/ })
    await expect(dialog).toBeVisible()
    await dialog.getByLabel('aktuelle Mieter:innen des Objekts').check()
    await expect(dialog.getByTestId('release-warning')).toContainText('sofort im Portal')
    await dialog.getByRole('button', { name: /Jetzt für \d+ freigeben/ }).click()
    await expect(page.getByText(/Freigaben angelegt/)).toBeVisible()
    await expect(dialog).toBeHidden()
    await page.goto('/admin/collections/documents?limit=100')
    await expectRelationsRead(page)
    await expect(page.locator('table tr', { hasText: 'Hausordnung 2026' })).toContainText('Simmeringer Hauptstraße')

    // An individual field of a unit, saved and read back.
    const unitId = await idOf(page, 'units', 'unitNumber', '1001/005')
    await page.goto(`/admin/collections/units/${unitId}`)
    await page.getByRole('button', { name: 'Indiv. Felder' }).click()
    const radon = page.getByLabel('Radonkonzentration')
    await radon.fill('142')
    await page.getByRole('button', { name: 'Speichern' }).click()
    await expect(page.getByText('erfolgreich', { exact: false }).first()).toBeVisible()
    await page.reload()
    await page.getByRole('button', { name: 'Indiv. Felder' }).click()
    await expect(page.getByLabel('Radonkonzentration')).toHaveValue('142')
    // The admin remembers the last tab per user: leave the clerk's units on the first one.
    await page.locator('.tabs-field__tab-button', { hasText: 'Stammdaten' }).click()

    expect(consoleErrors).toEqual([])
  })

  test('an import: a refused file names line, field and reason for every problem', async ({ page }) => {
    const consoleErrors = watchConsole(page)
    // Imports are the administrator's (permission 900300); the clerk reads the records they bring.
    await signIn(page, 'admin')
    await page.goto('/admin/import')
    await page.getByLabel('Exportdateien').setInputFiles(path.join(fixtures, 'bad', 'units-bad.csv'))
    await page.getByRole('button', { name: 'Importieren' }).click()
    const report = page.getByRole('region', { name: 'units-bad.csv' })
    await expect(report).toContainText('abgelehnt – nichts geschrieben', { timeout: 60_000 })
    const problems = report.locator('.import-report__problems tbody tr')
    await expect(problems.first()).toBeVisible()
    for (const problem of await problems.all()) await expect(problem.locator('td').nth(3)).not.toBeEmpty()
    expect(consoleErrors).toEqual([])
  })
})
