import type { Page } from '@playwright/test'

import { securityHeaders } from '@/server/security-headers'

import { expect, idOf, signIn, test } from './fixtures/admin'

/** Issue 12: every admin page, API answer and portal page carries the headers of docs/security.md "Headers". */
test.describe('security headers (docs/security.md)', () => {
  const expected = securityHeaders({ dev: false })

  for (const path of ['/admin/login', '/api/users/me']) {
    test(`${path} sends every security header and no x-powered-by`, async ({ request }) => {
      const response = await request.get(path)
      const headers = response.headers()
      for (const { key, value } of expected) expect(headers[key.toLowerCase()], key).toBe(value)
      expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
      expect(headers['x-frame-options']).toBe('DENY')
      expect(headers['x-powered-by']).toBeUndefined()
    })
  }

  test('the portal sends the same headers, its scripts allowed only with the response nonce', async ({ request }) => {
    const headers = (await request.get('/login')).headers()
    const nonce = /'nonce-([^']+)'/.exec(headers['content-security-policy'] ?? '')?.[1]
    expect(nonce).toBeTruthy()
    for (const { key, value } of securityHeaders({ dev: false, nonce }))
      expect(headers[key.toLowerCase()], key).toBe(value)
    expect(headers['content-security-policy']).not.toContain("'unsafe-inline'")
    expect(headers['x-powered-by']).toBeUndefined()
    const again = (await request.get('/login')).headers()['content-security-policy']
    expect(again).not.toContain(nonce)
  })

  /**
   * The page's CSP violations: Chromium's console messages about the policy and the
   * `securitypolicyviolation` events, collected from before the page's first script.
   */
  async function violations(page: Page) {
    const found: string[] = []
    page.on('console', (message) => {
      if (/Content Security Policy|frame-ancestors|X-Frame-Options/i.test(message.text())) found.push(message.text())
    })
    await page.exposeFunction('reportViolation', (text: string) => found.push(text))
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        const report = (window as unknown as { reportViolation: (text: string) => void }).reportViolation
        report(`CSP: ${event.violatedDirective} blocked ${event.blockedURI}`)
      })
    })
    return found
  }

  test('the admin works under the policy: login, dashboard, lists and edit pages', async ({ page }) => {
    const problems = await violations(page)
    await signIn(page, 'clerk')
    await expect(page.getByRole('link', { name: /Personen/ }).first()).toBeVisible()

    const person = await idOf(page, 'persons', 'portalEmail', 'tenant@demo.hauswerk.test')
    await page.goto(`/admin/collections/persons/${person}`)
    await expect(page.getByRole('button', { name: 'Speichern' })).toBeVisible()
    await page.goto('/admin/collections/persons')
    await expect(page.locator('table')).toBeVisible()
    // A unit: rich text (Lexical) and the individual fields' own form.
    const unit = await idOf(page, 'units', 'unitNumber', '1001/001')
    await page.goto(`/admin/collections/units/${unit}`)
    await expect(page.getByRole('button', { name: 'Speichern' })).toBeVisible()
    // A document: an upload with its file.
    const documentId = await idOf(page, 'documents', 'title', 'Ankündigung Strangsanierung')
    await page.goto(`/admin/collections/documents/${documentId}`)
    await expect(page.getByRole('button', { name: 'Freigeben …' })).toBeVisible()

    expect(problems).toEqual([])
  })

  test('no page, not even one of Hauswerk, can put the admin in a frame', async ({ page, baseURL }) => {
    const problems = await violations(page)
    await page.goto('/admin/login')
    await page.setContent(`<iframe src="${baseURL}/admin/login"></iframe>`)
    await expect.poll(() => problems.join('\n')).toMatch(/frame-ancestors 'none'/)
    await expect(page.frameLocator('iframe').locator('input')).toHaveCount(0)
  })
})
