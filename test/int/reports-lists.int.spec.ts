import { PDFParse } from 'pdf-parse'
import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { allocationOffices } from '@/reports/allocation-offices'
import { fixedTermTenancies } from '@/reports/fixed-term-tenancies'
import type { ReportDefinition } from '@/reports/pipeline/definition'
import { produce, streamToBuffer } from '@/reports/pipeline/output'
import { collectRows } from '@/reports/pipeline/render'
import { unitFunctionList } from '@/reports/unit-function-list'
import { unitListAll } from '@/reports/unit-list-all'
import { unitListObject } from '@/reports/unit-list-object'
import { unitStatusHistory } from '@/reports/unit-status-history'
import { buildReportFixture, type ReportFixture } from '@/test/fixtures/reports/dataset'
import { staffToken, staffUser } from '@/test/helpers/personas'
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

async function rowsAs<Row>(
  persona: 'clerk' | 'admin',
  definition: ReportDefinition<unknown, Row>,
  parameters: unknown,
) {
  const req = await createLocalReq({ user: await staffUser(payload, persona) }, payload)
  return collectRows(definition.rows(req, definition.parameters.parse(parameters)))
}

async function csv(key: string, parameters: unknown) {
  const response = await request('POST', `/reports/${key}`, { token: clerkToken, body: { format: 'csv', parameters } })
  expect(response.status).toBe(200)
  return Buffer.from(await response.arrayBuffer())
}

const lines = (...rows: string[]) => Buffer.from(`\uFEFF${[...rows, ''].join('\r\n')}`, 'utf8')
const both = () => [fixture.objects.rp1, fixture.objects.rp2]

describe('unit list of all objects (F-61)', () => {
  it('CSV byte for byte on 15.04.2026, only active tenancies; the clerk may not read users, so no manager', async () => {
    const bytes = await csv('unit-list-all', { objects: both(), on: '2026-04-15' })
    expect(bytes.toString('utf8')).toBe(
      lines(
        'Objekt-Nr.;Objekt;Einheit;Top;Bestandsart;Typus;Bestandnehmer;Bezug;Auszug;Nutzfläche m²;Hausverwalter:in',
        'RP-1;Reportgasse 1;A1;1;Wohnung;Mieter;Alt, Anna;01.04.2026;;54,30;',
        'RP-1;Reportgasse 1;A2;2;Wohnung;Mieter;Berg, Bruno;01.05.2020;;72,00;',
        'RP-1;Reportgasse 1;A3;3;Garage;leer;;;;30,50;',
        'RP-1;Reportgasse 1;A4;4;Wohnung;Mieter;Cerny, Carla;01.03.2024;;41,00;',
        'RP-2;Reportweg 2;B1;1;Wohnung;Eigentümer;Dorn, Dora;01.02.2026;;88,25;',
      ).toString('utf8'),
    )
  })

  it('on 15.01.2026 A1 and B1 have no active holder yet; the administrator sees the manager', async () => {
    const rows = await rowsAs('admin', unitListAll as ReportDefinition, { objects: both(), on: '2026-01-15' })
    expect(rows.map((row: any) => [row.unitNumber, row.kind, row.holders, row.manager])).toEqual([
      ['A1', null, null, 'Martina Berger'],
      ['A2', 'tenant', 'Berg, Bruno', 'Martina Berger'],
      ['A3', null, null, 'Martina Berger'],
      ['A4', 'tenant', 'Cerny, Carla', 'Martina Berger'],
      ['B1', null, null, null],
    ])
  })

  it('all tenancies (not only active ones): A1 has its tenant, B1 its owner, whatever the day', async () => {
    const rows = await rowsAs('clerk', unitListAll as ReportDefinition, { objects: [fixture.objects.rp2], onlyActive: false })
    expect(rows.map((row: any) => [row.unitNumber, row.kind, row.holders])).toEqual([['B1', 'owner', 'Dorn, Dora']])
  })

  it('chosen units only', async () => {
    const rows = await rowsAs('clerk', unitListAll as ReportDefinition, {
      units: [fixture.units.a3, fixture.units.b1],
      on: '2026-04-15',
    })
    expect(rows.map((row: any) => row.unitNumber)).toEqual(['A3', 'B1'])
  })

  it('PDF text', async () => {
    const req = await createLocalReq({ user: await staffUser(payload, 'clerk') }, payload)
    const produced = await produce(
      req,
      unitListAll,
      unitListAll.parameters.parse({ objects: both(), on: '2026-04-15' }),
      'pdf',
    )
    if (produced.format !== 'pdf') throw new Error('expected a PDF')
    const parser = new PDFParse({ data: new Uint8Array(await streamToBuffer(produced.stream)) })
    const { text } = await parser.getText()
    await parser.destroy()
    expect(text).toContain('Wohnungsliste aller Objekte')
    expect(text).toMatch(/RP-2 Reportweg 2\s+B1\s+1\s+Wohnung\s+Eigentümer\s+Dorn, Dora\s+01\.02\.2026\s+88,25 m²/)
  })
})

