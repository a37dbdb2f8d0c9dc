import { readFileSync } from 'node:fs'

import { expect, idOf, signIn, test } from './fixtures/admin'

/** Payload's select fields are react-select widgets: open the one with the id, pick by text. */
async function choose(page: import('@playwright/test').Page, fieldId: string, option: string) {
  await page.locator(`#${fieldId} .react-select`).click()
  await page.locator('.rs__option', { hasText: option }).first().click()
}

test.describe('individual fields (SPEC F-40)', () => {
  test('an administrator adds a choice field to units; a clerk fills it, filters by it and exports it', async ({
    browser,
  }) => {
    test.setTimeout(150_000)
    // The administrator defines "Heizungsart" for units.
    const adminContext = await browser.newContext()
    const admin = await adminContext.newPage()
    await signIn(admin, 'admin')
    await admin.goto('/admin/collections/individual-field-definitions/create')
    // The type first: the options appear once the server has evaluated the form's conditions.
    await choose(admin, 'field-type', 'Auswahl')
    await expect(admin.getByRole('button', { name: /Option hinzufügen/ })).toBeVisible({ timeout: 30_000 })
    await choose(admin, 'field-module', 'Einheiten')
    await admin.locator('#field-key').fill('heating_kind')
    await admin.locator('#field-label__de').fill('Heizungsart')
    await admin.locator('#field-label__en').fill('Heating kind')
    for (const [index, [value, label]] of [
      ['gas', 'Gas'],
      ['district', 'Fernwärme'],
    ].entries()) {
      await admin.getByRole('button', { name: /Option hinzufügen/ }).click()
      const valueInput = admin.locator(`#field-options__${index}__value`)
      // A new row renders once the server has built its form state.
      await expect(valueInput).toBeVisible({ timeout: 30_000 })
      await valueInput.fill(value)
      await admin.locator(`#field-options__${index}__label__de`).fill(label)
      await expect(admin.locator(`#field-options__${index}__label__de`)).toHaveValue(label)
      await admin.waitForTimeout(500)
    }
    await admin.getByRole('button', { name: 'Speichern' }).click()
    await expect(admin.getByText('erfolgreich', { exact: false }).first()).toBeVisible()
    await adminContext.close()

    // The clerk fills it on unit 1001/004.
    const context = await browser.newContext({ acceptDownloads: true })
    const page = await context.newPage()
    await signIn(page, 'clerk')
    const unitId = await idOf(page, 'units', 'unitNumber', '1001/004')
    await page.goto(`/admin/collections/units/${unitId}`)
    await page.getByRole('button', { name: 'Indiv. Felder' }).click()
    await expect(page.getByLabel('Radonmessung am')).toBeVisible()
    await choose(page, 'field-individual-field-heating_kind', 'Fernwärme')
    await page.getByRole('button', { name: 'Speichern' }).click()
    await expect(page.getByText('erfolgreich', { exact: false }).first()).toBeVisible()
    await page.reload()
    await page.getByRole('button', { name: 'Indiv. Felder' }).click()
    await expect(page.locator('#field-individual-field-heating_kind')).toContainText('Fernwärme')
    await expect(page.getByLabel('Radonmessung am')).toHaveValue('15.11.2024')
    // The admin remembers the last tab per user: leave the clerk's units on the first one.
    await page.locator('.tabs-field__tab-button', { hasText: 'Stammdaten' }).click()

    // … filters the unit list by it …
    await page.goto('/admin/collections/units')
    await choose(page, 'field-individual-field-filter', 'Heizungsart')
    await choose(page, 'field-individual-field-value', 'Fernwärme')
    await page.getByRole('button', { name: 'Filtern', exact: true }).click()
    await expect(page).toHaveURL(/individualFields\.heating_kind/)
    const rows = page.locator('.table tbody tr')
    await expect(rows).toHaveCount(1)
    await expect(rows.first()).toContainText('1001/004')

    // … and the field appears in the unit list's CSV export.
    await page.locator('.list-controls .popup-button, .list-header .popup-button, [aria-label="Mehr"]').first().click()
    await page.getByText('Export Einheiten').click()
    const drawer = page.locator('.drawer__content, [role="dialog"]').last()
    await drawer.locator('#field-name').fill('einheiten-heizung')
    const downloading = page.waitForEvent('download')
    await drawer.getByRole('button', { name: 'Herunterladen' }).click()
    const download = await downloading
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '')
    const [header, ...lines] = csv.trim().split('\n')
    const columns = header.split(';')
    expect(columns).toContain('individualFields_heating_kind')
    const row = lines.find((line) => line.includes('1001/004'))
    expect(row?.split(';')[columns.indexOf('individualFields_heating_kind')]).toBe('district')
    await context.close()
  })

  test('a clerk sees the definitions but cannot add a field', async ({ page }) => {
    await signIn(page, 'clerk')
    await page.goto('/admin/collections/individual-field-definitions')
    await expect(page.getByText('radon_measured_on')).toBeVisible()
    await expect(page.getByRole('link', { name: 'Neu anlegen' })).toHaveCount(0)
  })
})
