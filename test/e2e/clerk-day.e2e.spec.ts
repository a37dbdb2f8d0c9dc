import type { Page } from '@playwright/test'

import { staffPersonas } from '@/seed/personas'

import { expect, fromAdmin, idOf, signIn, test } from './fixtures/admin'

/**
 * Issue 14: a clerk's day in the German admin. Fails on any console error, on any "<Kein …>" or
 * "…" left in a relation cell, and on any refusal that does not show its reason at its field.
 */

/** Collects the page's console errors and uncaught exceptions; the test ends by expecting none. */
function watchConsole(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`))
  return errors
}

/** Relation cells of a list have all loaded (no "…") and none reads "Kein …". */
async function expectRelationsRead(page: Page) {
  const cells = page.locator('.relation-cell')
  await expect(cells.first()).toBeVisible()
  await expect(cells.filter({ hasText: '…' })).toHaveCount(0)
  await expect(page.locator('table')).not.toContainText('<Kein')
  await expect(page.locator('table')).not.toContainText('Kein ')
}

/** The message under (or at) a field of Payload's form: the field's wrapper shows it. */
function fieldWith(page: Page, path: string) {
  return page.locator(`#field-${path.replace(/\./g, '__')}`).locator(`xpath=ancestor-or-self::*[contains(concat(' ', normalize-space(@class), ' '), ' field-type ')][1]`)
}

/** Refused writes through REST carry Payload's field errors: the path and the reason in German. */
async function expectRestFieldError(
  response: Awaited<ReturnType<Page['request']['patch']>>,
  path: string,
  reason: RegExp,
) {
  const body = (await response.json()) as { errors: Array<{ data?: { errors: Array<{ path: string; message: string }> } }> }
  expect(response.status(), JSON.stringify(body)).toBe(400)
  const errors = body.errors.flatMap((error) => error.data?.errors ?? [])
  expect(errors.map((error) => error.path), JSON.stringify(body)).toContain(path)
  expect(errors.find((error) => error.path === path)?.message).toMatch(reason)
}

