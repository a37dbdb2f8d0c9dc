import type { PayloadRequest, Where } from 'payload'
import { z } from 'zod'

import { P } from '@/constants/permissions'
import { formatDay, formatDecimal } from '@/lib/format'

import { defineReport, fromArray } from '../pipeline/definition'
import { checkObjects, choice, day, flag, id, ids } from '../pipeline/parameters'
import { activeOn, byIds, countAs, findAllAs, idOf } from '../pipeline/read'
import { templateDirectoryOf } from '../pipeline/templates'
import { today } from '@/globals/settings-reader'

/** SPEC F-68 (object menu, 53031): the current units of one object with their holders. */
const parameters = z.object({
  object: id('Objekt', 'objects'),
  buildingParts: ids('Gebäudeteile', 'building-parts'),
  staircases: ids('Stiegen', 'staircases'),
  unitsOnly: flag('nur Einheitenlistung (Gebäudeteile und Stiegen nicht beachten)'),
  sortBy: choice('Sortierung', ['unitNumber', 'topNumber', 'holdingType', 'netArea'], {
    unitNumber: 'Einheitennummer',
    topNumber: 'Top-Nummer',
    holdingType: 'Bestandsart',
    netArea: 'Nutzfläche',
  }).default('unitNumber'),
  on: day('Stichtag (leer: heute)').optional(),
})
type Parameters = z.infer<typeof parameters>

export type UnitRow = {
  buildingPart: string | null
  staircase: string | null
  unitNumber: string
  topNumber: string | null
  holdingType: string | null
  netArea: number | null
  usefulValue: number | null
  holders: string | null
}

function unitWhere(params: Parameters): Where {
  const and: Where[] = [{ object: { equals: params.object } }, { 'status.active': { equals: true } }]
  if (!params.unitsOnly && params.buildingParts.length) and.push({ buildingPart: { in: params.buildingParts } })
  if (!params.unitsOnly && params.staircases.length) and.push({ staircase: { in: params.staircases } })
  return { and }
}

async function rowsOf(req: PayloadRequest, params: Parameters): Promise<UnitRow[]> {
  const on = params.on ?? (await today(req))
  const units = await findAllAs(req, 'units', { where: unitWhere(params), depth: 0 })
  const [parts, stairs, types, tenancies] = await Promise.all([
    byIds(
      req,
      'building-parts',
      units.map((unit) => idOf(unit.buildingPart)),
    ),
    byIds(
      req,
      'staircases',
      units.map((unit) => idOf(unit.staircase)),
    ),
    byIds(
      req,
      'holding-types',
      units.map((unit) => idOf(unit.holdingType)),
    ),
    units.length
      ? findAllAs(req, 'tenancies', {
          where: { and: [{ unit: { in: units.map((unit) => unit.id) } }, { kind: { in: ['tenant', 'owner'] } }] },
          depth: 0,
        })
      : Promise.resolve([]),
  ])
  const persons = await byIds(
    req,
    'persons',
    tenancies.flatMap((tenancy) => (tenancy.holders ?? []).map(idOf)),
  )
  const holdersOf = new Map<number, string>()
  for (const tenancy of tenancies) {
    if (!activeOn(tenancy.moveIn, tenancy.moveOut, on)) continue
    const names = (tenancy.holders ?? []).map((holder) => persons.get(idOf(holder)!)?.displayName).filter(Boolean)
    if (names.length) holdersOf.set(idOf(tenancy.unit)!, names.join(', '))
  }
  const rows = units.map((unit) => ({
    buildingPart: parts.get(idOf(unit.buildingPart)!)?.name ?? null,
    staircase: stairs.get(idOf(unit.staircase)!)?.name ?? null,
    unitNumber: unit.unitNumber,
    topNumber: unit.topNumber ?? null,
    holdingType: types.get(idOf(unit.holdingType)!)?.text ?? null,
    netArea: unit.netArea ?? null,
    usefulValue: unit.usefulValue ?? null,
    holders: holdersOf.get(unit.id) ?? null,
  }))
  const collator = new Intl.Collator('de', { numeric: true })
  const key = (row: UnitRow): string | number =>
    params.sortBy === 'netArea' ? -(row.netArea ?? 0) : String(row[params.sortBy] ?? '')
  return rows.sort((a, b) => {
    if (!params.unitsOnly) {
      const byPlace =
        collator.compare(a.buildingPart ?? '', b.buildingPart ?? '') ||
        collator.compare(a.staircase ?? '', b.staircase ?? '')
      if (byPlace) return byPlace
    }
    const [x, y] = [key(a), key(b)]
    const bySort = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y))
    return bySort || collator.compare(a.unitNumber, b.unitNumber)
  })
}

const area = (value: number | null) => (value === null ? '' : formatDecimal(value, 2))

export const unitListObject = defineReport<Parameters, UnitRow>({
  key: 'unit-list-object',
  title: { de: 'Einheitenliste des Objekts', en: 'Unit list of the object' },
  group: 'objectMenu',
  permission: P.unitReportInObjectMenu,
  objectParameter: 'object',
  parameters,
  check: (req, params) => checkObjects(req, [params.object]),
  count: (req, params) => countAs(req, 'units', unitWhere(params)),
  rows: async function* (req, params) {
    yield* fromArray(await rowsOf(req, params))
  },
  columns: (params) => [
    ...(params.unitsOnly
      ? []
      : [
          { header: 'Gebäudeteil', cell: (row: UnitRow) => row.buildingPart },
          { header: 'Stiege', cell: (row: UnitRow) => row.staircase },
        ]),
    { header: 'Einheit', cell: (row) => row.unitNumber },
    { header: 'Top', cell: (row) => row.topNumber },
    { header: 'Bestandsart', cell: (row) => row.holdingType },
    { header: 'Nutzfläche m²', cell: (row) => area(row.netArea), numeric: true },
    {
      header: 'Nutzwert',
      cell: (row) => (row.usefulValue === null ? '' : formatDecimal(row.usefulValue, 0)),
      numeric: true,
    },
    { header: 'Bestandnehmer', cell: (row) => row.holders },
  ],
  template: 'unit-list-object.hbs',
  templateDirectory: templateDirectoryOf('unit-list-object'),
  describe: (params, day) => [`Stand ${formatDay(params.on ?? day)}`, ...(params.unitsOnly ? ['nur Einheiten'] : [])],
  context: (_req, params, rows) => ({
    unitsOnly: params.unitsOnly,
    totalArea: rows.reduce((sum, row) => sum + Math.round((row.netArea ?? 0) * 100), 0) / 100,
  }),
  documentTitle: (params, day) => `Einheitenliste ${formatDay(params.on ?? day)}`,
})
