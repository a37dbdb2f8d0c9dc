import { PDFParse } from 'pdf-parse'
import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { byObject, deposits } from '@/reports/deposits'
import { produce, streamToBuffer } from '@/reports/pipeline/output'
import { parameterForm } from '@/reports/pipeline/parameter-form'
import type { ReportDefinition } from '@/reports/pipeline/definition'
import { collectRows } from '@/reports/pipeline/render'
import { securitiesReport } from '@/reports/securities'
import { buildDepositsLayoutFixture } from '@/test/fixtures/reports/deposits-layout'
import { testPayload } from '@/test/helpers/payload'
import { staffToken, staffUser } from '@/test/helpers/personas'
import { request } from '@/test/helpers/rest'

let payload: Payload
let fixture: Awaited<ReturnType<typeof buildDepositsLayoutFixture>>

beforeAll(async () => {
  payload = await testPayload()
  fixture = await buildDepositsLayoutFixture(payload)
})

const clerkReq = async () => createLocalReq({ user: await staffUser(payload, 'clerk') }, payload)

async function rowsAs<Row>(definition: ReportDefinition<unknown, Row>, parameters: unknown) {
  return collectRows(definition.rows(await clerkReq(), definition.parameters.parse(parameters)))
}

describe('deposits (F-62): the alternative layout', () => {
  const parameters = () => ({
    objects: [fixture.rl1, fixture.rl2],
    on: '2026-01-01',
    include: 'withOthers',
    alternativeLayout: true,
  })

  it('is a parameter of the dialog, a checkbox', () => {
    expect(parameterForm(deposits.parameters).find((field) => field.name === 'alternativeLayout')).toMatchObject({
      kind: 'boolean',
      label: 'Alternative Anzeige (je Objekt, mit Summen je Art)',
      default: false,
    })
  })

  // Worked by hand (ADR 0061: actual/365 in 2025, 2 %, credited on 31.12.2025, rounded half up once):
  // A1 01.07.–31.12.2025 = 31+31+30+31+30+31 = 184 days: 100 000 × 2 % × 184 / 365 = 1 008,22 → 10,08 €
  // A2 01.10.–31.12.2025 = 31+30+31 = 92 days:          250 000 × 2 % × 92 / 365  = 1 260,27 → 12,60 €
  // B1 01.04.–31.12.2025 = 30+31+30+31+31+30+31+30+31 = 275 days: 80 000 × 2 % × 275 / 365 = 1 205,48 → 12,05 €
  // B2 has no day it was paid in: its 600,00 € count in the amount, not in interest and payout.
  // RL-1 deposits: 3.500,00 / 22,68 / 3.522,68; bank guarantee 3.000,00.
  // RL-2 deposits: 1.400,00 / 12,05 / 812,05. All: 4.900,00 / 34,73 / 4.334,73; bank guarantee 3.000,00.
  const expected = {
    groups: [
      {
        object: 'RL-1 Layoutgasse 1',
        rows: [
          ['A1', 'Amsel, Anna', 'Kaution', 100_000, 1_008, 101_008, null],
          ['A2', 'Berg, Bernd', 'Kaution', 250_000, 1_260, 251_260, null],
          ['A2', 'Berg, Bernd', 'Bankgarantie', 300_000, null, null, null],
        ],
        sums: [
          { kindLabel: 'Kaution', count: 2, amountCents: 350_000, interestCents: 2_268, payoutCents: 352_268 },
          { kindLabel: 'Bankgarantie', count: 1, amountCents: 300_000, interestCents: null, payoutCents: null },
        ],
      },
      {
        object: 'RL-2 Layoutweg 2',
        rows: [
          ['B1', 'Christ, Clara', 'Kaution', 80_000, 1_205, 81_205, null],
          ['B2', 'Dorn, Dora', 'Kaution', 60_000, null, null, 'ohne Einzahlungsdatum'],
        ],
        sums: [{ kindLabel: 'Kaution', count: 2, amountCents: 140_000, interestCents: 1_205, payoutCents: 81_205 }],
      },
    ],
    totals: [
      { kindLabel: 'Kaution', count: 4, amountCents: 490_000, interestCents: 3_473, payoutCents: 433_473 },
      { kindLabel: 'Bankgarantie', count: 1, amountCents: 300_000, interestCents: null, payoutCents: null },
    ],
  }

  it('groups by object with the sums of each kind, and the sums of all objects', async () => {
    const { groups, totals } = byObject(await rowsAs(deposits as ReportDefinition, parameters()))
    expect({
      groups: groups.map((group) => ({
        object: group.object,
        rows: group.rows.map((row) => [
          row.unit,
          row.holder,
          row.kindLabel,
          row.amountCents,
          row.interestCents,
          row.payoutCents,
          row.note,
        ]),
        sums: group.sums,
      })),
      totals,
    }).toEqual(expected)
  })

  it('prints it on portrait pages: a block per object, the sums as text', async () => {
    const req = await clerkReq()
    const produced = await produce(req, deposits, deposits.parameters.parse(parameters()), 'pdf')
    if (produced.format !== 'pdf') throw new Error('expected a PDF')
    const data = await streamToBuffer(produced.stream)
    const box = /\/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/.exec(data.toString('latin1'))!
    expect(Number(box[1])).toBeLessThan(Number(box[2]))
    const parser = new PDFParse({ data: new Uint8Array(data) })
    const { text } = await parser.getText()
    await parser.destroy()
    const words = text.replace(/\s+/g, ' ')
    for (const line of [
      'RL-1 Layoutgasse 1',
      'A1 Amsel, Anna Kaution 01.07.2025 1.000,00 € 10,08 € 1.010,08 €',
      'A2 Berg, Bernd Kaution 01.10.2025 2.500,00 € 12,60 € 2.512,60 €',
      'A2 Berg, Bernd Bankgarantie 3.000,00 €',
      'Summe Kaution (2) 3.500,00 € 22,68 € 3.522,68 €',
      'Summe Bankgarantie (1) 3.000,00 €',
      'RL-2 Layoutweg 2',
      'B1 Christ, Clara Kaution 01.04.2025 800,00 € 12,05 € 812,05 €',
      'B2 Dorn, Dora Kaution 600,00 € ohne Einzahlungsdatum',
      'Summe Kaution (2) 1.400,00 € 12,05 € 812,05 €',
      'Alle Objekte',
      'Summe Kaution 4 4.900,00 € 34,73 € 4.334,73 €',
      'Summe Bankgarantie 1 3.000,00 €',
    ])
      expect(words).toContain(line)
    // The standard layout's columns are not in it.
    expect(words).not.toContain('Hinweis')
  })

  it('the standard layout stays the landscape list', async () => {
    const req = await clerkReq()
    const produced = await produce(
      req,
      deposits,
      deposits.parameters.parse({ ...parameters(), alternativeLayout: false }),
      'html',
    )
    if (produced.format !== 'html') throw new Error('expected HTML')
    const html = produced.data.toString('utf8')
    expect(html).toContain('>Hinweis</th>')
    expect(html).not.toContain('Summe Kaution')
    expect(html).toMatch(/size: A4\s*landscape/)
  })
})

