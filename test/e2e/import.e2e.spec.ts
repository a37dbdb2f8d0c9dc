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
    // German, fields by their labels, the kind by its name (issue 14).
    await expect(bad).toContainText('units-bad.csv · Einheiten · abgelehnt – nichts geschrieben')
    await expect(
      bad.getByRole('row', { name: /Nettonutzfläche \(m²\) 1,234\.56 Deutsches Zahlenformat erwartet/ }),
    ).toBeVisible()
    await expect(
      bad.getByRole('row', { name: /Leer laut Buchhaltung seit 31\.02\.2026 Diesen Tag gibt es im Kalender nicht/ }),
    ).toBeVisible()
    await expect(bad).not.toContainText('netArea')

    // The stored run reads in the language of whoever opens it: here an English admin.
    const report = page
      .getByTestId('import-runs')
      .getByRole('row')
      .filter({ hasText: 'units-bad.csv' })
      .getByRole('link', { name: /Bericht/ })
    const href = await report.first().getAttribute('href')
    await page.context().addCookies([{ name: 'payload-lng', value: 'en', url: new URL(page.url()).origin }])
    await page.goto(href!)
    const past = page.getByRole('region', { name: 'units-bad.csv' })
    await expect(past).toContainText('units-bad.csv · Units · rejected – nothing written')
    await expect(past.getByRole('row', { name: /Net usable area \(m²\) 1,234\.56 German number format/ })).toBeVisible()
    await expect(past).toContainText('No such day in the calendar.')
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
