import type { Page } from '@playwright/test'

import { linkToken } from '../helpers/mail'
import { expect, signIn, test } from './fixtures/admin'
import { waitForMail } from './fixtures/outbox'
import { expectAccessible } from './fixtures/portal'

/** A 1×1 PNG, as a phone would send a photo. */
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

type ApiAnswer = { ok: boolean; status: number; json: any }

/** Hauswerk's REST API from the signed-in admin page, as the admin's own scripts call it. */
async function api(page: Page, method: string, url: string, body?: unknown): Promise<ApiAnswer> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const response = await fetch(url, {
        method,
        credentials: 'include',
        headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return { ok: response.ok, status: response.status, json: await response.json().catch(() => null) }
    },
    { method, url, body },
  )
}

async function firstId(page: Page, collection: string, where: string): Promise<number> {
  const answer = await api(page, 'GET', `/api/${collection}?${where}&depth=0&limit=1`)
  expect(answer.ok, `${collection}?${where}: ${answer.status}`).toBe(true)
  expect(answer.json.docs.length, `${collection}?${where}`).toBe(1)
  return Number(answer.json.docs[0].id)
}

/** The demo unit 1001/004: let to two ordinary tenants without portal sign-ins. */
async function demoUnit(page: Page) {
  const unit = await firstId(page, 'units', 'where[unitNumber][equals]=1001%2F004')
  const tenancies = await api(
    page,
    'GET',
    `/api/tenancies?where[unit][equals]=${unit}&where[kind][equals]=tenant&depth=0&sort=-moveIn&limit=1`,
  )
  expect(tenancies.ok).toBe(true)
  const unitDoc = await api(page, 'GET', `/api/units/${unit}?depth=0`)
  return { holder: Number(tenancies.json.docs[0].holders[0]), object: Number(unitDoc.json.object) }
}