describe('securities (F-63): the manager group (HV-Gruppe)', () => {
  const units = async (parameters: object) =>
    (
      await rowsAs(securitiesReport as ReportDefinition, {
        objects: [fixture.rl1, fixture.rl2, fixture.rl3],
        kinds: ['deposit'],
        on: '2026-01-01',
        ...parameters,
      })
    ).map((row: any) => [row.unit, row.amountCents])

  it('is a parameter of the dialog, a choice of the manager groups', () => {
    expect(parameterForm(securitiesReport.parameters).find((field) => field.name === 'managerGroups')).toMatchObject({
      kind: 'relations',
      relationTo: 'manager-groups',
      label: 'HV-Gruppen',
    })
  })

  it('restricts to the objects of the chosen groups', async () => {
    expect(await units({})).toEqual([
      ['A1', 100_000],
      ['A2', 250_000],
      ['B1', 80_000],
      ['B2', 60_000],
      ['C1', 40_000],
    ])
    expect(await units({ managerGroups: [fixture.north] })).toEqual([
      ['A1', 100_000],
      ['A2', 250_000],
    ])
    expect(await units({ managerGroups: [fixture.south] })).toEqual([
      ['B1', 80_000],
      ['B2', 60_000],
    ])
    expect(await units({ managerGroups: [fixture.north, fixture.south] })).toEqual([
      ['A1', 100_000],
      ['A2', 250_000],
      ['B1', 80_000],
      ['B2', 60_000],
    ])
  })

  it('through the endpoint as a clerk: the CSV of one group', async () => {
    const response = await request('POST', '/reports/securities', {
      token: await staffToken('clerk'),
      body: {
        format: 'csv',
        parameters: {
          objects: [fixture.rl1, fixture.rl2, fixture.rl3],
          kinds: ['deposit'],
          on: '2026-01-01',
          managerGroups: [fixture.south],
        },
      },
    })
    expect(response.status).toBe(200)
    expect((await response.text()).split('\r\n').slice(1, -1)).toEqual([
      'RL-2 Layoutweg 2;B1;Christ, Clara;;Kaution;800,00;01.04.2025;;',
      'RL-2 Layoutweg 2;B2;Dorn, Dora;;Kaution;600,00;;;',
    ])
  })
})
