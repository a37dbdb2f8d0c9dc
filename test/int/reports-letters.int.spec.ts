import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { PDFParse } from 'pdf-parse'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { P } from '@/constants/permissions'
import { documentsDirectory } from '@/collections/documents/storage'
import { accountStatement } from '@/reports/account-statement'
import { handoverList } from '@/reports/handover-list'
import { lettersOf, type MailMergeParameters, mailMergePreview, runMailMerge } from '@/reports/mail-merge'
import { mailMergeRunResult } from '@/reports/mail-merge/job'
import type { ReportDefinition } from '@/reports/pipeline/definition'
import { effectiveStatus } from '@/reports/pipeline/jobs'
import { produce, streamToBuffer } from '@/reports/pipeline/output'
import { buildLettersFixture } from '@/test/fixtures/reports/letters'
import type { ReportFixture } from '@/test/fixtures/reports/dataset'
import { actorWithPermissions, staffToken, staffUser } from '@/test/helpers/personas'
import { request, rest } from '@/test/helpers/rest'
import { testPayload } from '@/test/helpers/payload'

let payload: Payload
let fixture: ReportFixture
let clerkToken: string

beforeAll(async () => {
  payload = await testPayload()
  fixture = await buildLettersFixture(payload)
  clerkToken = await staffToken('clerk')
})

afterAll(async () => {
  await payload.destroy()
})

