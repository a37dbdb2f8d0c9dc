import { staffPersonas } from '@/seed/personas'

import { expect, signIn, test } from './fixtures/admin'

test.describe('own account in the admin (issue 12: the current password)', () => {
  test('a member of staff saves their account as before, and changes the password only with the current one', async ({
    page,
  }) => {
    await signIn(page, 'auditor')
    await page.goto('/admin/account')
    const name = page.locator('#field-name')
    await name.fill(`${staffPersonas.auditor.name} (Prüfung)`)
    await page.getByRole('button', { name: 'Speichern' }).click()
    await expect(page.getByText('erfolgreich', { exact: false }).first()).toBeVisible()

    const current = page.locator('#field-currentPassword')
    await expect(current).toHaveAttribute('type', 'password')
    await page.getByRole('button', { name: /Passwort ändern/ }).click()
    await page.locator('#field-password').fill('ein-neues-passwort')
    await page.locator('#field-confirm-password').fill('ein-neues-passwort')
    await page.getByRole('button', { name: 'Speichern' }).click()
    await expect(page.getByText('um es zu ändern', { exact: false }).first()).toBeVisible()

    await current.fill(process.env.HAUSWERK_DEMO_PASSWORD ?? 'hauswerk-demo')
    await page.getByRole('button', { name: 'Speichern' }).click()
    await expect(page.getByText('erfolgreich', { exact: false }).first()).toBeVisible()
  })
})
