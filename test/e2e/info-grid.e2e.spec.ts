import { expect, fromAdmin, idOf, signIn, test } from './fixtures/admin'

test.describe('the info grid (SPEC F-04, manual "Infogrid", table 1580)', () => {
  test('a clerk lists the keys of a unit from the grid, adds one there, and the grid counts it', async ({ page }) => {
    test.setTimeout(120_000)
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))

    await signIn(page, 'clerk')
    const unit = await idOf(page, 'units', 'unitNumber', '1001/004')
    await page.goto(`/admin/collections/units/${unit}`)
    const grid = page.getByRole('region', { name: 'Verknüpfte Datensätze' })
    const keys = grid.getByTestId('info-grid-keys')
    await expect(keys.getByRole('rowheader')).toHaveText('Schlüssel')
    await expect(keys.getByRole('link')).toHaveText('0')

    // Click 1: the list of the unit's keys.
    await keys.getByRole('link').click()
    await expect(page).toHaveURL(new RegExp(`/admin/collections/keys\\?where\\[unit\\]\\[equals\\]=${unit}`))
    await expect(page.getByRole('heading', { name: 'Schlüssel', level: 1 })).toBeVisible()
    await page.goBack()

    // Click 2: a new key, already tied to this unit.
    await keys.getByRole('button', { name: 'Schlüssel: neu anlegen' }).click()
    const drawer = page.locator('.drawer--is-open')
    await expect(drawer.locator('#field-unit')).toContainText('1001/004')
    await drawer.locator('#field-kind').fill('Wohnungstür')
    await drawer.locator('#field-number').fill('WT-4711')
    await drawer.getByRole('button', { name: 'Speichern' }).click()
    await expect(page.getByText('erfolgreich', { exact: false }).first()).toBeVisible()
    await drawer.getByRole('button', { name: 'Schließen' }).first().click()

    await expect(keys.getByRole('link')).toHaveText('1')
    await keys.getByRole('link').click()
    await expect(page.getByRole('link', { name: 'Wohnungstür' })).toBeVisible()

    expect(errors).toEqual([])
  })

  test('an administrator renames and switches off entries in table 1580, whose keys stay fixed; the tenancy’s grid follows', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))

    await signIn(page, 'admin')
    // The table as the demo has it, put back afterwards: later tests see the default grid.
    const before = await (
      await page.request.get('/api/globals/settings?depth=0', { headers: fromAdmin(page) })
    ).json()
    expect(before.personAssignmentEntries).toHaveLength(7)
    const restore = async () => {
      const response = await page.request.post('/api/globals/settings', {
        data: { personAssignmentEntries: before.personAssignmentEntries },
        headers: fromAdmin(page),
      })
      expect(response.status()).toBe(200)
    }
    try {
      const tenancy = await idOf(page, 'tenancies', 'reference', 'MV-1001/001')
      await page.goto(`/admin/collections/tenancies/${tenancy}`)
      const grid = page.getByRole('region', { name: 'Verknüpfte Datensätze' })
      await expect(grid.getByTestId('info-grid-keys').getByRole('link')).toHaveText('2')

      await page.goto('/admin/globals/settings')
      await page.locator('.tabs-field__tab-button', { hasText: 'Bestandsverhältnisse' }).click()
      const table = page.locator('#field-personAssignmentEntries')
      await expect(table.locator('#field-personAssignmentEntries__6__key')).toHaveClass(/read-only/)
      await expect(table.locator('.array-field__add-row')).toHaveCount(0)
      await table.locator('#field-personAssignmentEntries__4__label').fill('Vermerke')
      await table.locator('#field-personAssignmentEntries__6__active').uncheck()
      await page.getByRole('button', { name: 'Speichern' }).click()
      await expect(page.getByText('erfolgreich', { exact: false }).first()).toBeVisible()

      await page.goto(`/admin/collections/tenancies/${tenancy}`)
      await expect(grid.getByTestId('info-grid-notes').getByRole('rowheader')).toHaveText('Vermerke')
      await expect(grid.getByTestId('info-grid-keys')).toHaveCount(0)
    } finally {
      await restore()
    }

    expect(errors).toEqual([])
  })
})
