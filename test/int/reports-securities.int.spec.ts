import { PDFParse } from 'pdf-parse'
import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { storedDate } from '@/lib/dates'
import { depositStatementReport } from '@/reports/deposit-statement'
import { deposits } from '@/reports/deposits'
import { financingContribution } from '@/reports/financing-contribution'
import { securitiesReport } from '@/reports/securities'
import type { ReportDefinition } from '@/reports/pipeline/definition'
import { collectRows } from '@/reports/pipeline/render'
import { seedContext } from '@/seed/context'
import { factories } from '@/seed/factories'
import { demo } from '@/test/helpers/demo'
import { testPayload } from '@/test/helpers/payload'
import { staffToken, staffUser } from '@/test/helpers/personas'
import { request, rest } from '@/test/helpers/rest'

/**
 * A fixed dataset beside the demo, with the demo's deposit rates (2 % from 01.01.2025):
 * RS-1 first occupied 01.03.2008 — unit X1, Rita Reich, move-in 01.03.2020, move-out 31.07.2027
 *   (7 years 5 months, 12 years after the first occupancy): deposit 1.200,00 € paid in 01.03.2025,
 *   savings book Raiffeisen 500,00 € deposited 15.02.2025, financing contribution 12.345,67 €.
 * RS-2 first occupied 01.05.1998 — unit Y1, Sven Stein, running: financing contribution 3.000,00 €.
 */
let payload: Payload
let fixture: { rs1: number; rs2: number; rita: number; x1Tenancy: number }

beforeAll(async () => {
  payload = await testPayload()
  const ctx = await seedContext(payload)
  const [flat, active] = await Promise.all([demo.holdingType(payload, 1), demo.status(payload, 10)])
  const rs1 = await factories.object(ctx, {
    number: 'RS-1',
    name: 'Sicherheitengasse 1',
    occupancyPermitDate: storedDate('2007-11-15'),
    firstOccupancyDate: storedDate('2008-03-01'),
  })
  const rs2 = await factories.object(ctx, {
    number: 'RS-2',
    name: 'Sicherheitenweg 2',
    firstOccupancyDate: storedDate('1998-05-01'),
  })
  const x1 = await factories.unit(ctx, { object: rs1.id, unitNumber: 'X1', holdingType: flat, status: active })
  const y1 = await factories.unit(ctx, { object: rs2.id, unitNumber: 'Y1', holdingType: flat, status: active })
  const rita = await factories.person(ctx, { kind: 'natural', firstName: 'Rita', lastName: 'Reich' })
  const sven = await factories.person(ctx, { kind: 'natural', firstName: 'Sven', lastName: 'Stein' })
  const x1Tenancy = await factories.tenancy(ctx, {
    unit: x1.id,
    kind: 'tenant',
    holders: [rita.id],
    moveIn: storedDate('2020-03-01'),
    moveOut: storedDate('2027-07-31'),
    securities: {
      deposit: { amount: 1200, paidInOn: storedDate('2025-03-01') },
      savingsBooks: [{ bank: 'Raiffeisen', amount: 500, depositedOn: storedDate('2025-02-15') }],
      financingContribution: { amount: 12345.67 },
    },
  })
  await factories.tenancy(ctx, {
    unit: y1.id,
    kind: 'tenant',
    holders: [sven.id],
    moveIn: storedDate('2015-01-01'),
    securities: { financingContribution: { amount: 3000 } },
  })
  fixture = { rs1: rs1.id, rs2: rs2.id, rita: rita.id, x1Tenancy: x1Tenancy.id }
})

async function rowsAs<Row>(definition: ReportDefinition<unknown, Row>, parameters: unknown) {
  const req = await createLocalReq({ user: await staffUser(payload, 'clerk') }, payload)
  return collectRows(definition.rows(req, definition.parameters.parse(parameters)))
}

const lines = (...rows: string[]) => `\uFEFF${[...rows, ''].join('\r\n')}`

describe('deposits (F-62, 348001)', () => {
  // 01.03.2025–31.12.2025 = 31+30+31+30+31+31+30+31+30+31 = 306 days at 2 %:
  // 120000 × 2 % × 306 / 365 = 734400 / 365 = 2012.05 cents → 20,12 €; payout 1.220,12 €.
  it('CSV byte for byte on 01.01.2026, deposits only', async () => {
    const response = await request('POST', '/reports/deposits', {
      token: await staffToken('clerk'),
      body: { format: 'csv', parameters: { objects: [fixture.rs1, fixture.rs2], on: '2026-01-01' } },
    })
    expect(response.status).toBe(200)
    expect(Buffer.from(await response.arrayBuffer()).toString('utf8')).toBe(
      lines(
        'Objekt;Einheit;Bestandnehmer;Art;Bank;Betrag €;eingezahlt am;ausbezahlt am;Zinsen €;Auszahlungsbetrag €;Hinweis',
        'RS-1 Sicherheitengasse 1;X1;Reich, Rita;Kaution;;1.200,00;01.03.2025;;20,12;1.220,12;',
      ),
    )
  })

  it('with savings books, only them, and restricted to payments in a period', async () => {
    const base = { objects: [fixture.rs1, fixture.rs2], on: '2026-01-01' }
    const kinds = async (parameters: object) =>
      (await rowsAs(deposits as ReportDefinition, { ...base, ...parameters })).map((row: any) => [
        row.kindLabel,
        row.amountCents,
      ])
    expect(await kinds({ include: 'withOthers' })).toEqual([
      ['Kaution', 120_000],
      ['Sparbuch', 50_000],
    ])
    expect(await kinds({ include: 'othersOnly' })).toEqual([['Sparbuch', 50_000]])
    expect(await kinds({ include: 'withOthers', from: '2025-03-01', until: '2025-12-31' })).toEqual([
      ['Kaution', 120_000],
    ])
  })

  it('refuses a period that ends before it starts', async () => {
    const { status } = await rest('POST', '/reports/deposits', {
      token: await staffToken('clerk'),
      body: { format: 'csv', parameters: { from: '2025-12-31', until: '2025-01-01' } },
    })
    expect(status).toBe(400)
  })
})