async function csv(key: string, parameters: unknown) {
  const response = await request('POST', `/reports/${key}`, { token: clerkToken, body: { format: 'csv', parameters } })
  expect(response.status).toBe(200)
  return Buffer.from(await response.arrayBuffer()).toString('utf8')
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

const lines = (...rows: string[]) => `\uFEFF${[...rows, ''].join('\r\n')}`

async function pdfText<Params>(definition: ReportDefinition<Params>, parameters: unknown) {
  const req = await createLocalReq({ user: await staffUser(payload, 'clerk') }, payload)
  const produced = await produce(req, definition, definition.parameters.parse(parameters), 'pdf')
  if (produced.format !== 'pdf') throw new Error('expected a PDF')
  const data = await streamToBuffer(produced.stream)
  const parser = new PDFParse({ data: new Uint8Array(data) })
  const { text } = await parser.getText()
  await parser.destroy()
  // Chromium writes the page box uncompressed: width and height of the first page in points.
  const box = /\/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/.exec(data.toString('latin1'))!
  return { text, landscape: Number(box[1]) > Number(box[2]) }
}

describe('account statement (F-70)', () => {
  const february = () => ({ person: fixture.persons.bruno, from: '2026-02-01', until: '2026-03-31' })
  const header = 'Einheit;Datum;Buchungsart;Kategorie;Text;Vorschreibung €;Zahlung €;Saldo €'

  it('CSV byte for byte, reversals hidden: opening 50,00, closing 752,50; Anna and April stay out', async () => {
    expect(await csv('account-statement', february())).toBe(
      lines(
        header,
        'A2, Top 2;;;;Saldovortrag;;;50,00',
        'A2, Top 2;01.02.2026;Vorschreibung;Hauptmietzins;Miete Februar;650,00;;700,00',
        'A2, Top 2;03.02.2026;Vorschreibung;Betriebskosten;BK Februar;102,50;;802,50',
        'A2, Top 2;10.02.2026;Zahlung;Hauptmietzins;Zahlung;;700,00;102,50',
        'A2, Top 2;01.03.2026;Vorschreibung;Hauptmietzins;Miete März;650,00;;752,50',
      ),
    )
  })

  it('with reversals: the wrong charge and its reversal as a negative charge, same closing balance', async () => {
    expect(await csv('account-statement', { ...february(), hideReversals: false })).toBe(
      lines(
        header,
        'A2, Top 2;;;;Saldovortrag;;;50,00',
        'A2, Top 2;01.02.2026;Vorschreibung;Hauptmietzins;Miete Februar;650,00;;700,00',
        'A2, Top 2;01.02.2026;Vorschreibung;Betriebskosten;BK Februar;120,50;;820,50',
        'A2, Top 2;03.02.2026;Storno;Betriebskosten;Storno BK Februar;-120,50;;700,00',
        'A2, Top 2;03.02.2026;Vorschreibung;Betriebskosten;BK Februar;102,50;;802,50',
        'A2, Top 2;10.02.2026;Zahlung;Hauptmietzins;Zahlung;;700,00;102,50',
        'A2, Top 2;01.03.2026;Vorschreibung;Hauptmietzins;Miete März;650,00;;752,50',
      ),
    )
  })

  it('without a period: every posting from the first, no opening line, closing 1.402,50', async () => {
    const text = await csv('account-statement', { person: fixture.persons.bruno })
    const rows = text.trimEnd().split('\r\n')
    expect(rows).toHaveLength(1 + 7)
    expect(rows[1]).toBe('A2, Top 2;05.01.2026;Vorschreibung;Hauptmietzins;Miete Jänner;650,00;;650,00')
    expect(rows.at(-1)).toBe('A2, Top 2;01.04.2026;Vorschreibung;Hauptmietzins;Miete April;650,00;;1.402,50')
  })

  it('standard: a landscape list with the object and the closing balance', async () => {
    const { text, landscape } = await pdfText(accountStatement, february())
    expect(landscape).toBe(true)
    expect(text).toContain('Kontoauszug')
    expect(text).toContain('Reportgasse 1')
    expect(text).toMatch(/03\.02\.2026\s+Vorschreibung\s+Betriebskosten\s+BK Februar\s+102,50\s+802,50/)
    expect(text).toContain('752,50 €')
    expect(text).not.toContain('Storno BK Februar')
  })

  it('mailing: a letter with the address block and the greeting', async () => {
    const { text, landscape } = await pdfText(accountStatement, { ...february(), layout: 'mailing' })
    expect(landscape).toBe(false)
    expect(text).toMatch(/Herr\s+Bruno Berg\s+Briefgasse 7\/3\s+1110 Wien/)
    expect(text).toContain('Sehr geehrter Herr Berg,')
    expect(text).toContain('Mit freundlichen Grüßen')
    expect(text).toMatch(/01\.03\.2026\s+Vorschreibung\s+Hauptmietzins\s+Miete März\s+650,00\s+752,50/)
  })

  it('mailing to a tenant without an address of her own: to the flat she rents', async () => {
    const { text } = await pdfText(accountStatement, { person: fixture.persons.anna, layout: 'mailing' })
    expect(text).toMatch(/Frau\s+Anna Alt\s+Reportgasse 1\/1\s+1110 Wien/)
    expect(text).toContain('Sehr geehrte Frau Alt,')
  })

  it("another person's tenancy: 400; an unknown person: 404; end before start: 400 on until", async () => {
    const foreign = await rest('POST', '/reports/account-statement', {
      token: clerkToken,
      body: { parameters: { person: fixture.persons.bruno, tenancies: [fixture.tenancies.a1Tenant] } },
    })
    expect(foreign.status).toBe(400)
    const unknown = await rest('POST', '/reports/account-statement', {
      token: clerkToken,
      body: { parameters: { person: 987654 } },
    })
    expect(unknown.status).toBe(404)
    const backwards = await rest('POST', '/reports/account-statement', {
      token: clerkToken,
      body: { parameters: { person: fixture.persons.bruno, from: '2026-03-01', until: '2026-02-01' } },
    })
    expect(backwards.status).toBe(400)
    expect(backwards.body.errors[0].data.errors[0].path).toBe('until')
  })

  it('a user without the postings code: 403', async () => {
    const { token } = await actorWithPermissions(payload, [P.personsRead, P.tenanciesRead])
    const response = await rest('POST', '/reports/account-statement', {
      token,
      body: { parameters: { person: fixture.persons.bruno } },
    })
    expect(response.status).toBe(403)
  })
})

describe('handover list (F-69)', () => {
  const keys = () => ({
    object: fixture.objects.rp1,
    on: '2026-04-15',
    heading: 'Schlüsselübergabe Reportgasse 1',
    description: 'Bitte bestätigen Sie den Erhalt der neuen Schlüssel.',
    columnCount: '4',
    caption2: 'Name',
    caption4: 'Schlüssel erhalten am',
    rowsBefore: 1,
    rowsAfter: 2,
  })

  it('CSV byte for byte: 4 columns with their captions, holders on 15.04.2026 by top, 1 blank row before and 2 after', async () => {
    expect(await csv('handover-list', keys())).toBe(
      lines(
        'Top;Name;Unterschrift;Schlüssel erhalten am',
        ';;;',
        '1;Alt, Anna;;',
        '2;Berg, Bruno;;',
        '4;Cerny, Carla;;',
        ';;;',
        ';;;',
      ),
    )
  })

  it('3 columns with chosen contents, sorted by holder; on 15.01.2026 Anna has not moved in yet', async () => {
    expect(
      await csv('handover-list', {
        object: fixture.objects.rp1,
        on: '2026-01-15',
        columnCount: '3',
        caption1: 'Einheit',
        content1: 'unitNumber',
        caption3: 'seit',
        content3: 'moveIn',
        sortBy: 'holders',
      }),
    ).toBe(lines('Einheit;Bestandnehmer;seit', 'A2;Berg, Bruno;01.05.2020', 'A4;Cerny, Carla;01.03.2024'))
  })

  it('PDF: heading, description, object, captions and the holders', async () => {
    const { text } = await pdfText(handoverList, keys())
    expect(text).toContain('Schlüsselübergabe Reportgasse 1')
    expect(text).toContain('Bitte bestätigen Sie den Erhalt der neuen Schlüssel.')
    expect(text).toContain('RP-1 Reportgasse 1, Reportgasse 1, 1110 Wien')
    expect(text).toMatch(/Top\s+Name\s+Unterschrift\s+Schlüssel erhalten am/)
    expect(text).toMatch(/2\s+Berg, Bruno/)
  })

  it('2 or 6 columns are refused; an unknown object is 404', async () => {
    for (const columnCount of ['2', '6']) {
      const response = await rest('POST', '/reports/handover-list', {
        token: clerkToken,
        body: { parameters: { object: fixture.objects.rp1, columnCount } },
      })
      expect(response.status).toBe(400)
    }
    const unknown = await rest('POST', '/reports/handover-list', {
      token: clerkToken,
      body: { parameters: { object: 987654 } },
    })
    expect(unknown.status).toBe(404)
  })
})

describe('mail merge letters (F-71)', () => {
  const letter = (extra: Partial<MailMergeParameters> & Pick<MailMergeParameters, 'dataSet'>): MailMergeParameters => ({
    objects: [fixture.objects.rp1],
    functionTypes: [],
    on: '2026-04-15',
    subject: 'Erneuerung der Schließanlage',
    text: 'am 20.04.2026 werden die Schlösser getauscht.\n\nBitte holen Sie Ihre neuen Schlüssel ab.',
    release: false,
    ...extra,
  })

  async function textOf(documentId: number) {
    const document = await payload.findByID({ collection: 'documents', id: documentId, depth: 0 })
    const parser = new PDFParse({
      data: new Uint8Array(await readFile(path.join(documentsDirectory(), document.filename!))),
    })
    const { text } = await parser.getText()
    await parser.destroy()
    return { document, text }
  }

  it("holders: a letter each, stored and released to them; Bruno's at his own address, Anna's and Carla's at their flats", async () => {
    const req = await createLocalReq({ user: await staffUser(payload, 'clerk') }, payload)
    const params = letter({ dataSet: 'holders', release: true })
    expect(await mailMergePreview(req, params)).toEqual({
      letters: 3,
      recipients: 3,
      invited: 0,
      withoutAddress: [],
    })
    const result = await runMailMerge(req, params)
    expect(result).toMatchObject({ letters: 3, releases: 3, withoutAddress: [] })
    const [anna, bruno, carla] = await Promise.all(result.documents.map(textOf))
    expect(anna.document).toMatchObject({
      category: 'letter',
      unit: fixture.units.a1,
      tenancy: fixture.tenancies.a1Tenant,
    })
    expect(anna.text).toMatch(/Frau\s+Anna Alt\s+Reportgasse 1\/1\s+1110 Wien/)
    expect(anna.text).toContain('Sehr geehrte Frau Alt,')
    expect(bruno.text).toMatch(/Herr\s+Bruno Berg\s+Briefgasse 7\/3\s+1110 Wien/)
    expect(bruno.text).toContain('Sehr geehrter Herr Berg,')
    expect(carla.text).toMatch(/Carla Cerny\s+Reportgasse 1\/4\s+1110 Wien/)
    expect(bruno.text).toContain('Reportgasse 1, Einheit A2, Top 2 (Bestandnehmer seit 01.05.2020)')
    expect(bruno.text).toContain('Bitte holen Sie Ihre neuen Schlüssel ab.')
    const releases = await payload.find({
      collection: 'document-releases',
      where: { document: { in: result.documents } },
      depth: 0,
      sort: 'id',
    })
    expect(releases.docs.map((release) => [release.document, release.person])).toEqual([
      [result.documents[0], fixture.persons.anna],
      [result.documents[1], fixture.persons.bruno],
      [result.documents[2], fixture.persons.carla],
    ])
  })

  it('functions: only the chosen function type; holders without an address of their own are listed, not written to', async () => {
    const req = await createLocalReq({ user: await staffUser(payload, 'clerk') }, payload)
    const tenant = (await payload.find({ collection: 'function-types', where: { code: { equals: 30 } } })).docs[0].id
    const result = await runMailMerge(req, letter({ dataSet: 'functions', functionTypes: [tenant] }))
    expect(result).toMatchObject({ letters: 1, releases: 0, withoutAddress: ['Alt, Anna', 'Cerny, Carla'] })
    const { text } = await textOf(result.documents[0])
    expect(text).toMatch(/Briefgasse 7\/3/)
    expect(text).toMatch(/Reportgasse 1, Einheit A2, Top 2 – \S+ seit 01\.05\.2020/)
    const released = await payload.count({
      collection: 'document-releases',
      where: { document: { in: result.documents } },
    })
    expect(released.totalDocs).toBe(0)
  })

  it('a user without the document code: 403; with it but without the release code, releasing is 403', async () => {
    const { user } = await actorWithPermissions(payload, [P.objectsRead, P.unitsRead, P.tenanciesRead, P.personsRead])
    const req = await createLocalReq({ user: user as never }, payload)
    await expect(runMailMerge(req, letter({ dataSet: 'units' }))).rejects.toMatchObject({ status: 403 })
    const { user: writer } = await actorWithPermissions(payload, [P.objectsRead, P.documentsCreate])
    const writerReq = await createLocalReq({ user: writer as never }, payload)
    await expect(runMailMerge(writerReq, letter({ dataSet: 'units', release: true }))).rejects.toMatchObject({
      status: 403,
    })
  })

  it('over HTTP: the preview counts, the run answers 201; no objects is a 400', async () => {
    const parameters = { ...letter({ dataSet: 'units' }) }
    const preview = await rest('POST', '/letters/mail-merge', {
      token: clerkToken,
      body: { parameters, preview: true },
    })
    expect(preview.status).toBe(200)
    expect(preview.body).toEqual({ letters: 3, recipients: 3, invited: 0, withoutAddress: [] })
    const run = await rest('POST', '/letters/mail-merge', { token: clerkToken, body: { parameters } })
    expect(run.status).toBe(201)
    expect(run.body).toMatchObject({ letters: 3, releases: 0, withoutAddress: [] })
    const empty = await rest('POST', '/letters/mail-merge', {
      token: clerkToken,
      body: { parameters: { ...parameters, objects: [] } },
    })
    expect(empty.status).toBe(400)
  })

  it('in the background: a run with progress letter by letter, the letters stored and released', async () => {
    const parameters = letter({ dataSet: 'holders', release: true, subject: 'Im Hintergrund' })
    // Every write of the run, as the admin's polling would see it committed.
    const seen: number[] = []
    const hooks = payload.collections['report-runs'].config.hooks
    const watch = ({ doc }: { doc: { rowsDone?: number | null } }) => {
      seen.push(doc.rowsDone ?? 0)
      return doc
    }
    hooks.afterChange = [...(hooks.afterChange ?? []), watch as never]
    try {
      const queued = await rest('POST', '/letters/mail-merge', {
        token: clerkToken,
        body: { parameters, background: true },
      })
      expect(queued.status).toBe(202)
      expect(queued.body.letters).toBe(3)
      const run = await waitForRun(queued.body.run)
      expect(run).toMatchObject({ status: 'done', report: 'mail-merge', rowsTotal: 3, rowsDone: 3 })
      expect([...new Set(seen)]).toEqual([0, 1, 2, 3])
      const result = mailMergeRunResult(run.result)
      expect(result).toMatchObject({ releases: 3, withoutAddress: [] })
      const documents = await payload.find({
        collection: 'documents',
        where: { id: { in: Object.values(result.stored) } },
        depth: 0,
      })
      expect(documents.docs.map((document) => document.title).sort()).toEqual([
        'Im Hintergrund – A1 – Alt, Anna',
        'Im Hintergrund – A2 – Berg, Bruno',
        'Im Hintergrund – A4 – Cerny, Carla',
      ])
    } finally {
      hooks.afterChange = hooks.afterChange.filter((hook) => hook !== (watch as never))
    }
  })

  it('killed after its first letter: shows failed; the rerun stores only the missing letter, none twice', async () => {
    const clerk = await staffUser(payload, 'clerk')
    const req = await createLocalReq({ user: clerk }, payload)
    const params = letter({ dataSet: 'holders', subject: 'Abgebrochen' })
    const [first, ...others] = (await lettersOf(req, params)).filter((entry) => entry.address.complete)
    expect(others).toHaveLength(2)
    // What the killed attempt left: its first letter, committed with the run's progress.
    const before = await runMailMerge(req, params, { skip: new Set(others.map((entry) => entry.key)) })
    expect(before.letters).toBe(1)
    const stale = new Date(Date.now() - 10 * 60_000).toISOString()
    const killed = await payload.create({
      collection: 'report-runs',
      data: {
        report: 'mail-merge',
        title: 'Serienbrief: Abgebrochen',
        format: 'pdf',
        parameters: params,
        status: 'running',
        rowsTotal: 3,
        rowsDone: 1,
        result: { stored: { [first.key]: before.documents[0] }, releases: 0 },
        requestedBy: clerk.id,
        startedAt: stale,
        heartbeatAt: stale,
      },
    })
    expect(effectiveStatus(killed as never)).toBe('failed')

    const rerun = await rest('POST', `/reports/runs/${killed.id}/rerun`, { token: clerkToken })
    expect(rerun.status).toBe(202)
    const done = await waitForRun(killed.id)
    expect(done).toMatchObject({ status: 'done', rowsDone: 3, rowsTotal: 3 })
    const { stored } = mailMergeRunResult(done.result)
    expect(stored[first.key]).toBe(before.documents[0])
    expect(Object.keys(stored).sort()).toEqual([first, ...others].map((entry) => entry.key).sort())
    const letters = await payload.find({ collection: 'documents', where: { title: { like: 'Abgebrochen' } }, depth: 0 })
    expect(letters.docs.map((document) => document.id).sort()).toEqual(Object.values(stored).sort())
    // A finished run cannot be started again.
    expect((await rest('POST', `/reports/runs/${killed.id}/rerun`, { token: clerkToken })).status).toBe(409)
  })
})

describe('the unit\'s "Berichte" button (table 1700)', () => {
  it('lists the configured entries; securities has no report on this branch and cannot run', async () => {
    const response = await rest('GET', `/unit-reports/${fixture.units.a2}`, { token: clerkToken })
    expect(response.status).toBe(200)
    expect(response.body.entries.map((entry: any) => [entry.key, entry.allowed, entry.needsTenancy])).toEqual([
      ['vacancyList', true, false],
      ['unitList', true, false],
      ['statusHistory', true, true],
      ['functionList', true, false],
      ['handoverList', true, false],
      ['securities', false, false],
    ])
    expect(response.body.tenancies.map((tenancy: any) => tenancy.id)).toEqual([fixture.tenancies.a2Tenant])
  })

  it('the status history runs for the chosen tenancy without a dialog; without a tenancy it asks for one', async () => {
    const missing = await rest('POST', `/unit-reports/${fixture.units.a2}/statusHistory`, {
      token: clerkToken,
      body: {},
    })
    expect(missing.status).toBe(400)
    const response = await request('POST', `/unit-reports/${fixture.units.a2}/statusHistory`, {
      token: clerkToken,
      body: { tenancy: fixture.tenancies.a2Tenant, format: 'html' },
    })
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('Einzug')
    expect(html).toContain('01.05.2020')
    expect(html).toContain('wirksam zum 31.05.2026')
  })

  it("the handover list of the unit's object as PDF; an entry without a report is 404", async () => {
    const response = await request('POST', `/unit-reports/${fixture.units.a2}/handoverList`, {
      token: clerkToken,
      body: {},
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    const none = await rest('POST', `/unit-reports/${fixture.units.a2}/securities`, { token: clerkToken, body: {} })
    expect(none.status).toBe(404)
  })
})
