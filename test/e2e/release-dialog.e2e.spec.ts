import type { Page } from '@playwright/test'

import { expect, fromAdmin, idOf, signIn, test } from './fixtures/admin'

/** The document page's one way to release, in Payload's drawer (SPEC F-21, F-22; issue 14). */
async function openRelease(page: Page, title: string) {
  const documentId = await idOf(page, 'documents', 'title', title)
  await page.goto(`/admin/collections/documents/${documentId}`)
  // No retries: the button works as soon as it shows.
  await page.getByRole('button', { name: 'Freigeben …' }).click()
  const dialog = page.getByRole('dialog', { name: /Dokument\(e\) freigeben/ })
  await expect(dialog).toBeVisible()
  return { dialog, documentId }
}

test.describe('release drawer', () => {
  test('the document page offers one way to release', async ({ page }) => {
    await signIn(page, 'clerk')
    const documentId = await idOf(page, 'documents', 'title', 'Ankündigung Strangsanierung')
    await page.goto(`/admin/collections/documents/${documentId}`)
    await expect(page.getByRole('button', { name: 'Freigeben …' })).toHaveCount(1)
    // The releases list shows what was released; creating one there would skip the warning.
    await expect(page.locator('.field-type.join')).toBeVisible()
    await expect(page.locator('.field-type.join').getByText('Neuen Eintrag hinzufügen')).toHaveCount(0)
  })

  test('works with the keyboard and refuses an impossible date', async ({ page }) => {
    test.setTimeout(120_000)
    await signIn(page, 'clerk')
    const documentId = await idOf(page, 'documents', 'title', 'Ankündigung Strangsanierung')
    await page.goto(`/admin/collections/documents/${documentId}`)
    await page.getByRole('button', { name: 'Freigeben …' }).focus()
    await page.keyboard.press('Enter')
    const dialog = page.getByRole('dialog', { name: /Dokument\(e\) freigeben/ })
    await expect(dialog).toBeVisible()
    const tenants = dialog.getByLabel('aktuelle Mieter:innen des Objekts')
    await expect(tenants).toBeChecked()
    await tenants.focus()
    await expect(dialog.getByTestId('release-warning')).toContainText('sofort im Portal')
    await tenants.focus()
    await page.keyboard.press('ArrowDown')
    await expect(dialog.getByLabel('aktuelle Eigentümer:innen des Objekts')).toBeChecked()
    await page.keyboard.press('ArrowUp')
    await expect(tenants).toBeChecked()
    await expect(dialog.getByTestId('release-warning')).toContainText('sofort im Portal')

    const from = dialog.getByLabel('sichtbar ab')
    await from.focus()
    await page.keyboard.type('31.02.2026')
    // Payload's field error at the input, announced through the alert around it.
    await expect(dialog.locator('.field-error.tooltip--show')).toHaveText('Dieses Datum gibt es nicht.')
    await expect(from).toHaveAttribute('aria-invalid', 'true')
    await expect(dialog.getByRole('alert').filter({ hasText: 'Dieses Datum gibt es nicht.' })).toHaveCount(1)
    await expect(dialog.getByRole('button', { name: /Jetzt für \d+ freigeben/ })).toBeDisabled()
    await from.fill('')
    await page.keyboard.type('28.02.2026')
    await page.keyboard.press('Tab')
    await expect(dialog.getByText('Dieses Datum gibt es nicht.')).toHaveCount(0)
    await expect(from).toHaveValue('28.02.2026')
    await expect(dialog.getByRole('button', { name: /Jetzt für \d+ freigeben/ })).toBeEnabled()

    await tenants.focus()
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  })
})

test.describe('release drawer in an English browser', () => {
  test.use({ locale: 'en-US', timezoneId: 'America/New_York' })

  test('dates read and are entered as dd.MM.yyyy, and the release keeps the day', async ({ page, context }) => {
    test.setTimeout(120_000)
    // The clerk works in the German admin; only the browser is English.
    await context.addCookies([{ name: 'payload-lng', value: 'de', url: test.info().project.use.baseURL ?? '' }])
    await signIn(page, 'clerk')
    const { dialog, documentId } = await openRelease(page, 'Ansicht Simmeringer Hauptstraße')
    await expect(dialog.getByLabel('aktuelle Mieter:innen des Objekts')).toBeChecked()
    const from = dialog.getByLabel('sichtbar ab')
    await expect(from).toHaveAttribute('placeholder', 'TT.MM.JJJJ')
    await from.fill('15.03.2027')
    await from.press('Tab')
    await expect(from).toHaveValue('15.03.2027')
    const until = dialog.getByLabel('sichtbar bis')
    await until.click()
    // Picking in the calendar writes the same form.
    await page.locator('.react-datepicker__day--020:not(.react-datepicker__day--outside-month)').first().click()
    await expect(until).toHaveValue(/^20\.\d{2}\.\d{4}$/)
    await until.fill('31.12.2027')
    await until.press('Tab')

    await dialog.getByRole('button', { name: /Jetzt für \d+ freigeben/ }).click()
    await expect(page.getByText(/Freigaben angelegt/)).toBeVisible()
    await expect(dialog).toBeHidden()

    const response = await page.request.get(
      `/api/document-releases?where[document][equals]=${documentId}&depth=0&limit=100`,
      { headers: fromAdmin(page) },
    )
    const releases: Array<{ validFrom?: string; validUntil?: string }> = (await response.json()).docs
    expect(releases.length).toBeGreaterThan(0)
    for (const release of releases) {
      expect(release.validFrom?.slice(0, 10)).toBe('2027-03-15')
      expect(release.validUntil?.slice(0, 10)).toBe('2027-12-31')
    }
  })
})
