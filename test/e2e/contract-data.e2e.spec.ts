import { expect, fromAdmin, idOf, signIn, test } from './fixtures/admin'

/**
 * The "Mietvertragsdaten" button of a tenancy (manual, global variable 780): a clerk opens the
 * contract data in a drawer; switched off in the settings, the button is gone and the data is
 * refused. No console error on the way.
 */
test.describe('contract data button on a tenancy (manual, global variable 780)', () => {
  test('a clerk opens the contract data; switched off, the button is gone', async ({ page, browser }) => {
    test.setTimeout(120_000)
    const errors: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${new URL(page.url()).pathname}: ${message.text()}`)
    })
    page.on('pageerror', (error) => errors.push(`${new URL(page.url()).pathname}: ${error.message}`))

    await signIn(page, 'clerk')
    const tenancy = await idOf(page, 'tenancies', 'reference', 'MV-1001/001')
    const tenancyPage = `/admin/collections/tenancies/${tenancy}`
    await page.goto(tenancyPage)
    const button = page.getByRole('button', { name: 'Mietvertragsdaten' })
    await button.click()
    const data = page.getByTestId('contract-data')
    await expect(data).toBeVisible()
    await expect(data).toContainText('MV-1001/001')
    await expect(data).toContainText('1001/001')
    await expect(data).toContainText('Gruber, Anna')
    await expect(data).toContainText('01.04.2019')
    await expect(data).toContainText('Kategorie A')
    await expect(data).toContainText('1.837,20 € (eingezahlt am 20.03.2019)')
    await expect(data).toContainText('unbefristet')
    await expect(data.getByTestId('contract-data-payments')).toContainText('612,40 €')
    await expect(data.getByTestId('contract-data-payments')).toContainText('angekündigt')
    await expect(data).toContainText('AT61 1904 3002 3457 3201')
    await page.keyboard.press('Escape')
    await expect(data).toBeHidden()

    // The same button on the tenancy's row in the unit overview (tab "Bestandnehmer").
    const object = await idOf(page, 'objects', 'number', '1001')
    const holdersTab = `/admin/collections/objects/${object}/unit-overview?tab=holders`
    await page.goto(holdersTab)
    const row = page
      .getByTestId('holders-table')
      .locator('tbody tr')
      .filter({ has: page.getByRole('link', { name: '1001/001', exact: true }) })
    await row.getByRole('button', { name: 'Mietvertragsdaten' }).click()
    await expect(page.getByTestId('contract-data')).toContainText('MV-1001/001')
    await page.keyboard.press('Escape')
    await expect(page.getByTestId('contract-data')).toBeHidden()

    // The administrator switches the button off in the settings.
    const adminContext = await browser.newContext()
    const admin = await adminContext.newPage()
    await signIn(admin, 'admin')
    const off = await admin.request.post('/api/globals/settings', {
      headers: fromAdmin(admin),
      data: { staffContractDataButton: false },
    })
    expect(off.ok()).toBeTruthy()
    try {
      await page.goto(tenancyPage)
      await expect(page.getByRole('button', { name: 'Speichern' })).toBeVisible()
      await expect(page.getByRole('button', { name: 'Mietvertragsdaten' })).toHaveCount(0)
      await page.goto(holdersTab)
      await expect(page.getByTestId('holders-table')).toContainText('Gruber, Anna')
      await expect(page.getByRole('button', { name: 'Mietvertragsdaten' })).toHaveCount(0)
      const refused = await page.request.get(`/api/tenancies/${tenancy}/contract-data`, {
        headers: { ...fromAdmin(page), 'Accept-Language': 'de' },
      })
      expect(refused.status()).toBe(403)
      expect((await refused.json()).errors[0].message).toContain('ist in den Einstellungen ausgeschaltet')
    } finally {
      await admin.request.post('/api/globals/settings', {
        headers: fromAdmin(admin),
        data: { staffContractDataButton: true },
      })
      await adminContext.close()
    }
    expect(errors).toEqual([])
  })
})
