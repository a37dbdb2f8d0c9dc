import { readFile } from 'node:fs/promises'

import type { Download, Page } from '@playwright/test'

import { parameterForm, type FormField } from '@/reports/pipeline/parameter-form'
import { allReports } from '@/reports/pipeline/registry'
import { portalPersonas } from '@/seed/personas'

import { expect, fromAdmin, idOf, signIn, test } from './fixtures/admin'
import { watchErrors } from './fixtures/portal'

/**
 * Console errors of the page, less the one Playwright itself causes: it runs its helpers in every
 * frame, and the preview's frame is sandboxed without scripts on purpose (microsoft/playwright#33343).
 */
function productErrors(errors: string[]): string[] {
  return errors.filter(
    (error) => !/^Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/.test(error),
  )
}

/** A day as the clerk types it (dd.MM.yyyy), in the company's time zone. */
function typed(day: Date): string {
  const parts = new Intl.DateTimeFormat('de-AT', {
    timeZone: 'Europe/Vienna',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).formatToParts(day)
  const part = (type: string) => parts.find((entry) => entry.type === type)!.value
  return `${part('day')}.${part('month')}.${part('year')}`
}

const today = typed(new Date())
// The demo's tenancies, vacancies and postings lie in the last few years.
const yearsAgo = typed(new Date(new Date().getFullYear() - 3, 0, 1))

/** The input of a parameter (admin/reports/reports-panel.tsx gives each the id `report-<name>`). */
function inputOf(page: Page, field: FormField) {
  return page.locator(`#report-${field.name}`)
}

async function typeDay(page: Page, field: FormField, value: string) {
  const input = inputOf(page, field)
  await input.fill(value)
  await input.press('Tab')
  // Tab may land in the next day field, whose calendar would then cover the inputs below it.
  await page.keyboard.press('Escape')
  await expect(input).toHaveValue(value)
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Which option a required relation gets: object 1001, the tenancy of Top 1 there (with the demo's
 * deposit), its tenant; any other the first option.
 */
type Choices = Partial<Record<string, RegExp | string>>

/** Fills what the report's dialog requires with demo values. */
async function fillRequired(page: Page, form: FormField[], choices: Choices) {
  for (const field of form) {
    // The vacancy lists need a per-date or a range (superRefine): the per-date is today.
    if (field.kind === 'date' && field.name === 'on' && field.label === 'Stichtag (per)') {
      await typeDay(page, field, today)
      continue
    }
    if (!field.required) continue
    switch (field.kind) {
      case 'date':
        await typeDay(page, field, field.name === 'until' ? today : yearsAgo)
        break
      case 'relation':
      case 'relations':
      case 'select':
      case 'multiselect': {
        await inputOf(page, field).click()
        const choice = field.relationTo ? choices[field.relationTo] : undefined
        const option = choice
          ? page.getByRole('option', { name: choice, exact: true })
          : page.getByRole('option').first()
        await option.click()
        break
      }
      case 'number':
        await page.getByLabel(field.label).fill('1')
        break
      case 'boolean':
        break
      default:
        await page.getByLabel(field.label).fill('Demo')
    }
  }
}

async function bytesOf(download: Download): Promise<Buffer> {
  return readFile((await download.path())!)
}

test('every report of the reports list: preview, PDF and CSV as the demo clerk (issue 11, SPEC F-60 to F-72)', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const errors = watchErrors(page)
  await signIn(page, 'clerk')
  const tenant = await page.request.get(
    `/api/persons/${await idOf(page, 'persons', 'portalEmail', portalPersonas.tenant)}?depth=0`,
    { headers: fromAdmin(page) },
  )
  const choices: Choices = {
    objects: /^1001 /,
    tenancies: 'MV-1001/001',
    persons: new RegExp(`(^| )${escaped((await tenant.json()).displayName)}$`),
  }
  await page.goto('/admin/reports')
  await expect(page.getByRole('heading', { level: 1, name: 'Berichte' })).toBeVisible()

  const list = page.getByRole('navigation', { name: 'Berichte' })
  const entries = list.getByRole('button')
  await expect(entries.first()).toBeVisible()
  const titles = (await entries.allTextContents()).map((title) => title.trim())
  // Every report of the registry is listed (and a report added there is then run below).
  expect(titles.length).toBeGreaterThanOrEqual(allReports.length)
  expect(titles).toEqual(expect.arrayContaining(allReports.map((definition) => definition.title.de)))

  const toastErrors = page.locator('.toast-error')
  const covered: string[] = []
  for (const title of titles) {
    await test.step(title, async () => {
      const entry = list.getByRole('button', { name: title, exact: true })
      // The clerk holds every report code (seed/roles.ts): nothing is disabled for her.
      await expect(entry).toBeEnabled()
      await entry.click()
      await expect(page.getByRole('heading', { level: 2, name: title, exact: true })).toBeVisible()

      const definition = allReports.find((report) => report.title.de === title)
      if (!definition) {
        // The mail merge is listed among the reports but produces letters per recipient
        // (reports.e2e.spec.ts): it offers counting the recipients, not preview, PDF or CSV.
        await expect(page.getByRole('button', { name: 'Empfänger:innen ermitteln' })).toBeVisible()
        await expect(page.getByRole('button', { name: 'Vorschau' })).toHaveCount(0)
        await expect(page.getByRole('button', { name: 'PDF herunterladen' })).toHaveCount(0)
        await expect(page.getByRole('button', { name: 'CSV herunterladen' })).toHaveCount(0)
        covered.push(`${title} (letters)`)
        return
      }

      await fillRequired(page, parameterForm(definition.parameters), choices)
      await page.getByRole('button', { name: 'Vorschau' }).click()
      const preview = page.frameLocator(`iframe[title="Vorschau: ${title}"]`)
      await expect(preview.locator('h1')).toHaveText(title)
      await expect(preview.locator('tbody tr, p.empty').first()).toBeVisible()
      await expect(toastErrors).toHaveCount(0)

      const [pdf] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'PDF herunterladen' }).click(),
      ])
      const pdfBytes = await bytesOf(pdf)
      expect(pdfBytes.subarray(0, 5).toString('latin1'), `${title}: PDF`).toBe('%PDF-')
      expect(pdfBytes.length, `${title}: PDF size`).toBeGreaterThan(1024)

      const [csv] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'CSV herunterladen' }).click(),
      ])
      const csvBytes = await bytesOf(csv)
      expect([...csvBytes.subarray(0, 3)], `${title}: CSV BOM`).toEqual([0xef, 0xbb, 0xbf])
      const header = csvBytes.subarray(3).toString('utf8').split(/\r?\n/)[0]
      expect(header, `${title}: CSV header`).toContain(';')
      await expect(toastErrors).toHaveCount(0)
      expect(productErrors(errors), `${title}: console`).toEqual([])
      covered.push(title)
    })
  }
  expect(covered.length).toBe(titles.length)
  expect(productErrors(errors)).toEqual([])
})
