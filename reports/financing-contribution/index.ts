import type { PayloadRequest, Where } from 'payload'
import { z } from 'zod'

import { P } from '@/constants/permissions'
import { storedDate } from '@/lib/dates'
import { formatCentsNumber, formatDay } from '@/lib/format'
import { toCents, type Cents } from '@/lib/money'
import { settingsFor, today } from '@/globals/settings-reader'
import {
  financingContributionRepayment,
  occupancyOf,
  type RepaymentFlag,
} from '@/lib/securities/financing-contribution'

import { defineReport, fromArray } from '../pipeline/definition'
import { checkObjects, day, ids, periodInOrder } from '../pipeline/parameters'
import { byIds, countAs, dayOf, findAllAs, idOf } from '../pipeline/read'
import { templateDirectoryOf } from '../pipeline/templates'

/**
 * SPEC F-13 270226: what each financing contribution repays at the move-out (§ 17 WGG,
 * docs/decisions/0062); tenancies still running are computed for the report's day. Buildings
 * under older rules are listed with the reason instead of an amount.
 */
const parameters = z
  .object({
    objects: ids('Objekte', 'objects'),
    from: day('Auszug von').optional(),
    until: day('Auszug bis').optional(),
    on: day('Stichtag für laufende Verträge').optional(),
  })
  .superRefine(periodInOrder)
type Parameters = z.infer<typeof parameters>

export type FinancingRow = {
  object: string
  unit: string
  holder: string
  contributionCents: Cents
  moveOut: string | null
  /** The move-out, or the report's day for a running tenancy. */
  on: string
  since: string | null
  completedYears: number | null
  writeDownPercent: number | null
  repaidCents: Cents | null
  note: string | null
}

const flagNotes: Record<RepaymentFlag, string> = {
  permittedBefore1955: 'Benützungsbewilligung vor 1955: andere Regeln, bitte selbst prüfen',
  occupiedBeforeJuly2000: 'Erstbezug vor Juli 2000: andere Regeln, bitte selbst prüfen',
  noOccupancyDate: 'Datum der Benützungsbewilligung bzw. des Erstbezugs fehlt',
}

function tenancyWhere(params: Parameters): Where {
  const and: Where[] = [{ 'securities.financingContribution.amount': { exists: true } }]
  if (params.objects.length) and.push({ 'unit.object': { in: params.objects } })
  if (params.from) and.push({ moveOut: { greater_than_equal: storedDate(params.from) } })
  if (params.until) and.push({ moveOut: { less_than_equal: storedDate(params.until) } })
  return { and }
}

const datesOf = (record: { occupancyPermitDate?: string | null; firstOccupancyDate?: string | null }) => ({
  occupancyPermitDate: dayOf(record.occupancyPermitDate),
  firstOccupancyDate: dayOf(record.firstOccupancyDate),
})

async function rowsOf(req: PayloadRequest, params: Parameters): Promise<FinancingRow[]> {
  const reportDay = params.on ?? (await today(req))
  const tenancies = await findAllAs(req, 'tenancies', { where: tenancyWhere(params) })
  const units = await byIds(
    req,
    'units',
    tenancies.map((tenancy) => idOf(tenancy.unit)),
  )
  const [objects, parts, persons] = await Promise.all([
    byIds(
      req,
      'objects',
      [...units.values()].map((unit) => idOf(unit.object)),
    ),
    byIds(
      req,
      'building-parts',
      [...units.values()].map((unit) => idOf(unit.buildingPart)),
    ),
    byIds(
      req,
      'persons',
      tenancies.flatMap((tenancy) => (tenancy.holders ?? []).map(idOf)),
    ),
  ])
  const rows = tenancies.map((tenancy): FinancingRow => {
    const unit = units.get(idOf(tenancy.unit)!)
    const object = unit ? objects.get(idOf(unit.object)!) : undefined
    const part = unit?.buildingPart ? parts.get(idOf(unit.buildingPart)!) : undefined
    const contributionCents = toCents(tenancy.securities!.financingContribution!.amount!)
    const moveOut = dayOf(tenancy.moveOut)
    const on = moveOut ?? reportDay
    const repayment = financingContributionRepayment(
      contributionCents,
      occupancyOf(part ? datesOf(part) : null, object ? datesOf(object) : {}),
      on,
    )
    const base = {
      object: object ? `${object.number} ${object.name}` : '',
      unit: unit?.unitNumber ?? '',
      holder: (tenancy.holders ?? [])
        .map((holder) => persons.get(idOf(holder)!)?.displayName)
        .filter(Boolean)
        .join(', '),
      contributionCents,
      moveOut,
      on,
    }
    return repayment.status === 'computed'
      ? {
          ...base,
          since: repayment.since,
          completedYears: repayment.completedYears,
          writeDownPercent: repayment.writeDownPercent,
          repaidCents: repayment.repaidCents,
          note: null,
        }
      : {
          ...base,
          since: null,
          completedYears: null,
          writeDownPercent: null,
          repaidCents: null,
          note: flagNotes[repayment.flag],
        }
  })
  const collator = new Intl.Collator('de', { numeric: true })
  return rows.sort((a, b) => collator.compare(a.object, b.object) || collator.compare(a.unit, b.unit))
}

export const financingContribution = defineReport<Parameters, FinancingRow>({
  key: 'financing-contribution',
  title: { de: 'Rückzahlung Finanzierungsbeiträge', en: 'Financing contribution repayment' },
  group: 'persons',
  permission: P.financingContributionReport,
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
    { header: 'Finanzierungsbeitrag €', cell: (row) => formatCentsNumber(row.contributionCents) },
    { header: 'Auszug', cell: (row) => formatDay(row.moveOut) },
    { header: 'berechnet zum', cell: (row) => formatDay(row.on) },
    { header: 'Erstbezug', cell: (row) => formatDay(row.since) },
    { header: 'volle Jahre', cell: (row) => row.completedYears },
    { header: 'Abschreibung %', cell: (row) => row.writeDownPercent },
    { header: 'Rückzahlung €', cell: (row) => (row.repaidCents === null ? null : formatCentsNumber(row.repaidCents)) },
    { header: 'Hinweis', cell: (row) => row.note },
  ],
  template: 'financing-contribution.hbs',
  templateDirectory: templateDirectoryOf('financing-contribution'),
  landscape: true,
  describe: (params) => [
    ...(params.on ? [`Laufende Verträge zum ${formatDay(params.on)}`] : []),
    ...(params.from || params.until
      ? [`Auszug ${formatDay(params.from) || '…'} – ${formatDay(params.until) || '…'}`]
      : []),
  ],
  documentTitle: () => 'Rückzahlung Finanzierungsbeiträge',
})