test.describe('portal invitation and requests (issue 10: F-50, F-54)', () => {
  test('staff invite a person; the link sets a password once; the person reports damage; staff change the status; staff disable the sign-in', async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000)
    const address = `eingeladen-${Date.now()}@mail.example`
    const password = 'mein-portal-passwort'

    // Staff: a current tenant of the demo data gets an invitation address, then the invitation.
    await signIn(page, 'clerk')
    const { holder: person } = await demoUnit(page)
    const patched = await api(page, 'PATCH', `/api/persons/${person}`, { portalEmail: address })
    expect(patched.ok, JSON.stringify(patched)).toBe(true)
    await page.goto(`/admin/collections/persons/${person}`)
    const inviteButton = page.getByRole('button', { name: 'Zum Portal einladen' })
    await expect(inviteButton).toBeEnabled()
    await inviteButton.click()
    await expect(page.getByText(`Die Einladung wurde an ${address} gesendet.`)).toBeVisible()
    // Now the person has a pending sign-in: inviting again would only renew it; the object's drawer counts.
    const { link } = linkToken(await waitForMail(address, /^Ihr Zugang zum Portal/), 'invitation')
    const invitationPath = new URL(link).pathname

    // The person, in their own browser.
    const context = await browser.newContext()
    const portal = await context.newPage()
    await portal.goto(invitationPath)
    await expect(portal.getByRole('heading', { level: 1, name: 'Passwort festlegen' })).toBeVisible()
    await expectAccessible(portal)
    await portal.getByLabel('Neues Passwort', { exact: true }).fill('kurz')
    await portal.getByLabel('Neues Passwort wiederholen').fill('kurz')
    await portal.getByRole('button', { name: 'Passwort speichern' }).click()
    await expect(portal.getByText('mindestens 10 Zeichen').last()).toBeVisible()
    await portal.getByLabel('Neues Passwort', { exact: true }).fill(password)
    await portal.getByLabel('Neues Passwort wiederholen').fill(password)
    await portal.getByRole('button', { name: 'Passwort speichern' }).click()
    await expect(portal).toHaveURL(/\/$/)
    await expect(portal.getByRole('heading', { level: 1 })).toContainText('Willkommen')

    // The link works once.
    await portal.getByRole('button', { name: 'Abmelden' }).click()
    await portal.goto(invitationPath)
    await expect(portal.getByRole('heading', { level: 1, name: 'Einladung nicht mehr gültig' })).toBeVisible()
    await expect(portal.getByText('Bitten Sie Ihre Hausverwaltung um eine neue Einladung.')).toBeVisible()
    await expectAccessible(portal)

    // Forgotten password: one answer for every address.
    await portal.goto('/forgot')
    await expectAccessible(portal)
    await portal.getByLabel('E-Mail-Adresse').fill('niemand@mail.example')
    await portal.getByRole('button', { name: 'Link senden' }).click()
    await expect(portal.getByRole('status')).toContainText('Wenn zu dieser Adresse ein Portal-Zugang besteht')

    // Sign in with the new password.
    await portal.goto('/login')
    await portal.getByLabel('E-Mail-Adresse').fill(address)
    await portal.getByLabel('Passwort').fill(password)
    await portal.getByRole('button', { name: 'Anmelden' }).click()
    await expect(portal).toHaveURL(/\/$/)

    // A damage report with a photo.
    await portal.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Anliegen' }).click()
    await expect(portal.getByRole('heading', { level: 1, name: 'Ihre Anliegen' })).toBeVisible()
    await expect(portal.getByText('Sie haben noch keine Anliegen gesendet.')).toBeVisible()
    await expectAccessible(portal)
    await portal.getByRole('link', { name: 'Schaden melden' }).click()
    await expectAccessible(portal)
    const subject = `Wasserfleck im Bad ${Date.now()}`
    await portal.getByLabel('Betreff').fill(subject)
    await portal.getByLabel('Beschreibung').fill('An der Decke über der Dusche.')
    await portal.getByLabel(/^Fotos/).setInputFiles({ name: 'fleck.png', mimeType: 'image/png', buffer: png })
    await portal.getByRole('button', { name: 'Absenden' }).click()
    await expect(portal).toHaveURL(/\/requests\?sent=1$/)
    const item = portal.locator('.requests > li', { hasText: subject })
    await expect(item.locator('.status')).toContainText('neu')
    await expect(item).toContainText('1 Foto')
    await expectAccessible(portal)

    // The account page.
    await portal.goto('/account')
    await expect(portal.getByRole('heading', { level: 1, name: 'Ihr Konto' })).toBeVisible()
    await expectAccessible(portal)

    // On a 360 px phone the report form fits without sideways scrolling.
    await portal.setViewportSize({ width: 360, height: 740 })
    await portal.goto('/requests/new')
    expect(await portal.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await expectAccessible(portal)

    // Staff change the status: the person gets a mail with a link to their requests.
    const request = await firstId(page, 'requests', `where[subject][equals]=${encodeURIComponent(subject)}`)
    expect((await api(page, 'PATCH', `/api/requests/${request}`, { status: 'inProgress' })).ok).toBe(true)
    const statusMail = await waitForMail(address, /in Bearbeitung$/)
    expect(statusMail.text).toContain('/requests')
    await portal.goto('/requests')
    await expect(portal.locator('.requests > li', { hasText: subject }).locator('.status')).toContainText(
      'in Bearbeitung',
    )

    // Staff disable the sign-in: the live session ends on the next request, with a message.
    const portalUser = await firstId(page, 'portal-users', `where[email][equals]=${encodeURIComponent(address)}`)
    expect((await api(page, 'PATCH', `/api/portal-users/${portalUser}`, { disabled: true })).ok).toBe(true)
    await portal.goto('/requests')
    await expect(portal).toHaveURL(/\/login\?ended=1$/)
    await expect(portal.getByRole('status')).toContainText('Ihre Sitzung ist abgelaufen oder wurde beendet')
    await context.close()
  })

  test("staff see the preview of inviting an object's holders in a drawer", async ({ page }) => {
    await signIn(page, 'clerk')
    const { object } = await demoUnit(page)
    await page.goto(`/admin/collections/objects/${object}`)
    const preview = await api(page, 'POST', '/api/portal-users/invite', { object, preview: true })
    expect(preview.ok, JSON.stringify(preview)).toBe(true)
    await page.getByRole('button', { name: 'Bewohner:innen einladen' }).click()
    await expect(page.getByText(/^Einladung per E-Mail: \d+$/)).toBeVisible()
    await expect(page.getByText(/^Ohne E-Mail-Adresse \(keine Einladung\): \d+$/)).toBeVisible()
    await expect(page.getByText(/^Bereits mit Portal-Zugang: \d+$/)).toBeVisible()
    await expect(page.getByRole('button', { name: 'Einladungen senden' })).toBeVisible()
  })
})
