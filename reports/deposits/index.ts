import type { PayloadRequest, Where } from 'payload'
import { z } from 'zod'

import { P } from '@/constants/permissions'
import { formatCentsNumber, formatDay } from '@/lib/format'
import { type Cents, sumCents } from '@/lib/money'
import { settingsFor, today } from '@/globals/settings-reader'
import { depositStatement, DepositInterestError } from '@/lib/securities/deposit-interest'
import { securitiesOf, type SecurityKind } from '@/lib/securities/securities-list'
import { depositMovements, payoutDay } from '@/collections/tenancies/tenancy-securities'

import { defineReport, fromArray } from '../pipeline/definition'
import { checkObjects, choice, day, flag, ids, periodInOrder } from '../pipeline/parameters'
import { byIds, countAs, findAllAs, idOf } from '../pipeline/read'
import { templateDirectoryOf } from '../pipeline/templates'

const includeValues = ['deposits', 'withOthers', 'othersOnly'] as const

/** SPEC F-62 (348001): deposits per tenancy, with savings books and bank guarantees or only them. */
const parameters = z
  .object({
    objects: ids('Objekte', 'objects'),
    from: day('Ein- oder Auszahlung von').optional(),
    until: day('Ein- oder Auszahlung bis').optional(),
    include: choice('Einbeziehen', includeValues, {
      deposits: 'nur Kautionen',
      withOthers: 'Kautionen, Sparbücher und Bankgarantien',
      othersOnly: 'nur Sparbücher und Bankgarantien',
    }).default('deposits'),
    on: day('Auszahlungsbetrag zum').optional(),
    alternativeLayout: flag('Alternative Anzeige (je Objekt, mit Summen je Art)'),
  })
  .superRefine(periodInOrder)
type Parameters = z.infer<typeof parameters>

export type DepositRow = {
  object: string
  unit: string
  holder: string
  kind: SecurityKind
  kindLabel: string
  bank: string | null
  amountCents: Cents
  paidInOn: string | null
  paidOutOn: string | null
  /** Deposits only: interest and payout on the report's day (or on the day it was paid out). */
  interestCents: Cents | null
  payoutCents: Cents | null
  note: string | null
}

const kindLabels: Record<string, string> = {
  deposit: 'Kaution',
  savingsBook: 'Sparbuch',
  bankGuarantee: 'Bankgarantie',
}

const problemNotes: Record<DepositInterestError['code'], string> = {
  noRate: 'kein Zinssatz',
  overdrawn: 'Auszahlung über Guthaben',
  badRate: 'Zinssatz ungültig',
}

function tenancyWhere(params: Parameters): Where {
  const and: Where[] = [{ kind: { not_equals: 'vacancy' } }]
  if (params.objects.length) and.push({ 'unit.object': { in: params.objects } })
  return { and }
}

const inPeriod = (params: Parameters, ...days: Array<string | null>) =>
  (!params.from && !params.until) ||
  days.some((day) => day !== null && (!params.from || params.from <= day) && (!params.until || day <= params.until))

async function rowsOf(req: PayloadRequest, params: Parameters): Promise<DepositRow[]> {
  const on = params.on ?? (await today(req))
  const kinds: SecurityKind[] =
    params.include === 'deposits'
      ? ['deposit']
      : params.include === 'othersOnly'
        ? ['savingsBook', 'bankGuarantee']
        : ['deposit', 'savingsBook', 'bankGuarantee']
  const tenancies = await findAllAs(req, 'tenancies', { where: tenancyWhere(params) })
  const rates = (await findAllAs(req, 'interest-rates', {})).map((rate) => ({
    validFrom: rate.validFrom.slice(0, 10),
    percent: rate.rate,
  }))
  const units = await byIds(
    req,
    'units',
    tenancies.map((tenancy) => idOf(tenancy.unit)),
  )
  const objects = await byIds(
    req,
    'objects',
    [...units.values()].map((unit) => idOf(unit.object)),
  )
  const persons = await byIds(
    req,
    'persons',
    tenancies.flatMap((tenancy) => (tenancy.holders ?? []).map(idOf)),
  )
  const rows: DepositRow[] = []
  for (const tenancy of tenancies) {
    const unit = units.get(idOf(tenancy.unit)!)
    const object = unit ? objects.get(idOf(unit.object)!) : undefined
    const base = {
      object: object ? `${object.number} ${object.name}` : '',
      unit: unit?.unitNumber ?? '',
      holder: (tenancy.holders ?? [])
        .map((holder) => persons.get(idOf(holder)!)?.displayName)
        .filter(Boolean)
        .join(', '),
    }
    const deposit = tenancy.securities?.deposit
    for (const security of securitiesOf(tenancy.securities)) {
      if (!kinds.includes(security.kind)) continue
      const paidOutOn = security.kind === 'deposit' ? (deposit?.paidOutOn?.slice(0, 10) ?? null) : null
      if (!inPeriod(params, security.date, paidOutOn)) continue
      let interestCents: Cents | null = null
      let payoutCents: Cents | null = null
      let note: string | null = null
      if (security.kind === 'deposit') {
        const movements = depositMovements(deposit)
        try {
          if (movements.length === 0) note = 'ohne Einzahlungsdatum'
          else {
            const statement = depositStatement(movements, rates, payoutDay(deposit, on))
            interestCents = statement.interestCents
            payoutCents = statement.payoutCents
          }
        } catch (error) {
          if (!(error instanceof DepositInterestError)) throw error
          note = problemNotes[error.code]
        }
      }
      rows.push({
        ...base,
        kind: security.kind,
        kindLabel: kindLabels[security.kind],
        bank: security.bank,
        amountCents: security.amountCents,
        paidInOn: security.date,
        paidOutOn,
        interestCents,
        payoutCents,
        note,
      })
    }
  }
  const collator = new Intl.Collator('de', { numeric: true })
  return rows.sort((a, b) => collator.compare(a.object, b.object) || collator.compare(a.unit, b.unit))
}

