import type { PayloadRequest } from 'payload'
import { z } from 'zod'

import { P } from '@/constants/permissions'
import { formatCentsNumber, formatDay, formatMoney } from '@/lib/format'
import type { Cents } from '@/lib/money'
import { settingsFor, today } from '@/globals/settings-reader'
import { type DepositLine, depositStatement, DepositInterestError } from '@/lib/securities/deposit-interest'
import { depositMovements, payoutDay } from '@/collections/tenancies/tenancy-securities'

import { defineReport, fromArray } from '../pipeline/definition'
import { ReportError } from '../pipeline/errors'
import { day, id } from '../pipeline/parameters'
import { byIds, idOf } from '../pipeline/read'
import { templateDirectoryOf } from '../pipeline/templates'

/**
 * SPEC F-85 (348001): one tenancy's deposit statement on a day — payments, the yearly interest
 * credits and the payout (docs/decisions/0061). Stored and released to the holders through the
 * pipeline's "generate and release".
 */
const parameters = z.object({
  tenancy: id('Bestandsverhältnis', 'tenancies'),
  on: day('Auszahlungsbetrag zum').optional(),
})
type Parameters = z.infer<typeof parameters>

export type StatementRow = { date: string; text: string; cents: Cents; balanceCents: Cents }

function lineText(line: DepositLine): string {
  if (line.kind === 'interest') return `Zinsen ${line.year}`
  return line.kind === 'in' ? 'Einzahlung' : 'Auszahlung'
}

async function statementOf(req: PayloadRequest, params: Parameters) {
  const tenancy = await req.payload.findByID({
    collection: 'tenancies',
    id: params.tenancy,
    depth: 0,
    req,
    user: req.user,
    overrideAccess: false,
    disableErrors: true,
  })
  if (!tenancy) throw new ReportError('Dieses Bestandsverhältnis gibt es nicht (oder Sie dürfen es nicht sehen).')
  const deposit = tenancy.securities?.deposit
  const movements = depositMovements(deposit)
  if (movements.length === 0) throw new ReportError('Dieses Bestandsverhältnis hat keine Kaution mit Einzahlungsdatum.')
  const rates = (
    await req.payload.find({
      collection: 'interest-rates',
      pagination: false,
      depth: 0,
      req,
      user: req.user,
      overrideAccess: false,
    })
  ).docs.map((rate) => ({ validFrom: rate.validFrom.slice(0, 10), percent: rate.rate }))
  const on = payoutDay(deposit, params.on ?? (await today(req)))
  try {
    return { tenancy, on, statement: depositStatement(movements, rates, on) }
  } catch (error) {
    if (error instanceof DepositInterestError) {
      throw new ReportError(
        error.code === 'noRate'
          ? `Für den ${formatDay(error.detail)} ist kein Kautionszinssatz hinterlegt.`
          : `Die Kaution lässt sich nicht berechnen (${error.message}).`,
      )
    }
    throw error
  }
}

export const depositStatementReport = defineReport<Parameters, StatementRow>({
  key: 'deposit-statement',
  title: { de: 'Kautionsabrechnung', en: 'Deposit statement' },
  group: 'persons',
  permission: P.depositsReport,
  parameters,
  count: async (req, params) => (await statementOf(req, params)).statement.lines.length,
  rows: async function* (req, params) {
    const { statement } = await statementOf(req, params)
    yield* fromArray(
      statement.lines.map((line) => ({
        date: line.date,
        text: lineText(line),
        cents: line.kind === 'out' ? -line.cents : line.cents,
        balanceCents: line.balanceCents,
      })),
    )
  },
  columns: () => [
    { header: 'Datum', cell: (row) => formatDay(row.date) },
    { header: 'Buchung', cell: (row) => row.text },
    { header: 'Betrag €', cell: (row) => formatCentsNumber(row.cents), numeric: true },
    { header: 'Stand €', cell: (row) => formatCentsNumber(row.balanceCents), numeric: true },
  ],
  template: 'deposit-statement.hbs',
  templateDirectory: templateDirectoryOf('deposit-statement'),
  context: async (req, params) => {
    const { tenancy, on, statement } = await statementOf(req, params)
    const units = await byIds(req, 'units', [idOf(tenancy.unit)])
    const unit = units.get(idOf(tenancy.unit)!)
    const objects = await byIds(req, 'objects', [unit ? idOf(unit.object) : null])
    const object = unit ? objects.get(idOf(unit.object)!) : undefined
    const persons = await byIds(req, 'persons', (tenancy.holders ?? []).map(idOf))
    return {
      on,
      object: object ? `${object.number} ${object.name}` : '',
      unit: unit?.unitNumber ?? '',
      holders: [...persons.values()].map((person) => person.displayName).join(', '),
      paidIn: formatMoney(statement.paidInCents),
      paidOut: formatMoney(statement.paidOutCents),
      interest: formatMoney(statement.interestCents),
      payout: formatMoney(statement.payoutCents),
    }
  },
  describe: (params) => (params.on ? [`Auszahlungsbetrag zum ${formatDay(params.on)}`] : []),
  documentTitle: () => 'Kautionsabrechnung',
})
