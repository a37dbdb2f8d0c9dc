import path from 'node:path'

import { fixtureOrder, fixtures } from '../helpers/import-fixtures'
import { expect, signIn, test } from './fixtures/admin'

test.describe('administrator', () => {
  test('uploads the export files on the import page and reads each file’s report', async ({ page }) => {
    await signIn(page, 'admin')
    await expect(page.getByRole('link', { name: 'Import aus der Buchhaltung' })).toHaveAttribute(
      'href',
      '/admin/import',
    )
    await page.goto('/admin/import')
    await expect(page.getByRole('heading', { name: 'Import aus der Buchhaltung' })).toBeVisible()
    await page
      .getByLabel('Exportdateien')
      .setInputFiles([
        ...fixtureOrder.map((name) => path.join(fixtures, name)),
        path.join(fixtures, 'bad', 'units-bad.csv'),
      ])
    await page.getByRole('button', { name: 'Importieren' }).click()
    await expect(page.getByRole('region', { name: 'tenancies.csv' })).toContainText('importiert', { timeout: 60_000 })
    await expect(page.getByRole('region', { name: 'units.csv' })).toContainText('5 neu')
    const bad = page.getByRole('region', { name: 'units-bad.csv' })
    await expect(bad).toContainText('abgelehnt – nichts geschrieben')
    await expect(bad).toContainText('German number format expected')
    await expect(bad).toContainText('no such day in the calendar')
  })
})

test.describe('clerk', () => {
  test('has no import page', async ({ page }) => {
    await signIn(page, 'clerk')
    await expect(page.getByRole('link', { name: 'Import aus der Buchhaltung' })).toHaveCount(0)
    await page.goto('/admin/import')
    await expect(page.getByText('Dafür fehlt die Berechtigung 900300.')).toBeVisible()
  })
})
