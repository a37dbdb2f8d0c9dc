import { PDFParse } from 'pdf-parse'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { P } from '@/constants/permissions'
import { collectRows } from '@/reports/pipeline/render'
import { produce, streamToBuffer } from '@/reports/pipeline/output'
import { vacancyList, vacancyListObject, vacancyListRefurbishment } from '@/reports/vacancy-list'
import { buildReportFixture, type ReportFixture } from '@/test/fixtures/reports/dataset'
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

async function clerkReq() {
  return createLocalReq({ user: await staffUser(payload, 'clerk') }, payload)
}

async function rowsOf(definition: typeof vacancyList | typeof vacancyListRefurbishment, parameters: unknown) {
  const req = await clerkReq()
  const params = definition.parameters.parse(parameters)
  return (await collectRows(definition.rows(req, params as never))).map((row) => [
    row.kind,
    row.objectNumber,
    row.unitNumber,
    row.start,
    row.end,
    row.reason,
  ])
}

const both = () => [fixture.objects.rp1, fixture.objects.rp2]

describe('vacancy list rows (worked out by hand from test/fixtures/reports/dataset.ts)', () => {
  it('per date 20.03.2026: A1 (vacant Jan–Mar) and A3 (vacant since 15.03.); B1 ended on 31.01.', async () => {
    expect(await rowsOf(vacancyList, { on: '2026-03-20', objects: both() })).toEqual([
      ['vacancy', 'RP-1', 'A1', '2026-01-01', '2026-03-31', 'Sanierung'],
      ['vacancy', 'RP-1', 'A3', '2026-03-15', null, 'in Vermietung'],
    ])
  })

  it('per date with terminations: A2, noticed on 10.02., takes effect on 31.05.', async () => {
    expect(await rowsOf(vacancyList, { on: '2026-03-20', objects: both(), includeTerminations: true })).toEqual([
      ['vacancy', 'RP-1', 'A1', '2026-01-01', '2026-03-31', 'Sanierung'],
      ['termination', 'RP-1', 'A2', '2020-05-01', '2026-05-31', null],
      ['vacancy', 'RP-1', 'A3', '2026-03-15', null, 'in Vermietung'],
    ])
  })

  it('range 15.01.–15.02.2026: A1 and B1 overlap it, A3 starts later; no termination takes effect in it', async () => {
    expect(
      await rowsOf(vacancyList, {
        from: '2026-01-15',
        until: '2026-02-15',
        objects: both(),
        includeTerminations: true,
      }),
    ).toEqual([
      ['vacancy', 'RP-1', 'A1', '2026-01-01', '2026-03-31', 'Sanierung'],
      ['vacancy', 'RP-2', 'B1', '2025-11-01', '2026-01-31', 'wartet auf Vergabestelle'],
    ])
  })

  it('the range ends count: a vacancy ending on the first day of the range is in it', async () => {
    expect(
      await rowsOf(vacancyList, { from: '2026-01-31', until: '2026-01-31', objects: [fixture.objects.rp2] }),
    ).toEqual([['vacancy', 'RP-2', 'B1', '2025-11-01', '2026-01-31', 'wartet auf Vergabestelle']])
  })

  it('restrictions: object type, city, holding type, allocation office, object group, function holder', async () => {
    const base = { from: '2025-01-01', until: '2026-12-31', objects: both() }
    const units = async (extra: object) => (await rowsOf(vacancyList, { ...base, ...extra })).map((row) => row[2])
    expect(await units({})).toEqual(['A1', 'A3', 'B1'])
    expect(await units({ objectTypes: ['condominium'] })).toEqual(['B1'])
    expect(await units({ city: 'wien' })).toEqual(['A1', 'A3'])
    const garage = (await payload.find({ collection: 'holding-types', where: { code: { equals: 3 } } })).docs[0].id
    expect(await units({ holdingTypes: [garage] })).toEqual(['A3'])
    expect(await units({ allocationOffices: [fixture.office] })).toEqual(['A3'])
    const vienna = (await payload.find({ collection: 'object-groups', where: { code: { equals: 'WIEN' } } })).docs[0].id
    expect(await units({ objectGroups: [vienna] })).toEqual(['A1', 'A3'])
    const reason = (await payload.find({ collection: 'vacancy-reasons', where: { code: { equals: 'VGS' } } })).docs[0]
      .id
    expect(await units({ vacancyReasons: [reason] })).toEqual(['B1'])
  })

  it('sorted by vacancy start; grouped by object', async () => {
    const sorted = await rowsOf(vacancyList, {
      from: '2025-01-01',
      until: '2026-12-31',
      objects: both(),
      sortBy: 'vacancyStart',
    })
    expect(sorted.map((row) => row[2])).toEqual(['B1', 'A1', 'A3'])
    const req = await clerkReq()
    const params = vacancyList.parameters.parse({
      from: '2025-01-01',
      until: '2026-12-31',
      objects: both(),
      groupBy: 'object',
    })
    const rows = await collectRows(vacancyList.rows(req, params))
    expect(rows.map((row) => row.groupKey)).toEqual(['RP-1 Reportgasse 1', 'RP-1 Reportgasse 1', 'RP-2 Reportweg 2'])
  })

  it('refurbishment variant: only vacancies whose reason is marked as refurbishment', async () => {
    expect(await rowsOf(vacancyListRefurbishment, { on: '2026-03-20', objects: both() })).toEqual([
      ['vacancy', 'RP-1', 'A1', '2026-01-01', '2026-03-31', 'Sanierung'],
    ])
    expect(
      await rowsOf(vacancyListRefurbishment, { from: '2026-01-15', until: '2026-02-15', objects: both() }),
    ).toEqual([['vacancy', 'RP-1', 'A1', '2026-01-01', '2026-03-31', 'Sanierung']])
  })

  it('object menu variant: one object', async () => {
    const req = await clerkReq()
    const params = vacancyListObject.parameters.parse({ on: '2026-01-20', object: fixture.objects.rp2 })
    const rows = await collectRows(vacancyListObject.rows(req, params))
    expect(rows.map((row) => row.unitNumber)).toEqual(['B1'])
  })
})

