import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { P } from '@/constants/permissions'
import { today } from '@/globals/settings-reader'
import { env, outboxDirectory } from '@/server/env'
import { reportFilesDirectory, runFile } from '@/reports/pipeline/jobs'
import { buildReportFixture, type ReportFixture } from '@/test/fixtures/reports/dataset'
import { demo } from '@/test/helpers/demo'
import { outboxMails } from '@/test/helpers/mail'
import { actorWithPermissions, staffToken, staffUser } from '@/test/helpers/personas'
import { request, rest } from '@/test/helpers/rest'
import { testPayload } from '@/test/helpers/payload'

let payload: Payload
let fixture: ReportFixture
let clerkToken: string

beforeAll(async () => {
  payload = await testPayload()
  fixture = await buildReportFixture(payload)
  clerkToken = await staffToken('clerk')
})

afterAll(async () => {
  await payload.destroy()
})

const vacancyParameters = () => ({
  on: '2026-03-20',
  objects: [fixture.objects.rp1, fixture.objects.rp2],
  includeTerminations: true,
})

async function setReportSettings(reports: { templateFolder?: string | null; jobThreshold?: number }) {
  await payload.updateGlobal({ slug: 'settings', data: { reports } as never })
}

async function waitForRun(id: number) {
  const end = Date.now() + 60_000
  for (;;) {
    const run = await payload.findByID({ collection: 'report-runs', id, depth: 0 })
    if (run.status === 'done' || run.status === 'failed') return run
    if (Date.now() > end) throw new Error(`Run ${id} still ${run.status}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

describe('the reports list', () => {
  it('every report, grouped, allowed by its own permission code', async () => {
    const clerk = await rest('GET', '/reports', { token: clerkToken })
    expect(clerk.status).toBe(200)
    expect(clerk.body.reports.map((report: any) => [report.key, report.group, report.allowed])).toEqual([
      ['vacancy-list', 'objects', true],
      ['vacancy-list-refurbishment', 'objects', true],
      ['unit-list-all', 'objects', true],
      ['unit-status-history', 'objects', true],
      ['allocation-offices', 'objects', true],
      ['unit-function-list', 'objects', true],
      ['fixed-term-tenancies', 'persons', true],
      ['securities', 'persons', true],
      ['deposits', 'persons', true],
      ['deposit-statement', 'persons', true],
      ['financing-contribution', 'persons', true],
      ['unit-list-object', 'objectMenu', true],
      ['vacancy-list-object', 'objectMenu', true],
      ['account-statement', 'persons', true],
      ['handover-list', 'objectMenu', true],
    ])
    const actor = await actorWithPermissions(payload, [P.vacancyList])
    const narrow = await rest('GET', '/reports', { token: actor.token })
    expect(narrow.body.reports.filter((report: any) => report.allowed).map((report: any) => report.key)).toEqual([
      'vacancy-list',
    ])
    expect((await rest('POST', '/reports/unit-list-all', { token: actor.token, body: {} })).status).toBe(403)
  })

  it('the dialog is drawn from the schema: dates, choices, relations, flags', async () => {
    const { body } = await rest('GET', '/reports', { token: clerkToken })
    const form = body.reports.find((report: any) => report.key === 'vacancy-list').form
    const field = (name: string) => form.find((entry: any) => entry.name === name)
    expect(field('on')).toMatchObject({ kind: 'date', label: 'Stichtag (per)' })
    expect(field('objects')).toMatchObject({ kind: 'relations', relationTo: 'objects' })
    expect(field('objectTypes')).toMatchObject({ kind: 'multiselect' })
    expect(field('groupBy')).toMatchObject({ kind: 'select', default: 'none' })
    expect(field('groupBy').options).toContainEqual({ value: 'allocationOffice', label: 'Vergabestelle' })
    expect(field('includeTerminations')).toMatchObject({ kind: 'boolean', label: 'Kündigungen anzeigen' })
  })
})

describe('templates', () => {
  it('letterhead and company name from the settings', async () => {
    await payload.updateGlobal({
      slug: 'settings',
      data: { company: { name: 'Hausverwaltung Muster GmbH', letterhead: 'Musterplatz 1\n1010 Wien' } } as never,
    })
    const response = await request('POST', '/reports/unit-list-object', {
      token: clerkToken,
      body: { parameters: { object: fixture.objects.rp1 } },
    })
    const html = await response.text()
    expect(html).toContain('<strong>Hausverwaltung Muster GmbH</strong>')
    expect(html).toContain('Musterplatz 1\n1010 Wien')
  })

  it('a company template of the same name replaces the shipped one; a syntax error names file and line', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'hauswerk-templates-'))
    await setReportSettings({ templateFolder: folder })
    try {
      writeFileSync(
        path.join(folder, 'unit-list-object.hbs'),
        '<p>Eigene Liste: {{rows.length}} Einheiten, {{area totalArea}}</p>\n',
      )
      const own = await request('POST', '/reports/unit-list-object', {
        token: clerkToken,
        body: { parameters: { object: fixture.objects.rp1, on: '2026-04-15' } },
      })
      expect(await own.text()).toContain('<p>Eigene Liste: 3 Einheiten, 156,80 m²</p>')

      const broken = path.join(folder, 'unit-list-object.hbs')
      writeFileSync(broken, '<table>\n{{#each rows}}\n<tr><td>{{unitNumber}</td></tr>\n{{/each}}\n</table>\n')
      const refused = await rest('POST', '/reports/unit-list-object', {
        token: clerkToken,
        language: 'de',
        body: { parameters: { object: fixture.objects.rp1 } },
      })
      expect(refused.status).toBe(422)
      expect(refused.body.errors[0].message).toMatch(
        new RegExp(`^Die Vorlage „${broken}“ enthält einen Fehler in Zeile 3: `),
      )
      // CSV does not use the template and still works.
      const csv = await request('POST', '/reports/unit-list-object', {
        token: clerkToken,
        body: { format: 'csv', parameters: { object: fixture.objects.rp1 } },
      })
      expect(csv.status).toBe(200)
    } finally {
      await setReportSettings({ templateFolder: null })
    }
  })
})

describe('no Chromium', () => {
  it('PDF answers with a clear message; CSV still works', async () => {
    const before = process.env.CHROMIUM_PATH
    process.env.CHROMIUM_PATH = '/nonexistent/chromium'
    try {
      const pdf = await rest('POST', '/reports/vacancy-list', {
        token: clerkToken,
        language: 'de',
        body: { format: 'pdf', parameters: vacancyParameters() },
      })
      expect(pdf.status).toBe(503)
      expect(pdf.body.errors[0].message).toBe(
        'Das PDF kann nicht erzeugt werden, weil kein Chromium gefunden wurde (CHROMIUM_PATH points to /nonexistent/chromium, which does not exist.). Der CSV-Export steht weiterhin zur Verfügung.',
      )
      const csv = await request('POST', '/reports/vacancy-list', {
        token: clerkToken,
        body: { format: 'csv', parameters: vacancyParameters() },
      })
      expect(csv.status).toBe(200)
      // Named by its German title and the day, exactly in filename* (RFC 5987), in ASCII for the rest.
      const name = `Leerstehungsliste_${await today(payload)}.csv`
      expect(csv.headers.get('content-disposition')).toBe(`attachment; filename="${name}"; filename*=UTF-8''${name}`)
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH
      else process.env.CHROMIUM_PATH = before
    }
  })
})

describe('jobs', () => {
  it('over the row limit the report runs as a job: progress, then the same file to download, only for its owner', async () => {
    const direct = Buffer.from(
      await (
        await request('POST', '/reports/vacancy-list', {
          token: clerkToken,
          body: { format: 'csv', parameters: vacancyParameters() },
        })
      ).arrayBuffer(),
    )
    await setReportSettings({ jobThreshold: 2 })
    try {
      const queued = await rest('POST', '/reports/vacancy-list', {
        token: clerkToken,
        language: 'de',
        body: { format: 'csv', parameters: vacancyParameters() },
      })
      expect(queued.status).toBe(202)
      expect(queued.body.message).toBe('Der Bericht hat 3 Zeilen (mehr als 2) und wird im Hintergrund erstellt.')
      const run = await waitForRun(queued.body.run)
      expect(run).toMatchObject({
        status: 'done',
        rowsDone: 3,
        rowsTotal: 3,
        fileName: `Leerstehungsliste_${await today(payload)}.csv`,
      })
      const file = await request('GET', `/reports/runs/${run.id}/file`, { token: clerkToken })
      expect(file.status).toBe(200)
      expect(Buffer.from(await file.arrayBuffer()).equals(direct)).toBe(true)
      const other = await actorWithPermissions(payload, [P.vacancyList, P.objectsRead, P.unitsRead, P.tenanciesRead])
      expect((await request('GET', `/reports/runs/${run.id}/file`, { token: other.token })).status).toBe(404)
    } finally {
      await setReportSettings({ jobThreshold: 5000 })
    }
  })

  it('a run killed half-way leaves no file and no document; it shows failed and runs again to the end', async () => {
    const clerk = await staffUser(payload, 'clerk')
    const documentsBefore = (await payload.count({ collection: 'documents' })).totalDocs
    const killed = await payload.create({
      collection: 'report-runs',
      data: {
        report: 'unit-list-object',
        title: 'Einheitenliste',
        format: 'pdf',
        parameters: { object: fixture.objects.rp1, on: '2026-04-15' },
        delivery: { store: { title: 'Einheitenliste RP-1' } },
        status: 'running',
        rowsTotal: 3,
        rowsDone: 1,
        requestedBy: clerk.id,
        startedAt: new Date(Date.now() - 10 * 60_000).toISOString(),
        heartbeatAt: new Date(Date.now() - 10 * 60_000).toISOString(),
      },
    })
    mkdirSync(reportFilesDirectory(), { recursive: true })
    writeFileSync(`${runFile(killed)}.part`, '%PDF-1.7 half')
    expect((await rest('GET', `/reports/runs/${killed.id}/file`, { token: clerkToken })).status).toBe(409)
    expect((await payload.count({ collection: 'documents' })).totalDocs).toBe(documentsBefore)

    const { body: list } = await rest('GET', '/reports', { token: clerkToken })
    expect(list.reports.length).toBeGreaterThan(0)
    const rerun = await rest('POST', `/reports/runs/${killed.id}/rerun`, { token: clerkToken })
    expect(rerun.status).toBe(202)
    const done = await waitForRun(killed.id)
    expect(done.status).toBe('done')
    expect(existsSync(`${runFile(killed)}.part`)).toBe(false)
    const file = await request('GET', `/reports/runs/${killed.id}/file`, { token: clerkToken })
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
    const stored = await payload.find({ collection: 'documents', where: { title: { equals: 'Einheitenliste RP-1' } } })
    expect(stored.totalDocs).toBe(1)
    // A finished run cannot be started again.
    expect((await rest('POST', `/reports/runs/${killed.id}/rerun`, { token: clerkToken })).status).toBe(409)
  })
})

describe('store, release, e-mail', () => {
  it('"generate": the PDF in the document store, linked to the object', async () => {
    const response = await rest('POST', '/reports/unit-list-object', {
      token: clerkToken,
      body: {
        format: 'pdf',
        parameters: { object: fixture.objects.rp1 },
        deliver: { store: { title: 'Einheiten RP-1', object: fixture.objects.rp1 } },
      },
    })
    expect(response.status).toBe(201)
    const document = await payload.findByID({ collection: 'documents', id: response.body.document, depth: 0 })
    expect(document).toMatchObject({
      title: 'Einheiten RP-1',
      category: 'other',
      object: fixture.objects.rp1,
      mimeType: 'application/pdf',
    })
    expect(response.body.releases).toBeUndefined()
    // Named by title and day; stored again the same day, the name gets a counter and keeps the day.
    const name = `Einheitenliste_des_Objekts_${await today(payload)}`
    const again = await rest('POST', '/reports/unit-list-object', {
      token: clerkToken,
      body: {
        format: 'pdf',
        parameters: { object: fixture.objects.rp1 },
        deliver: { store: { title: 'Einheiten RP-1' } },
      },
    })
    const names = await Promise.all(
      [document.id, again.body.document].map(
        async (id) => (await payload.findByID({ collection: 'documents', id, depth: 0 })).filename,
      ),
    )
    for (const stored of names) expect(stored).toMatch(new RegExp(`^${name}(-\\d+)?\\.pdf$`))
    expect(new Set(names).size).toBe(2)
  })

  it('"generate and release": as many recipients as the F-22 warning announced', async () => {
    const object = await demo.object(payload, '1001')
    const preview = await rest('POST', '/document-releases/preview', {
      token: clerkToken,
      body: { audience: { object, kind: 'tenants' } },
    })
    expect(preview.status).toBe(200)
    const response = await rest('POST', '/reports/unit-list-object', {
      token: clerkToken,
      body: {
        format: 'pdf',
        parameters: { object },
        deliver: {
          store: {
            title: 'Einheitenliste für die Mieter',
            object,
            release: { audience: { object, kind: 'tenants' }, bindToTenancy: true },
          },
        },
      },
    })
    expect(response.status).toBe(201)
    expect(response.body.recipients).toBe(preview.body.recipients)
    expect(response.body.releases).toBe(preview.body.recipients)
    const releases = await payload.count({
      collection: 'document-releases',
      where: { document: { equals: response.body.document } },
    })
    expect(releases.totalDocs).toBe(preview.body.recipients)
  })

  it('e-mail with the configured transport, the PDF attached', async () => {
    const response = await rest('POST', '/reports/vacancy-list', {
      token: clerkToken,
      body: { format: 'pdf', parameters: vacancyParameters(), deliver: { email: { to: ['vergabe@example.at'] } } },
    })
    expect(response.status).toBe(201)
    expect(response.body.mailedTo).toEqual(['vergabe@example.at'])
    const mail = outboxMails(outboxDirectory(env())).find((candidate) => candidate.raw.includes('vergabe@example.at'))
    expect(mail?.subject).toBe('Leerstehungsliste Stichtag 20.03.2026')
    expect(mail?.raw).toContain(`filename=Leerstehungsliste_${await today(payload)}.pdf`)
  })

  it('a bad e-mail address: 400', async () => {
    const response = await rest('POST', '/reports/vacancy-list', {
      token: clerkToken,
      body: { format: 'pdf', parameters: vacancyParameters(), deliver: { email: { to: ['not an address'] } } },
    })
    expect(response.status).toBe(400)
  })
})
