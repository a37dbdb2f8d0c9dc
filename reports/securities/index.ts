import type { PayloadRequest, Where } from 'payload'
import { z } from 'zod'

import { P } from '@/constants/permissions'
import { storedDate } from '@/lib/dates'
import { formatCentsNumber, formatDay } from '@/lib/format'
import type { Cents } from '@/lib/money'
import { settingsFor, today } from '@/globals/settings-reader'
import { byExpiry, securitiesOf, securityKinds, type SecurityKind } from '@/lib/securities/securities-list'

import { defineReport, fromArray } from '../pipeline/definition'
import { checkObjects, choices, day, flag, ids } from '../pipeline/parameters'
import { byIds, countAs, dayOf, findAllAs, idOf } from '../pipeline/read'
import { templateDirectoryOf } from '../pipeline/templates'

const kindLabels: Record<SecurityKind, string> = {
  deposit: 'Kaution',
  financingContribution: 'Finanzierungsbeitrag',
  bankGuarantee: 'Bankgarantie',
  savingsBook: 'Sparbuch',
  surety: 'Bürgschaft',
  stampDuty: 'Vergebührung',
}

/** SPEC F-63 (270228): securities by kind, holding type, object type, objects, manager group and manager, on a day. */
const parameters = z.object({
  kinds: choices('Art der Sicherstellung', securityKinds, kindLabels),
  holdingTypes: ids('Bestandsarten', 'holding-types'),
  objectTypes: choices('Objekttypus', ['rental', 'condominium', 'mixed'] as const, {
    rental: 'Miete',
    condominium: 'Wohnungseigentum',
    mixed: 'gemischt',
  }),
  objects: ids('Objekte', 'objects'),
  managerGroups: ids('HV-Gruppen', 'manager-groups'),
  managers: ids('Hausverwalter:innen', 'users'),
  on: day('Stichtag').optional(),
  withoutSecurities: flag('auch Einheiten ohne Sicherstellungen'),
  movedOut: flag('auch ausgezogene'),
  byExpiry: flag('nach Ablaufdatum sortieren'),
})
type Parameters = z.infer<typeof parameters>

export type SecurityRow = {
  object: string
  unit: string
  holder: string
  moveOut: string | null
  kindLabel: string | null
  amountCents: Cents | null
  date: string | null
  validUntil: string | null
  bank: string | null
}

function tenancyWhere(params: Parameters, on: string): Where {
  const and: Where[] = [{ kind: { not_equals: 'vacancy' } }]
  and.push({ or: [{ moveIn: { exists: false } }, { moveIn: { less_than_equal: storedDate(on) } }] })
  if (!params.movedOut)
    and.push({ or: [{ moveOut: { exists: false } }, { moveOut: { greater_than_equal: storedDate(on) } }] })
  if (params.objects.length) and.push({ 'unit.object': { in: params.objects } })
  if (params.holdingTypes.length) and.push({ 'unit.holdingType': { in: params.holdingTypes } })
  if (params.objectTypes.length) and.push({ 'unit.object.type': { in: params.objectTypes } })
  if (params.managerGroups.length) and.push({ 'unit.object.managerGroup': { in: params.managerGroups } })
  if (params.managers.length) and.push({ 'unit.object.propertyManager': { in: params.managers } })
  return { and }
}

async function onOf(req: PayloadRequest, params: Parameters) {
  return params.on ?? (await today(req))
}

async function rowsOf(req: PayloadRequest, params: Parameters): Promise<SecurityRow[]> {
  const tenancies = await findAllAs(req, 'tenancies', { where: tenancyWhere(params, await onOf(req, params)) })
  const units = await byIds(
    req,
    'units',
    tenancies.map((tenancy) => idOf(tenancy.unit)),
  )
  const [objects, persons] = await Promise.all([
    byIds(
      req,
      'objects',
      [...units.values()].map((unit) => idOf(unit.object)),
    ),
    byIds(
      req,
      'persons',
      tenancies.flatMap((tenancy) => (tenancy.holders ?? []).map(idOf)),
    ),
  ])
  const collator = new Intl.Collator('de', { numeric: true })
  const rows: Array<SecurityRow & { order: ReturnType<typeof securitiesOf>[number] | null }> = []
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
      moveOut: dayOf(tenancy.moveOut),
    }
    const chosen = securitiesOf(tenancy.securities).filter(
      (security) => params.kinds.length === 0 || params.kinds.includes(security.kind),
    )
    if (chosen.length === 0 && params.withoutSecurities) {
      rows.push({ ...base, kindLabel: null, amountCents: null, date: null, validUntil: null, bank: null, order: null })
    }
    for (const security of chosen) {
      rows.push({
        ...base,
        kindLabel: kindLabels[security.kind],
        amountCents: security.amountCents,
        date: security.date,
        validUntil: security.validUntil,
        bank: security.bank,
        order: security,
      })
    }
  }
  rows.sort((a, b) => {
    if (params.byExpiry && a.order && b.order) {
      const compared = byExpiry(a.order, b.order)
      if (compared) return compared
    }
    return collator.compare(a.object, b.object) || collator.compare(a.unit, b.unit)
  })
  return rows.map(({ order: _order, ...row }) => row)
}

export const securitiesReport = defineReport<Parameters, SecurityRow>({
  key: 'securities',
  title: { de: 'Sicherstellungen', en: 'Securities' },
  group: 'persons',
  permission: P.securitiesReport,
  parameters,
  check: (req, params) => checkObjects(req, params.objects),
  count: async (req, params) => countAs(req, 'tenancies', tenancyWhere(params, await onOf(req, params))),
  rows: async function* (req, params) {
    yield* fromArray(await rowsOf(req, params))
  },
  columns: () => [
    { header: 'Objekt', cell: (row) => row.object },
    { header: 'Einheit', cell: (row) => row.unit },
    { header: 'Bestandnehmer', cell: (row) => row.holder },
    { header: 'Auszug', cell: (row) => formatDay(row.moveOut) },
    { header: 'Art', cell: (row) => row.kindLabel },
    { header: 'Betrag €', cell: (row) => (row.amountCents === null ? null : formatCentsNumber(row.amountCents)) },
    { header: 'Datum', cell: (row) => formatDay(row.date) },
    { header: 'gültig bis', cell: (row) => formatDay(row.validUntil) },
    { header: 'Bank', cell: (row) => row.bank },
  ],
  template: 'securities.hbs',
  templateDirectory: templateDirectoryOf('securities'),
  landscape: true,
  describe: (params) => (params.on ? [`Stichtag ${formatDay(params.on)}`] : []),
  documentTitle: () => 'Sicherstellungen',
})
