import type { Page } from '@playwright/test'

import { staffPersonas } from '@/seed/personas'

import { expect, fromAdmin, signIn, test } from './fixtures/admin'

const demoPassword = process.env.HAUSWERK_DEMO_PASSWORD ?? 'hauswerk-demo'
// A clerk (Sachbearbeitung ohne Bankdaten) no other browser test signs in as.
const clerk = 'clerk2'

/** Console errors and uncaught exceptions of the page from now on. */
function watchConsole(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`${new URL(page.url()).pathname}: ${message.text()}`)
  })
  page.on('pageerror', (error) => errors.push(`${new URL(page.url()).pathname}: ${error.message}`))
  return errors
}

/** The own account page, its form ready (Payload marks it once mounted and initialised), and its new-password fields open. */
async function openPasswordChange(page: Page) {
  await page.goto('/admin/account')
  await expect(page.locator('form[data-form-ready="true"]')).toHaveCount(1)
  await page.getByRole('button', { name: 'Passwort ändern' }).click()
  await expect(page.locator('#field-password')).toBeEditable()
}

/** The error Payload shows at a field (its tooltip inside the field's wrapper). */
const errorAt = (page: Page, input: string) =>
  page.locator('.field-type', { has: page.locator(input) }).locator('.field-error')

test.describe('own account in the admin (issue 12: the current password)', () => {
  test('a member of staff saves their account as before; the current password is asked for, masked', async ({
    page,
  }) => {
    await signIn(page, 'auditor')
    await page.goto('/admin/account')
    await page.waitForLoadState('networkidle')
    await page.locator('#field-name').fill(`${staffPersonas.auditor.name} (Prüfung)`)
    await page.getByRole('button', { name: 'Speichern' }).click()
    await expect(page.getByText('erfolgreich', { exact: false }).first()).toBeVisible()

    // The current password's field is masked; a change without it is refused on every API
    // (test/int/sign-in.int.spec.ts).
    await page.goto('/admin/account')
    await page.waitForLoadState('networkidle')
    await expect(page.locator('#field-currentPassword')).toHaveAttribute('type', 'password')
    await expect(page.locator('#field-currentPassword')).toHaveValue('')
  })
})

/**
 * Next runs behind the portal server on an internal port: its allowed origins (Payload's `csrf`)
 * must still be Hauswerk's public address, or the admin could not save anything.
 */
test('through the public port: the admin’s own origin saves with the session cookie, a foreign origin does not', async ({
  page,
  baseURL,
}) => {
  await signIn(page, 'accounting')
  const me = await (await page.request.get('/api/users/me', { headers: fromAdmin(page) })).json()
  expect(me.user?.email).toBe(staffPersonas.accounting.email)
  const patch = (origin: string, name: string) =>
    page.request.patch(`/api/users/${me.user.id}`, { data: { name }, headers: { Origin: origin } })
  expect((await patch('https://evil.example', 'Mallory')).status()).toBe(403)
  expect((await patch(baseURL!, me.user.name)).status()).toBe(200)
  const after = await (await page.request.get('/api/users/me', { headers: fromAdmin(page) })).json()
  expect(after.user.name).toBe(me.user.name)
})

test.describe('own account: a clerk changes their password in the browser (issue 14)', () => {
  test('the roles read by name, a wrong new password is refused at its field, the new one signs in', async ({
    page,
  }) => {
    test.setTimeout(180_000)
    const errors = watchConsole(page)
    const patches: number[] = []
    page.on('response', (response) => {
      if (response.request().method() === 'PATCH') patches.push(response.status())
    })
    await signIn(page, clerk)
    await openPasswordChange(page)
    // Their own role by its name (reading roles needs 900171, but one's own are no secret).
    await expect(page.locator('.field-type.relationship', { hasText: 'Rollen' })).toContainText(
      'Sachbearbeitung ohne Bankdaten',
    )
    await expect(page.locator('.field-type.relationship', { hasText: 'Rollen' })).not.toContainText('Ohne Titel')

    // Typed at once, as a password manager does: the form checks the values it holds.
    const fresh = 'ein-neues-Passwort-2026'
    await page.locator('#field-password').fill('zu-kurz')
    await page.locator('#field-confirm-password').fill('zu-kurz')
    await page.locator('#field-currentPassword').fill(demoPassword)
    await page.getByRole('button', { name: 'Speichern' }).click()
    await expect(errorAt(page, '#field-password')).toContainText('mindestens 10 Zeichen')

    await page.locator('#field-password').fill(fresh)
    await page.locator('#field-confirm-password').fill(`${fresh}!`)
    await page.getByRole('button', { name: 'Speichern' }).click()
    await expect(errorAt(page, '#field-confirm-password')).toContainText('Passwörter stimmen nicht überein')
    await expect(errorAt(page, '#field-password')).toHaveCount(0)
    expect(patches).toEqual([])

    await page.locator('#field-confirm-password').fill(fresh)
    const saved = page.waitForResponse((response) => response.request().method() === 'PATCH')
    await page.getByRole('button', { name: 'Speichern' }).click()
    expect((await saved).status()).toBe(200)
    await page.waitForLoadState('networkidle')
    expect(errors).toEqual([])

    // Signed out through the API once the account page is left: after a save the page still asks
    // the server for its form state, and a sign-out under those requests answers them 403 (and
    // Payload's own /admin/logout view, re-rendered under them, 400 "No User").
    const origin = fromAdmin(page)
    await page.goto('about:blank')
    expect((await page.request.post('/api/users/logout', { headers: origin })).status()).toBe(200)
    await page.goto('/admin/login')
    await expect(page).toHaveURL(/\/admin\/login/)
    const email = staffPersonas[clerk].email
    const refused = await page.request.post('/api/users/login', {
      data: { email, password: demoPassword },
      headers: fromAdmin(page),
    })
    expect(refused.status()).toBe(401)
    await signIn(page, clerk, fresh)

    expect(errors).toEqual([])

    // Back to the demo password for the other tests, as cleanup through the API (the browser
    // change itself is proven above).
    const me = await (await page.request.get('/api/users/me', { headers: fromAdmin(page) })).json()
    const restored = await page.request.patch(`/api/users/${me.user.id}`, {
      data: { password: demoPassword, currentPassword: fresh },
      headers: fromAdmin(page),
    })
    expect(restored.status()).toBe(200)
  })
})
