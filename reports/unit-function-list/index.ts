import type { PayloadRequest, Where } from 'payload'
import { z } from 'zod'

import { P } from '@/constants/permissions'
import { formatDay } from '@/lib/format'

import { defineReport, fromArray } from '../pipeline/definition'
import { checkObjects, choice, choices, day, flag, ids } from '../pipeline/parameters'
import { activeOn, byIds, countAs, findAllAs, idOf } from '../pipeline/read'
import { templateDirectoryOf } from '../pipeline/templates'
import { today } from '@/globals/settings-reader'

/** SPEC F-66 (53032): who holds which function for each unit. */
const parameters = z
  .object({
    functionTypes: ids('Funktionen', 'function-types'),
    persons: ids('Funktionsträger', 'persons'),
    holdingTypes: ids('Bestandsarten', 'holding-types'),
    objectTypes: choices('Objekttypus', ['rental', 'condominium', 'mixed'], {
      rental: 'Miete',
      condominium: 'Wohnungseigentum',
      mixed: 'gemischt',
    }),
    objectGroups: ids('Objektgruppen', 'object-groups'),
    objects: ids('Objekte', 'objects'),
    postcodeFrom: z
      .string()
      .trim()
      .regex(/^\d{4,5}$/)
      .optional()
      .meta({ title: 'PLZ von' }),
    postcodeUntil: z
      .string()
      .trim()
      .regex(/^\d{4,5}$/)
      .optional()
      .meta({ title: 'PLZ bis' }),
    includeInactive: flag('auch inaktive Einheiten'),
    includeMovedOut: flag('auch ausgezogene (beendete Funktionen)'),
    layout: choice('Listenart', ['standard', 'detailed'], { standard: 'Standard', detailed: 'mit Details' }).default(
      'standard',
    ),
    on: day('Stichtag (leer: heute)').optional(),
  })
  .superRefine((value, context) => {
    if (value.postcodeFrom && value.postcodeUntil && value.postcodeUntil < value.postcodeFrom)
      context.addIssue({ code: 'custom', path: ['postcodeUntil'], message: 'Das Ende liegt vor dem Beginn.' })
  })
type Parameters = z.infer<typeof parameters>

export type FunctionRow = {
  objectNumber: string
  unitNumber: string
  topNumber: string | null
  holdingType: string | null
  functionCode: number | null
  functionName: string
  holder: string
  address: string | null
  from: string | null
  until: string | null
}

function unitWhere(params: Parameters): Where {
  const and: Where[] = []
  if (params.objects.length) and.push({ object: { in: params.objects } })
  if (params.holdingTypes.length) and.push({ holdingType: { in: params.holdingTypes } })
  if (params.objectTypes.length) and.push({ 'object.type': { in: params.objectTypes } })
  if (params.objectGroups.length) and.push({ 'object.groups': { in: params.objectGroups } })
  if (params.postcodeFrom) and.push({ 'object.address.postcode': { greater_than_equal: params.postcodeFrom } })
  if (params.postcodeUntil) and.push({ 'object.address.postcode': { less_than_equal: params.postcodeUntil } })
  if (!params.includeInactive) and.push({ 'status.active': { equals: true } })
  return { and }
}

function functionWhere(params: Parameters, units: number[]): Where {
  const and: Where[] = [{ unit: { in: units } }]
  if (params.functionTypes.length) and.push({ functionType: { in: params.functionTypes } })
  if (params.persons.length) and.push({ person: { in: params.persons } })
  return { and }
}

async function rowsOf(req: PayloadRequest, params: Parameters): Promise<FunctionRow[]> {
  const on = params.on ?? (await today(req))
  const units = await findAllAs(req, 'units', { where: unitWhere(params) })
  if (units.length === 0) return []
  const functions = (
    await findAllAs(req, 'functions', {
      where: functionWhere(
        params,
        units.map((unit) => unit.id),
      ),
    })
  ).filter((entry) => params.includeMovedOut || activeOn(entry.from, entry.until, on))
  const [objects, types, functionTypes, persons] = await Promise.all([
    byIds(
      req,
      'objects',
      units.map((unit) => idOf(unit.object)),
    ),
    byIds(
      req,
      'holding-types',
      units.map((unit) => idOf(unit.holdingType)),
    ),
    byIds(
      req,
      'function-types',
      functions.map((entry) => idOf(entry.functionType)),
    ),
    byIds(
      req,
      'persons',
      functions.map((entry) => idOf(entry.person)),
    ),
  ])
  const unitById = new Map(units.map((unit) => [unit.id, unit]))
  const rows = functions.map((entry) => {
    const unit = unitById.get(idOf(entry.unit)!)!
    const person = persons.get(idOf(entry.person)!)
    const type = functionTypes.get(idOf(entry.functionType)!)
    const address = person?.address
    return {
      objectNumber: objects.get(idOf(unit.object)!)?.number ?? '',
      unitNumber: unit.unitNumber,
      topNumber: unit.topNumber ?? null,
      holdingType: types.get(idOf(unit.holdingType)!)?.text ?? null,
      functionCode: type?.code ?? null,
      functionName: type?.name ?? '',
      holder: person?.displayName ?? '',
      address: address?.street
        ? `${address.street} ${address.houseNumber ?? ''}, ${address.postcode ?? ''} ${address.city ?? ''}`
            .replace(/\s+/g, ' ')
            .trim()
        : null,
      from: entry.from ? entry.from.slice(0, 10) : null,
      until: entry.until ? entry.until.slice(0, 10) : null,
    }
  })
  const collator = new Intl.Collator('de', { numeric: true })
  return rows.sort(
    (a, b) =>
      collator.compare(a.objectNumber, b.objectNumber) ||
      collator.compare(a.unitNumber, b.unitNumber) ||
      (a.functionCode ?? 0) - (b.functionCode ?? 0) ||
      (a.from ?? '').localeCompare(b.from ?? ''),
  )
}

export const unitFunctionList = defineReport<Parameters, FunctionRow>({
  key: 'unit-function-list',
  title: { de: 'Einheiten-Funktionsliste', en: 'Unit function list' },
  group: 'objects',
  permission: P.unitFunctionList,
  parameters,
  check: (req, params) => checkObjects(req, params.objects),
  count: (req, params) => countAs(req, 'units', unitWhere(params)),
  rows: async function* (req, params) {
    yield* fromArray(await rowsOf(req, params))
  },
  columns: (params) => [
    { header: 'Objekt-Nr.', cell: (row) => row.objectNumber },
    { header: 'Einheit', cell: (row) => row.unitNumber },
    { header: 'Top', cell: (row) => row.topNumber },
    ...(params.layout === 'detailed' ? [{ header: 'Bestandsart', cell: (row: FunctionRow) => row.holdingType }] : []),
    { header: 'Funktion', cell: (row) => row.functionName },
    { header: 'Funktionsträger', cell: (row) => row.holder },
    ...(params.layout === 'detailed' ? [{ header: 'Adresse', cell: (row: FunctionRow) => row.address }] : []),
    { header: 'von', cell: (row) => formatDay(row.from) },
    { header: 'bis', cell: (row) => formatDay(row.until) },
  ],
  template: 'unit-function-list.hbs',
  templateDirectory: templateDirectoryOf('unit-function-list'),
  landscape: true,
  describe: (params, day) => [
    `Stand ${formatDay(params.on ?? day)}`,
    params.layout === 'detailed' ? 'mit Details' : 'Standard',
  ],
  context: (_req, params) => ({ detailed: params.layout === 'detailed' }),
  documentTitle: () => 'Einheiten-Funktionsliste',
})