describe('unit list of one object (F-68)', () => {
  it('by staircase, current holders on 15.04.2026; the inactive A4 is not a current unit', async () => {
    const bytes = await csv('unit-list-object', { object: fixture.objects.rp1, on: '2026-04-15' })
    expect(bytes.toString('utf8')).toBe(
      lines(
        'Gebäudeteil;Stiege;Einheit;Top;Bestandsart;Nutzfläche m²;Nutzwert;Bestandnehmer',
        ';Stiege 1;A1;1;Wohnung;54,30;;Alt, Anna',
        ';Stiege 1;A2;2;Wohnung;72,00;;Berg, Bruno',
        ';Stiege 2;A3;3;Garage;30,50;;',
      ).toString('utf8'),
    )
  })

  it('chosen staircase; "units only" ignores it and sorts by area', async () => {
    const one = await rowsAs('clerk', unitListObject as ReportDefinition, {
      object: fixture.objects.rp1,
      staircases: [fixture.staircases.s2],
    })
    expect(one.map((row: any) => row.unitNumber)).toEqual(['A3'])
    const all = await rowsAs('clerk', unitListObject as ReportDefinition, {
      object: fixture.objects.rp1,
      staircases: [fixture.staircases.s2],
      unitsOnly: true,
      sortBy: 'netArea',
    })
    expect(all.map((row: any) => row.unitNumber)).toEqual(['A2', 'A1', 'A3'])
  })

  it('the page sums the area exactly: 54,30 + 72,00 + 30,50 = 156,80 m²', async () => {
    const response = await request('POST', '/reports/unit-list-object', {
      token: clerkToken,
      body: { format: 'html', parameters: { object: fixture.objects.rp1, on: '2026-04-15' } },
    })
    expect(await response.text()).toMatch(/Summe<\/td><td class="number">156,80 m²/)
  })

  it('an unknown object: 404', async () => {
    const response = await rest('POST', '/reports/unit-list-object', {
      token: clerkToken,
      body: { parameters: { object: 987654 } },
    })
    expect(response.status).toBe(404)
  })
})

describe('unit status history (F-64)', () => {
  const period = { from: '2026-01-01', until: '2026-04-30' }

  it('moves, vacancies, refurbishment and termination of A1–A3 from 01.01. to 30.04.2026', async () => {
    const bytes = await csv('unit-status-history', {
      units: [fixture.units.a1, fixture.units.a2, fixture.units.a3],
      ...period,
    })
    expect(bytes.toString('utf8')).toBe(
      lines(
        'Objekt-Nr.;Einheit;Top;Datum;Ereignis;Details',
        'RP-1;A1;1;01.01.2026;Sanierung Beginn;Sanierung – Bad neu',
        'RP-1;A1;1;31.03.2026;Sanierung Ende;Sanierung – Bad neu',
        'RP-1;A1;1;01.04.2026;Einzug;Alt, Anna',
        'RP-1;A2;2;10.02.2026;Kündigung;wirksam zum 31.05.2026',
        'RP-1;A3;3;15.03.2026;Leerstehung Beginn;in Vermietung',
      ).toString('utf8'),
    )
  })

  it('only units vacant in the period', async () => {
    const rows = await rowsAs('clerk', unitStatusHistory as ReportDefinition, {
      units: [fixture.units.a1, fixture.units.a2, fixture.units.a3],
      onlyVacant: true,
      ...period,
    })
    expect([...new Set(rows.map((row: any) => row.unitNumber))]).toEqual(['A1', 'A3'])
  })

  it('end before start: 400 naming "until"', async () => {
    const response = await rest('POST', '/reports/unit-status-history', {
      token: clerkToken,
      body: { parameters: { from: '2026-04-30', until: '2026-01-01' } },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0].path).toBe('until')
  })
})

