import { expect, idOf, signIn, test } from './fixtures/admin'

test.describe('clerk: releasing a document and checking what a tenant sees (SPEC F-21, F-22, F-23, F-81)', () => {
  test('releases the house rules to the tenants of 1001 after the warning, and sees the tenant’s portal', async ({
    page,
  }) => {
    await signIn(page, 'clerk')
    const documentId = await idOf(page, 'documents', 'title', 'Ankündigung Strangsanierung')

    await page.goto(`/admin/collections/documents/${documentId}`)
    const dialog = page.getByRole('dialog', { name: /Dokument\(e\) freigeben/ })
    // The button works as soon as it shows: no click before hydration is lost.
    await page.getByRole('button', { name: 'Freigeben …' }).click()
    await expect(dialog).toBeVisible()
    await dialog.getByLabel('aktuelle Mieter:innen des Objekts').check()
    const warning = dialog.getByTestId('release-warning')
    await expect(warning).toContainText('sofort im Portal')
    await expect(warning).toContainText('3 davon haben bereits einen Portal-Zugang')
    await dialog.getByRole('button', { name: /Jetzt für \d+ freigeben/ }).click()
    await expect(page.getByText(/Freigaben angelegt/)).toBeVisible()

    // Proof of receipt on the document: nobody has opened it yet.
    await page.reload()
    const receipts = page.getByRole('region', { name: 'Empfangsnachweis' })
    await expect(receipts).toContainText('0 /')
    await expect(receipts).toContainText('noch nicht')

    // "See as" the tenant: the announcement is now in their portal, the contract never is.
    const tenant = await idOf(page, 'persons', 'portalEmail', 'tenant@demo.hauswerk.test')
    await page.goto(`/admin/collections/persons/${tenant}/portal-view`)
    await expect(page.getByRole('note')).toContainText('nur lesen')
    await page.getByRole('button', { name: 'Portal als diese Person öffnen' }).click()
    // The real portal pages, read only, with the banner.
    await expect(page).toHaveURL(/\/$/)
    await expect(page.getByRole('status')).toContainText('(nur lesen)')
    await page.goto('/documents')
    await expect(page.getByText('Ankündigung Strangsanierung')).toBeVisible()
    await expect(page.getByText('Mietvertrag Top 1')).toHaveCount(0)
    await page.goto('/contacts')
    await expect(page.getByText('Hotline', { exact: true })).toBeVisible()
    await expect(page.getByText('+43 664 123 45 67')).toHaveCount(0)
    await page.goto('/contract')
    await expect(page.getByText('AT61 **** **** **** 3201')).toBeVisible()
    // Every action refuses: the role switch, posted by hand, answers 403 and changes nothing.
    const csrf = await page.locator('input[name=csrf]').first().getAttribute('value')
    // With the page's Origin, as a browser sends it: without one the staff cookie behind "see as"
    // does not count, and the request would merely be sent to the sign-in page.
    const origin = new URL(page.url()).origin
    const switched = await page.request.post('/scope', {
      form: { csrf: csrf ?? '', scope: 'owner' },
      headers: { Origin: origin },
    })
    expect(switched.status()).toBe(403)
    // Ending the view leads back to the person in the admin.
    await page.getByRole('button', { name: 'Ansicht beenden' }).click()
    await expect(page).toHaveURL(new RegExp(`/admin/collections/persons/${tenant}/portal-view$`))
    await page.goto('/')
    await expect(page).toHaveURL(/\/login/)
  })
})
