import { staffPersonas } from '@/seed/personas'

import { expect, fromAdmin, signIn, test } from './fixtures/admin'

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