describe('financing contribution repayment (§ 17 WGG, 270226)', () => {
  it('repays 9.999,99 € after 7 years 5 months in a building first occupied 12 years before; flags RS-2', async () => {
    // 01.03.2008 → 31.07.2027: 19 completed years; 12.345,67 € × 81 % = 9.999,9927 € → 9.999,99 €.
    const rows = await rowsAs(financingContribution as ReportDefinition, {
      objects: [fixture.rs1, fixture.rs2],
      on: '2026-06-30',
    })
    expect(rows.map((row: any) => [row.unit, row.on, row.completedYears, row.repaidCents, row.note])).toEqual([
      ['X1', '2027-07-31', 19, 999_999, null],
      ['Y1', '2026-06-30', null, null, 'Erstbezug vor Juli 2000: andere Regeln, bitte selbst prüfen'],
    ])
  })
})

describe('deposit statement (F-85): stored and released to the holder', () => {
  it('lists the payment and the credit, and is released through the pipeline', async () => {
    const rows = await rowsAs(depositStatementReport as ReportDefinition, {
      tenancy: fixture.x1Tenancy,
      on: '2026-01-01',
    })
    expect(rows).toEqual([
      { date: '2025-03-01', text: 'Einzahlung', cents: 120_000, balanceCents: 120_000 },
      { date: '2025-12-31', text: 'Zinsen 2025', cents: 2012, balanceCents: 122_012 },
    ])

    const { status, body } = await rest('POST', '/reports/deposit-statement', {
      token: await staffToken('clerk'),
      body: {
        format: 'pdf',
        parameters: { tenancy: fixture.x1Tenancy, on: '2026-01-01' },
        deliver: { store: { category: 'letter', object: fixture.rs1, release: { persons: [fixture.rita] } } },
      },
    })
    expect(status, JSON.stringify(body)).toBe(201)
    expect(body.releases).toBe(1)
    const releases = await payload.find({
      collection: 'document-releases',
      where: { document: { equals: body.document } },
      depth: 0,
    })
    expect(releases.docs.map((release: any) => release.person)).toEqual([fixture.rita])

    const pdf = await request('POST', '/reports/deposit-statement', {
      token: await staffToken('clerk'),
      body: { format: 'pdf', parameters: { tenancy: fixture.x1Tenancy, on: '2026-01-01' } },
    })
    const parser = new PDFParse({ data: new Uint8Array(await pdf.arrayBuffer()) })
    const { text } = await parser.getText()
    await parser.destroy()
    expect(text).toContain('Kautionsabrechnung')
    expect(text).toContain('Auszahlungsbetrag zum 01.01.2026: 1.220,12 €')
  })
})

describe('securities (F-63, 270228)', () => {
  const base = () => ({ objects: [fixture.rs1, fixture.rs2], on: '2026-01-01' })
  const rowsOf = async (parameters: object) =>
    (await rowsAs(securitiesReport as ReportDefinition, { ...base(), ...parameters })).map((row: any) => [
      row.unit,
      row.kindLabel,
      row.amountCents,
    ])

  it('lists every security of the tenancies active on the day', async () => {
    expect(await rowsOf({})).toEqual([
      ['X1', 'Kaution', 120_000],
      ['X1', 'Finanzierungsbeitrag', 1_234_567],
      ['X1', 'Sparbuch', 50_000],
      ['Y1', 'Finanzierungsbeitrag', 300_000],
    ])
  })

  it('by kind, with the units without one of them', async () => {
    expect(await rowsOf({ kinds: ['savingsBook'], withoutSecurities: true })).toEqual([
      ['X1', 'Sparbuch', 50_000],
      ['Y1', null, null],
    ])
  })

  it('leaves out moved-out tenancies unless asked for', async () => {
    const after = { on: '2027-08-01', kinds: ['deposit'] }
    expect(await rowsOf(after)).toEqual([])
    expect(await rowsOf({ ...after, movedOut: true })).toEqual([['X1', 'Kaution', 120_000]])
  })
})