describe('vacancy list outputs', () => {
  it('CSV, byte for byte: BOM, semicolons, CRLF, German numbers and dates', async () => {
    const response = await request('POST', '/reports/vacancy-list', {
      token: clerkToken,
      body: { format: 'csv', parameters: { on: '2026-03-20', objects: both(), includeTerminations: true } },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const bytes = Buffer.from(await response.arrayBuffer())
    const expected =
      '\uFEFF' +
      [
        'Art;Objekt-Nr.;Objekt;Einheit;Top;Bestandsart;Nutzfläche m²;leer seit / Bezug;leer bis / wirksam zum;Grund;Kommentar;Vergabestelle',
        'Leerstehung;RP-1;Reportgasse 1;A1;1;Wohnung;54,30;01.01.2026;31.03.2026;Sanierung;Bad neu;',
        'Kündigung;RP-1;Reportgasse 1;A2;2;Wohnung;72,00;01.05.2020;31.05.2026;;;Vergabestelle Reportbezirk',
        'Leerstehung;RP-1;Reportgasse 1;A3;3;Garage;30,50;15.03.2026;;in Vermietung;;Vergabestelle Reportbezirk',
        '',
      ].join('\r\n')
    expect(bytes.equals(Buffer.from(expected, 'utf8'))).toBe(true)
  })

  it('CSV for allocation offices, range 15.01.–15.02.2026', async () => {
    const response = await request('POST', '/reports/vacancy-list', {
      token: clerkToken,
      body: {
        format: 'csv',
        parameters: { from: '2026-01-15', until: '2026-02-15', objects: both(), csvLayout: 'allocationOffice' },
      },
    })
    const expected =
      '\uFEFF' +
      [
        'Vergabestelle;Straße;PLZ;Ort;Top;Bestandsart;Zimmer;Kategorie;Nutzfläche m²;frei ab',
        ';Reportgasse 1;1110;Wien;1;Wohnung;2;A;54,30;01.01.2026',
        ';Reportweg 2;8010;Graz;1;Wohnung;2;;88,25;01.11.2025',
        '',
      ].join('\r\n')
    expect(Buffer.from(await response.arrayBuffer()).toString('utf8')).toBe(expected)
  })

  it('PDF: the rows as text, landscape, with the period', async () => {
    const req = await clerkReq()
    const params = vacancyList.parameters.parse({ on: '2026-03-20', objects: both(), includeTerminations: true })
    const produced = await produce(req, vacancyList, params, 'pdf')
    if (produced.format !== 'pdf') throw new Error('expected a PDF')
    const data = await streamToBuffer(produced.stream)
    expect(data.subarray(0, 5).toString()).toBe('%PDF-')
    const parser = new PDFParse({ data: new Uint8Array(data) })
    const { text } = await parser.getText()
    await parser.destroy()
    expect(text).toContain('Leerstehungsliste')
    expect(text).toContain('Stichtag 20.03.2026')
    // Cells wrap inside the landscape table; compare the words in order.
    const words = text.replace(/\s+/g, ' ')
    expect(words).toContain(
      'Leerstehung RP-1 Reportgasse 1 A1 1 Wohnung 54,30 m² 01.01.2026 31.03.2026 Sanierung – Bad neu',
    )
    expect(words).toContain(
      'Kündigung RP-1 Reportgasse 1 A2 2 Wohnung 72,00 m² 01.05.2020 31.05.2026 Vergabestelle Reportbezirk',
    )
    expect(text).toContain('3 Zeilen')
  })

  it('alternative layout: the months of the range, vacant ones marked', async () => {
    const req = await clerkReq()
    const params = vacancyList.parameters.parse({
      from: '2026-01-15',
      until: '2026-03-15',
      objects: both(),
      alternativeLayout: true,
    })
    const produced = await produce(req, vacancyList, params, 'html')
    if (produced.format !== 'html') throw new Error('expected HTML')
    const html = produced.data.toString('utf8')
    expect(html).toContain('<th class="month">01/26</th><th class="month">02/26</th><th class="month">03/26</th>')
    // A1 vacant January to March (all three); A3 from 15.03. (the range's last day counts); B1 only January.
    const cells = [...html.matchAll(/<td class="month ([a-z]*)"><\/td>/g)].map((match) => match[1] || '-')
    expect(cells).toEqual(['vacant', 'vacant', 'vacant', '-', '-', 'vacant', 'vacant', '-', '-'])
  })

  it('zero rows: an empty report that says so, not an error', async () => {
    const response = await request('POST', '/reports/vacancy-list', {
      token: clerkToken,
      body: { format: 'html', parameters: { on: '2019-01-01', objects: both() } },
    })
    expect(response.status).toBe(200)
    const html = await response.text()
    expect(html).toContain('Keine Einträge für die gewählten Einschränkungen.')
    expect(html).toContain('0 Zeilen')
    const csv = await request('POST', '/reports/vacancy-list', {
      token: clerkToken,
      body: { format: 'csv', parameters: { on: '2019-01-01', objects: both() } },
    })
    expect((await csv.text()).split('\r\n')).toHaveLength(2)
  })
})

describe('vacancy list: bad input', () => {
  it('a range whose end lies before its start: 400 naming "until"', async () => {
    const response = await rest('POST', '/reports/vacancy-list', {
      token: clerkToken,
      body: { format: 'csv', parameters: { from: '2026-03-01', until: '2026-02-01' } },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors).toEqual([
      expect.objectContaining({ path: 'until', message: 'Das Ende liegt vor dem Beginn.' }),
    ])
  })

  it('neither a day nor a range: 400', async () => {
    const response = await rest('POST', '/reports/vacancy-list', { token: clerkToken, body: { parameters: {} } })
    expect(response.status).toBe(400)
  })

  it('an unknown object: 404 naming it', async () => {
    const response = await rest('POST', '/reports/vacancy-list', {
      token: clerkToken,
      body: { parameters: { on: '2026-03-20', objects: [987654] } },
    })
    expect(response.status).toBe(404)
    expect(response.body.errors[0].message).toBe('Object 987654 does not exist or you may not see it.')
  })

  it('without 270212: 403 before the parameters are even read', async () => {
    const actor = await actorWithPermissions(payload, [
      P.objectsRead,
      P.unitsRead,
      P.tenanciesRead,
      P.vacancyListRefurbishment,
    ])
    const refused = await rest('POST', '/reports/vacancy-list', { token: actor.token, body: 'not even json' })
    expect(refused.status).toBe(403)
    const allowed = await request('POST', '/reports/vacancy-list-refurbishment', {
      token: actor.token,
      body: { format: 'csv', parameters: { on: '2026-03-20', objects: both() } },
    })
    expect(allowed.status).toBe(200)
    // The actor may not read allocation offices (50336): the column is empty, the rows are there.
    expect(await allowed.text()).toContain(
      'Leerstehung;RP-1;Reportgasse 1;A1;1;Wohnung;54,30;01.01.2026;31.03.2026;Sanierung;Bad neu;',
    )
  })

  it('with 270212 but without reading units: the bulk path refuses (same rules as the Local API)', async () => {
    const actor = await actorWithPermissions(payload, [P.objectsRead, P.tenanciesRead, P.vacancyList])
    const response = await rest('POST', '/reports/vacancy-list', {
      token: actor.token,
      body: { format: 'csv', parameters: { on: '2026-03-20' } },
    })
    expect(response.status).toBe(403)
  })

  it('portal users and anonymous requests: 403', async () => {
    expect((await rest('POST', '/reports/vacancy-list', { body: { parameters: { on: '2026-03-20' } } })).status).toBe(
      403,
    )
    expect((await rest('GET', '/reports')).status).toBe(403)
  })
})

describe('the streamed CSV equals the buffered one', () => {
  it('same bytes through produce() as through the endpoint', async () => {
    const req = await clerkReq()
    const params = vacancyList.parameters.parse({ on: '2026-03-20', objects: both() })
    const produced = await produce(req, vacancyList, params, 'csv')
    if (produced.format !== 'csv') throw new Error('expected CSV')
    const bytes = await streamToBuffer(produced.stream)
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
  })
})

describe('CSV cells are neutralised against formulas', () => {
  it('a comment starting with "=" reaches the CSV as text; German numbers stay numbers', async () => {
    await payload.update({
      collection: 'tenancies',
      id: fixture.tenancies.a3Vacancy,
      data: { vacancyComment: '=HYPERLINK("http://x")' },
    })
    try {
      const response = await request('POST', '/reports/vacancy-list', {
        token: clerkToken,
        body: { format: 'csv', parameters: { on: '2026-03-20', objects: [fixture.objects.rp1] } },
      })
      expect(await response.text()).toContain(';30,50;15.03.2026;;in Vermietung;"\'=HYPERLINK(""http://x"")";')
    } finally {
      await payload.update({ collection: 'tenancies', id: fixture.tenancies.a3Vacancy, data: { vacancyComment: null } })
    }
  })
})