/** One kind's sums: what is held, and for deposits the interest and payout where they could be computed. */
export type KindSum = {
  kindLabel: string
  count: number
  amountCents: Cents
  interestCents: Cents | null
  payoutCents: Cents | null
}

export type ObjectGroup = { object: string; rows: DepositRow[]; sums: KindSum[] }

function sumsOf(rows: DepositRow[]): KindSum[] {
  return (['deposit', 'savingsBook', 'bankGuarantee'] as const).flatMap((kind) => {
    const ofKind = rows.filter((row) => row.kind === kind)
    if (ofKind.length === 0) return []
    const computed = ofKind.filter((row) => row.payoutCents !== null)
    return [
      {
        kindLabel: kindLabels[kind],
        count: ofKind.length,
        amountCents: sumCents(ofKind.map((row) => row.amountCents)),
        interestCents: kind === 'deposit' ? sumCents(computed.map((row) => row.interestCents ?? 0)) : null,
        payoutCents: kind === 'deposit' ? sumCents(computed.map((row) => row.payoutCents ?? 0)) : null,
      },
    ]
  })
}

/**
 * The alternative layout (SPEC F-62, the manual's "alternative Anzeige": "in einem anderen
 * Design"): a block per object, portrait, without bank and note columns, each object closed by its
 * sums per kind and the report by the sums of all objects. Kinds are summed apart: a bank
 * guarantee is not money held like a deposit. A deposit whose interest could not be computed (its
 * note stands in the row) counts in the amount, not in interest and payout.
 */
export function byObject(rows: DepositRow[]): { groups: ObjectGroup[]; totals: KindSum[] } {
  const groups: ObjectGroup[] = []
  for (const row of rows) {
    const last = groups.at(-1)
    if (last && last.object === row.object) last.rows.push(row)
    else groups.push({ object: row.object, rows: [row], sums: [] })
  }
  for (const group of groups) group.sums = sumsOf(group.rows)
  return { groups, totals: sumsOf(rows) }
}

const money = (cents: Cents | null) => (cents === null ? null : formatCentsNumber(cents))

export const deposits = defineReport<Parameters, DepositRow>({
  key: 'deposits',
  title: { de: 'Kautionen', en: 'Deposits' },
  group: 'persons',
  permission: P.depositsReport,
  parameters,
  check: (req, params) => checkObjects(req, params.objects),
  count: (req, params) => countAs(req, 'tenancies', tenancyWhere(params)),
  rows: async function* (req, params) {
    yield* fromArray(await rowsOf(req, params))
  },
  columns: () => [
    { header: 'Objekt', cell: (row) => row.object },
    { header: 'Einheit', cell: (row) => row.unit },
    { header: 'Bestandnehmer', cell: (row) => row.holder },
    { header: 'Art', cell: (row) => row.kindLabel },
    { header: 'Bank', cell: (row) => row.bank },
    { header: 'Betrag €', cell: (row) => money(row.amountCents) },
    { header: 'eingezahlt am', cell: (row) => formatDay(row.paidInOn) },
    { header: 'ausbezahlt am', cell: (row) => formatDay(row.paidOutOn) },
    { header: 'Zinsen €', cell: (row) => money(row.interestCents) },
    { header: 'Auszahlungsbetrag €', cell: (row) => money(row.payoutCents) },
    { header: 'Hinweis', cell: (row) => row.note },
  ],
  template: 'deposits.hbs',
  templateDirectory: templateDirectoryOf('deposits'),
  landscape: (params) => !params.alternativeLayout,
  context: (_req, params, rows) => (params.alternativeLayout ? { alternative: true, ...byObject(rows) } : {}),
  describe: (params) => [
    ...(params.on ? [`Auszahlungsbetrag zum ${formatDay(params.on)}`] : ['Auszahlungsbetrag zum heutigen Tag']),
    ...(params.from || params.until
      ? [`Ein- oder Auszahlung ${formatDay(params.from) || '…'} – ${formatDay(params.until) || '…'}`]
      : []),
  ],
  documentTitle: () => 'Kautionen',
})
