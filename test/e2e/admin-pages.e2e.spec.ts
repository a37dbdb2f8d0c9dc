import { expect, idOf, signIn, test } from './fixtures/admin'

/**
 * Issue 14: no admin page logs a console error — a hydration mismatch (React #418) shows up here
 * first, and it is why buttons did nothing for the first seconds after a page loaded.
 */
test.describe('admin pages load without console errors', () => {
  test('an administrator visits each page a clerk uses', async ({ page }) => {
    test.setTimeout(240_000)
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${new URL(page.url()).pathname}: ${message.text()}`)
    })
    page.on('pageerror', (error) => errors.push(`${new URL(page.url()).pathname}: ${error.message}`))

    await signIn(page, 'admin')
    const unit = await idOf(page, 'units', 'unitNumber', '1001/001')
    const object = await idOf(page, 'objects', 'number', '1001')
    const document = await idOf(page, 'documents', 'title', 'Ankündigung Strangsanierung')
    const pages: Array<[string, string]> = [
      ['/admin', 'aktive Einheiten'],
      ['/admin/collections/units', '1001/001'],
      [`/admin/collections/units/${unit}`, 'Stammdaten'],
      [`/admin/collections/documents/${document}`, 'Empfangsnachweis'],
      [`/admin/collections/objects/${object}/unit-overview`, '1001/001'],
      [`/admin/collections/objects/${object}/unit-overview?tab=holders`, 'Gruber, Anna'],
      ['/admin/import', 'Import aus der Buchhaltung'],
      ['/admin/collections/persons', 'natürliche Person'],
      ['/admin/collections/tenancies', 'Bestandsverhältnisse'],
      ['/admin/collections/objects', '1001'],
    ]
    for (const [path, text] of pages) {
      await page.goto(path)
      await expect(page.locator('body')).toContainText(text)
      await page.waitForLoadState('networkidle')
    }
    expect(errors).toEqual([])
  })
})
