import type { Page } from '@playwright/test'

import { expect, idOf, signIn, test } from './fixtures/admin'

/** Picks an option in one of Payload's selects (react-select), found by its field path. */
async function choose(page: Page, path: string, option: string) {
  await page.locator(`#field-${path} .react-select`).click()
  await page.locator('.rs__option', { hasText: option }).first().click()
}

test.describe('unit overview and unit detail (SPEC F-02, F-03, F-04)', () => {
  test('a clerk filters the overview, opens a unit, changes a field and sees the info grid', async ({ page }) => {
    test.setTimeout(120_000)
    await signIn(page, 'clerk')
    await expect(page.locator('html')).toHaveAttribute('lang', 'de')
    const objectId = await idOf(page, 'objects', 'number', '1001')

    await page.goto(`/admin/collections/objects/${objectId}/unit-overview`)
    const units = page.getByTestId('units-table')
    await expect(units.getByRole('link', { name: '1001/001' })).toBeVisible()
    const allActive = await units.locator('tbody tr').count()

    await choose(page, 'staircase', 'Stiege 2')
    await page.getByRole('button', { name: 'Filtern' }).click()
    await expect(units.locator('tbody tr')).toHaveCount(6)
    await expect(units.getByRole('link', { name: '1001/007' })).toBeVisible()
    await expect(units.getByRole('link', { name: '1001/001' })).toHaveCount(0)

    await page.locator('#field-staircase .clear-indicator').click()
    await page.getByLabel('auch inaktive').check()
    await page.getByRole('button', { name: 'Filtern' }).click()
    await expect(units.locator('tbody tr')).toHaveCount(allActive + 2)

    await page.getByRole('link', { name: 'Bestandnehmer' }).click()
    await expect(page.getByTestId('holders-table')).toContainText('Gruber, Anna')

    await page.getByRole('navigation', { name: 'Ansicht' }).getByRole('link', { name: 'Einheiten' }).click()
    await units.getByRole('link', { name: '1001/004' }).click()
    await expect(page).toHaveURL(/\/admin\/collections\/units\/\d+$/)

    const position = page.getByLabel('Lage', { exact: true })
    await position.fill('Hof, ruhig')
    await page.getByRole('button', { name: 'Speichern' }).click()
    await expect(page.getByText('erfolgreich', { exact: false }).first()).toBeVisible()
    await page.reload()
    await expect(page.getByLabel('Lage', { exact: true })).toHaveValue('Hof, ruhig')

    const grid = page.getByRole('region', { name: 'Verknüpfte Datensätze' })
    await expect(grid.getByTestId('info-grid-tenancies')).toContainText('1')
    await expect(grid.getByTestId('info-grid-keys')).toBeVisible()
  })

  test('without permission 195101 the edit button is disabled', async ({ page }) => {
    await signIn(page, 'accounting')
    const objectId = await idOf(page, 'objects', 'number', '1001')
    await page.goto(`/admin/collections/objects/${objectId}/unit-overview`)
    const row = page.getByTestId('units-table').locator('tbody tr').first()
    await expect(row.getByRole('button', { name: 'Bearbeiten' })).toBeDisabled()
    await expect(page.getByRole('button', { name: 'Zuweisen' })).toBeDisabled()

    await row.getByRole('link').first().click()
    await expect(page).toHaveURL(/\/admin\/collections\/units\/\d+$/)
    await expect(page.getByRole('button', { name: 'Speichern' })).toHaveCount(0)
  })
})
