import { expect, idOf, signIn, test } from './fixtures/admin'

test.describe('deposit payout and financing contribution on the tenancy (SPEC F-85, § 17 WGG)', () => {
  test('a clerk sees what the deposit pays out today and what the contribution repays', async ({ page }) => {
    await signIn(page, 'clerk')
    const tenancyId = await idOf(page, 'tenancies', 'reference', 'MV-1001/001')
    await page.goto(`/admin/collections/tenancies/${tenancyId}`)
    await page.locator('.tabs-field__tab-button', { hasText: 'Sicherheiten' }).click()

    // Paid in 1.837,20 € on 20.03.2019; with the demo's rates it pays out 1.968,32 € on 30.11.2026.
    const payout = page.getByTestId('deposit-payout')
    await expect(payout).toContainText('Auszahlungsbetrag (mit Zinsen)')
    await expect(payout).toContainText(/heute \(\d{2}\.\d{2}\.\d{4}\): \d\.\d{3},\d\d €/)
    await expect(payout).toContainText('eingezahlt 1.837,20 €')

    // The object was first occupied on 01.11.2003: the write-down counts from there, not from 2019.
    const repayment = page.getByTestId('financing-repayment')
    await expect(repayment).toContainText('Rückzahlung bei Auszug (bei Auszug heute)')
    await expect(repayment).toContainText(/\d+ % abgeschrieben \(volle Jahre seit 01\.11\.2003\)/)
  })
})
