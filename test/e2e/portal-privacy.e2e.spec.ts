import { readFile } from 'node:fs/promises'

import { expect, test } from '@playwright/test'

import { expectAccessible, portalSignIn, watchErrors } from './fixtures/portal'

test.describe('portal: data protection (F-86)', () => {
  test('the owner sees who read their data, downloads their archive once, and asks for erasure', async ({ page }) => {
    test.setTimeout(120_000)
    const errors = watchErrors(page)
    await page.setViewportSize({ width: 360, height: 780 })
    await portalSignIn(page, 'owner')
    await page.getByRole('link', { name: 'Datenschutz' }).first().click()
    await expect(page.getByRole('heading', { level: 1, name: 'Datenschutz' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Wer hat Ihre Daten gelesen?' })).toBeVisible()
    await expectAccessible(page)

    await page.getByRole('button', { name: 'Archiv erstellen' }).click()
    await expect(page.getByText('Ihre Anfrage ist eingegangen.')).toBeVisible()
    // The page reloads itself (no JavaScript needed) until the job has made the archive.
    const link = page.getByRole('link', { name: 'Archiv herunterladen' })
    await expect(link).toBeVisible({ timeout: 90_000 })
    const href = await link.getAttribute('href')
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()])
    const bytes = await readFile((await download.path())!)
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')

    await page.goto(href!)
    await expect(page).toHaveURL(/\/privacy\?gone/)
    await expect(page.getByText('Dieser Link wurde schon verwendet oder ist abgelaufen.', { exact: false })).toBeVisible()

    await page.getByLabel('Nachricht an die Hausverwaltung (freiwillig)').fill('Bitte nach dem Verkauf löschen.')
    await page.getByRole('button', { name: 'Löschung beantragen' }).click()
    await expect(page.getByText('Ihr Löschersuchen liegt der Hausverwaltung vor.')).toBeVisible()
    await expect(page.getByText('in Prüfung')).toBeVisible()
    await expectAccessible(page)
    expect(errors).toEqual([])
  })
})
