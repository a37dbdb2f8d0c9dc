import { expect, test } from '@playwright/test'

import { expectAccessible, portalSignIn, watchErrors } from './fixtures/portal'

test.describe('portal roles (F-56, F-57, F-82)', () => {
  test('allocation office: dashboard shows the office, /allocation its vacancies and terminations — accessible, no console errors', async ({
    page,
  }) => {
    const errors = watchErrors(page)
    await portalSignIn(page, 'allocationOffice')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Willkommen, Gerda Vergabe')
    await expect(page.getByText('Wohnservice Wien', { exact: true })).toBeVisible()
    await expect(page.getByText('Derzeit ist Ihrem Zugang kein Mietverhältnis')).toHaveCount(0)
    await expectAccessible(page)

    await page.getByRole('link', { name: 'Kündigungen und Leerstehungen' }).click()
    await expect(page).toHaveURL(/\/allocation$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Kündigungen und Leerstehungen' })).toBeVisible()
    const vacancies = page.getByRole('region', { name: 'Leerstehungen' })
    await expect(vacancies.getByText('Einheit 5, Wohnhausanlage Simmeringer Hauptstraße')).toBeVisible()
    await expect(vacancies.getByText('Simmeringer Hauptstraße 120, 1110 Wien')).toBeVisible()
    const terminations = page.getByRole('region', { name: 'Kündigungen' })
    await expect(terminations.getByText('Einheit 7, Wohnhausanlage Simmeringer Hauptstraße')).toBeVisible()
    await expect(terminations.getByText('Wirksam zum')).toBeVisible()
    await expectAccessible(page)

    // English, and a phone-wide screen.
    await page.setViewportSize({ width: 360, height: 740 })
    await page.getByRole('button', { name: 'Sprache wechseln' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Terminations and vacancies' })).toBeVisible()
    await expectAccessible(page)
    await page.getByRole('button', { name: 'Switch language' }).click()
    expect(errors).toEqual([])
  })

  test('service provider: dashboard shows the function, /orders the object and its contacts — accessible, no console errors', async ({
    page,
  }) => {
    const errors = watchErrors(page)
    await portalSignIn(page, 'provider')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Willkommen, Installateur Huber GmbH')
    await expect(page.getByText('Dienstleister', { exact: true }).first()).toBeVisible()
    await expect(page.getByText('für Wohnhausanlage Simmeringer Hauptstraße')).toBeVisible()
    await expectAccessible(page)

    // Offered in the navigation and on the dashboard's role.
    await expect(
      page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Aufträge' }),
    ).toBeVisible()
    await page.locator('#main').getByRole('link', { name: 'Aufträge' }).click()
    await expect(page).toHaveURL(/\/orders$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Aufträge' })).toBeVisible()
    await expect(page.getByText('Simmeringer Hauptstraße 120, 1110 Wien')).toBeVisible()
    await expect(page.getByText(/beauftragt seit \d{2}\.\d{2}\.\d{4}/)).toBeVisible()
    await expectAccessible(page)
    await page.getByRole('link', { name: 'Für Sie freigegebene Dokumente' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Dokumente' })).toBeVisible()

    // The allocation page is not theirs: the same 404 as a foreign id.
    const response = await page.goto('/allocation')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Nicht gefunden' })).toBeVisible()
    errors.length = 0 // the browser logs the 404 itself
    await page.goto('/')
    expect(errors).toEqual([])
  })

  test('a tenant gets the 404 page for /allocation and /orders, and is greeted by first and last name', async ({
    page,
  }) => {
    await portalSignIn(page, 'tenant')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Willkommen, Anna Gruber')
    for (const path of ['/allocation', '/orders']) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
      await expect(page.getByRole('heading', { name: 'Nicht gefunden' })).toBeVisible()
      await expectAccessible(page)
    }
  })
})