test.describe('a clerk’s day in the German admin (issue 14)', () => {
  test('lists, a unit, a person with a wrong IBAN, an impossible date, an overlap: every refusal at its field', async ({
    page,
  }) => {
    const consoleErrors = watchConsole(page)
    await signIn(page, 'clerk')
    await expect(page).toHaveTitle(/Hauswerk/)
    await expect(page).not.toHaveTitle(/Payload/)
    await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute('href', /^data:image\/svg\+xml/)
    await expect(page.getByRole('region', { name: /Benachrichtigungen/ })).toHaveCount(1)

    // Lists: relations arrive with the list; a vacancy has no holder but reads "Leerstehung".
    await page.goto('/admin/collections/tenancies?limit=100')
    await expectRelationsRead(page)
    await expect(page.locator('.relation-cell', { hasText: 'Leerstehung' }).first()).toBeVisible()
    await page.goto('/admin/collections/documents?limit=100')
    await expectRelationsRead(page)
    await page.goto('/admin/collections/units?limit=100')
    await expectRelationsRead(page)
    await expect(page.locator('.bool-cell', { hasText: /wahr|falsch|true|false/ })).toHaveCount(0)

    // The unit overview, then one unit edited and saved; no API tab for a clerk.
    const objectId = await idOf(page, 'objects', 'number', '1001')
    await page.goto(`/admin/collections/objects/${objectId}/unit-overview`)
    await page.getByTestId('units-table').getByRole('link', { name: '1001/004' }).click()
    await expect(page).toHaveURL(/\/admin\/collections\/units\/\d+$/)
    await expect(page.getByRole('link', { name: 'API', exact: true })).toHaveCount(0)
    await page.getByLabel('Lage', { exact: true }).fill('Straßenseitig')
    await page.getByRole('button', { name: 'Speichern' }).click()
    await expect(page.getByText('erfolgreich', { exact: false }).first()).toBeVisible()

    // A person with a wrong IBAN: the field turns red with the reason under it.
    await page.goto('/admin/collections/persons/create')
    await expect(page.getByText('Person anlegen')).toBeVisible()
    // The form's fields are disabled until its state has arrived.
    await expect(page.locator('#field-lastName')).toBeEnabled()
    await page.locator('#field-lastName').fill('Prüfziffer')
    await page.getByText('Bankverbindungen', { exact: true }).first().click()
    const iban = page.locator('input[name="bankAccounts.0.iban"]')
    await expect(async () => {
      if ((await iban.count()) === 0)
        await page.getByRole('button', { name: /Bankverbindung hinzufügen/ }).first().click({ timeout: 2000 })
      await expect(iban).toBeVisible({ timeout: 2000 })
    }).toPass({ timeout: 30_000 })
    await iban.fill('AT611904300234573202')
    await page.getByRole('button', { name: 'Speichern' }).click()
    await expect(fieldWith(page, 'bankAccounts.0.iban')).toContainText('IBAN: Prüfziffer stimmt nicht.')

    // An impossible date is refused at the field, never rolled over into another day.
    await page.getByText('Person', { exact: true }).first().click()
    const birthDate = page.locator('#field-birthDate input')
    await birthDate.click()
    await birthDate.pressSequentially('31.02.2026')
    await birthDate.press('Escape')
    await birthDate.press('Tab')
    await expect(birthDate).toHaveValue('31.02.2026')
    await page.getByRole('button', { name: 'Speichern' }).click()
    await expect(fieldWith(page, 'birthDate')).toContainText('Kein gültiges Datum (TT.MM.JJJJ).')
    await birthDate.fill('')
    await birthDate.pressSequentially('1.3.1990')
    await birthDate.press('Escape')
    await birthDate.press('Tab')
    await page.getByText('Bankverbindungen', { exact: true }).first().click()
    await page.locator('input[name="bankAccounts.0.iban"]').fill('AT611904300234573201')
    await page.getByRole('button', { name: 'Speichern' }).click()
    await expect(page).toHaveURL(/\/admin\/collections\/persons\/\d+$/)
    await page.getByText('Person', { exact: true }).first().click()
    await expect(page.locator('#field-birthDate input')).toHaveValue('01.03.1990')

    // An overlap: a vacancy stretched into the next tenant's time is refused at its move-in.
    const vacancies = await page.request.get(
      // Not one of the accounting's: their dates change only through the import.
      '/api/tenancies?where[kind][equals]=vacancy&where[moveOut][exists]=true&where[source][not_equals]=accounting&depth=0&limit=1',
      { headers: fromAdmin(page) },
    )
    const vacancy = (await vacancies.json()).docs[0]
    await page.goto(`/admin/collections/tenancies/${vacancy.id}`)
    const moveOut = page.locator('#field-moveOut input')
    await moveOut.fill('')
    await moveOut.pressSequentially('31.12.2099')
    await moveOut.press('Escape')
    await moveOut.press('Tab')
    await page.getByRole('button', { name: 'Speichern' }).click()
    await expect(fieldWith(page, 'moveIn')).toContainText('Überschneidet sich')

    expect(consoleErrors.filter((error) => !error.includes('status of 400'))).toEqual([])
  })

  test('refusals on REST carry the same field errors: accounting-owned fields, individual fields', async ({ page }) => {
    await signIn(page, 'clerk')
    const unit = await idOf(page, 'units', 'unitNumber', '1001/001')
    await expectRestFieldError(
      await page.request.patch(`/api/units/${unit}`, { data: { netArea: 99 }, headers: fromAdmin(page) }),
      'netArea',
      /Buchhaltungssystem/,
    )
    await expectRestFieldError(
      await page.request.patch(`/api/units/${unit}`, {
        data: { individualFields: { no_such_field: 'x' } },
        headers: fromAdmin(page),
      }),
      'individualFields.no_such_field',
      /Kein individuelles Feld/,
    )
  })
})

test('own account: the new password is saved with the current one, and signs in', async ({ page }) => {
  const persona = 'clerk2'
  const { email } = staffPersonas[persona]
  await signIn(page, persona)
  const change = async (from: string, to: string) => {
    await page.goto('/admin/account')
    await page.waitForLoadState('networkidle')
    await page.getByRole('button', { name: /Passwort ändern/ }).click()
    await page.locator('#field-password').fill(to)
    await page.locator('#field-confirm-password').fill(to)
    await page.locator('#field-currentPassword').fill(from)
    const patch = page.waitForResponse((response) => response.request().method() === 'PATCH')
    await page.getByRole('button', { name: 'Speichern' }).click()
    expect((await patch).status()).toBe(200)
  }
  await change('hauswerk-demo', 'ein-neues-Passwort-2026')
  const signedIn = await page.request.post('/api/users/login', {
    data: { email, password: 'ein-neues-Passwort-2026' },
    headers: fromAdmin(page),
  })
  expect(signedIn.status()).toBe(200)
  // Back to the demo password for the other tests.
  await change('ein-neues-Passwort-2026', 'hauswerk-demo')
})