describe('allocation offices (F-65)', () => {
  it('details by object', async () => {
    const bytes = await csv('allocation-offices', { objects: both() })
    expect(bytes.toString('utf8')).toBe(
      lines(
        'Vergabestelle;Objekt-Nr.;Objekt;Einheit;Top;Bestandsart;Nutzfläche m²',
        'Vergabestelle Reportbezirk;RP-1;Reportgasse 1;A2;2;Wohnung;72,00',
        'Vergabestelle Reportbezirk;RP-1;Reportgasse 1;A3;3;Garage;30,50',
      ).toString('utf8'),
    )
  })

  it('sums: 2 units, 102,50 m²', async () => {
    const bytes = await csv('allocation-offices', { objects: both(), mode: 'sums', orderBy: 'office' })
    expect(bytes.toString('utf8')).toBe(
      lines(
        'Vergabestelle;Objekt-Nr.;Objekt;Einheiten;Nutzfläche m²',
        'Vergabestelle Reportbezirk;RP-1;Reportgasse 1;2;102,50',
      ).toString('utf8'),
    )
  })

  it('without objects the report is empty (as in the old system), and says so', async () => {
    const response = await request('POST', '/reports/allocation-offices', {
      token: clerkToken,
      body: { parameters: {} },
    })
    expect(await response.text()).toContain('Keine Einträge für die gewählten Einschränkungen.')
  })
})

describe('unit function list (F-66)', () => {
  it('standard on 15.04.2026: active functions of active units', async () => {
    const bytes = await csv('unit-function-list', { objects: both(), on: '2026-04-15' })
    expect(bytes.toString('utf8')).toBe(
      lines(
        'Objekt-Nr.;Einheit;Top;Funktion;Funktionsträger;von;bis',
        'RP-1;A1;1;Mieter:in;Alt, Anna;01.04.2026;',
        'RP-1;A2;2;Mieter:in;Berg, Bruno;01.05.2020;',
        'RP-2;B1;1;Eigentümer:in;Dorn, Dora;01.02.2026;',
      ).toString('utf8'),
    )
  })

  it('with inactive units and ended functions; restricted by function, object type and postcode', async () => {
    const units = async (extra: object) =>
      (
        await rowsAs('clerk', unitFunctionList as ReportDefinition, { objects: both(), on: '2026-04-15', ...extra })
      ).map((row: any) => `${row.unitNumber} ${row.holder}`)
    expect(await units({ includeInactive: true, includeMovedOut: true })).toEqual([
      'A1 Alt, Anna',
      'A2 Berg, Bruno',
      'A3 Alt, Anna',
      'A4 Cerny, Carla',
      'B1 Dorn, Dora',
    ])
    const owner = (await payload.find({ collection: 'function-types', where: { code: { equals: 40 } } })).docs[0].id
    expect(await units({ functionTypes: [owner] })).toEqual(['B1 Dorn, Dora'])
    expect(await units({ objectTypes: ['condominium'] })).toEqual(['B1 Dorn, Dora'])
    expect(await units({ postcodeFrom: '1000', postcodeUntil: '1999' })).toEqual(['A1 Alt, Anna', 'A2 Berg, Bruno'])
  })

  it('detailed layout adds holding type and address columns', async () => {
    const bytes = await csv('unit-function-list', {
      objects: [fixture.objects.rp2],
      on: '2026-04-15',
      layout: 'detailed',
    })
    expect(bytes.toString('utf8').split('\r\n')[0]).toBe(
      '\uFEFFObjekt-Nr.;Einheit;Top;Bestandsart;Funktion;Funktionsträger;Adresse;von;bis',
    )
  })
})

describe('fixed-term tenancies (F-67)', () => {
  it('all fixed terms of the two objects, by end date', async () => {
    const bytes = await csv('fixed-term-tenancies', { objects: both() })
    expect(bytes.toString('utf8')).toBe(
      lines(
        'Objekt;Einheit;Top;Bestandnehmer;Bezug;Befristung bis;Hausverwalter:in',
        'RP-1 Reportgasse 1;A4;4;Cerny, Carla;01.03.2024;28.02.2027;',
        'RP-1 Reportgasse 1;A1;1;Alt, Anna;01.04.2026;31.03.2029;',
      ).toString('utf8'),
    )
  })

  it('a period, a manager, sort keys', async () => {
    const units = async (persona: 'clerk' | 'admin', extra: object) =>
      (await rowsAs(persona, fixedTermTenancies as ReportDefinition, { objects: both(), ...extra })).map(
        (row: any) => row.unit,
      )
    expect(await units('clerk', { from: '2026-01-01', until: '2027-12-31' })).toEqual(['A4'])
    expect(await units('clerk', { sort1: 'holder' })).toEqual(['A1', 'A4'])
    expect(await units('admin', { managers: [fixture.manager] })).toEqual(['A4', 'A1'])
    expect(await units('clerk', { objects: [fixture.objects.rp2] })).toEqual([])
  })
})

describe('allocation offices report sums as an exact decimal', () => {
  it('uses hundredths of a square metre, never a binary sum', async () => {
    const rows = await rowsAs('clerk', allocationOffices as ReportDefinition, { objects: both(), mode: 'sums' })
    expect(rows.map((row: any) => row.areaHundredths)).toEqual([10250])
  })
})
