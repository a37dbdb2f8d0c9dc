import type { PayloadRequest, Where } from 'payload'
import { z } from 'zod'

import { P } from '@/constants/permissions'
import { today } from '@/globals/settings-reader'
import { formatDay } from '@/lib/format'

import { type Column, defineReport, fromArray } from '../pipeline/definition'
import { checkObjects, choice, day, id } from '../pipeline/parameters'
import { activeOn, byIds, dayOf, findAllAs, idOf } from '../pipeline/read'
import { templateDirectoryOf } from '../pipeline/templates'

/**
 * SPEC F-69 (manual "Übergabeliste"): a signature list of an object's holders, as the holders
 * grid shows them on a day, with an editable heading and description, 3–5 columns whose caption
 * and content are chosen, and blank rows at the start and end for entries by hand.
 */
const contents = ['unitNumber', 'topNumber', 'staircase', 'holders', 'moveIn', 'blank'] as const
const contentLabels = {
  unitNumber: 'Einheit',
  topNumber: 'Top',
  staircase: 'Stiege',
  holders: 'Bestandnehmer',
  moveIn: 'Bezug',
  blank: 'leer (Unterschrift, Datum …)',
} as const
type Content = (typeof contents)[number]

const caption = (title: string, fallback: string) => z.string().trim().max(60).default(fallback).meta({ title })
const content = (title: string, fallback: Content) => choice(title, contents, contentLabels).default(fallback)
const extraRows = (title: string) => z.number().int().min(0).max(40).default(0).meta({ title })

const parameters = z.object({
  object: id('Objekt', 'objects'),
  on: day('Stichtag (leer: heute)').optional(),
  heading: z.string().trim().min(1).max(120).default('Übergabeliste').meta({ title: 'Überschrift' }),
  description: z.string().trim().max(2000).default('').meta({ title: 'Beschreibung' }),
  columnCount: choice('Anzahl der Spalten', ['3', '4', '5'], { 3: '3', 4: '4', 5: '5' }).default('3'),
  caption1: caption('Spalte 1: Beschriftung', 'Top'),
  content1: content('Spalte 1: Text', 'topNumber'),
  caption2: caption('Spalte 2: Beschriftung', 'Bestandnehmer'),
  content2: content('Spalte 2: Text', 'holders'),
  caption3: caption('Spalte 3: Beschriftung', 'Unterschrift'),
  content3: content('Spalte 3: Text', 'blank'),
  caption4: caption('Spalte 4: Beschriftung', 'Datum'),
  content4: content('Spalte 4: Text', 'blank'),
  caption5: caption('Spalte 5: Beschriftung', 'Anmerkung'),
  content5: content('Spalte 5: Text', 'blank'),
  rowsBefore: extraRows('zusätzliche Zeilen am Anfang'),
  rowsAfter: extraRows('zusätzliche Zeilen am Ende'),
  sortBy: choice('Sortierung', ['topNumber', 'unitNumber', 'holders'], {
    topNumber: 'Top-Nummer',
    unitNumber: 'Einheitennummer',
    holders: 'Bestandnehmer',
  }).default('topNumber'),
})
type Parameters = z.infer<typeof parameters>

/** One holder line of the grid; the blank rows at the start and end have no unit. */
export type HandoverRow = {
  unitNumber: string | null
  topNumber: string | null
  staircase: string | null
  holders: string | null
  moveIn: string | null
}

const blankRow: HandoverRow = { unitNumber: null, topNumber: null, staircase: null, holders: null, moveIn: null }

async function holderRows(req: PayloadRequest, params: Parameters): Promise<HandoverRow[]> {
  const on = params.on ?? (await today(req))
  const units = await findAllAs(req, 'units', { where: { object: { equals: params.object } } })
  if (units.length === 0) return []
  const where: Where = { and: [{ unit: { in: units.map((unit) => unit.id) } }, { kind: { in: ['tenant', 'owner'] } }] }
  const tenancies = (await findAllAs(req, 'tenancies', { where })).filter((tenancy) =>
    activeOn(tenancy.moveIn, tenancy.moveOut, on),
  )
  const [persons, stairs] = await Promise.all([
    byIds(
      req,
      'persons',
      tenancies.flatMap((tenancy) => (tenancy.holders ?? []).map(idOf)),
    ),
    byIds(
      req,
      'staircases',
      units.map((unit) => idOf(unit.staircase)),
    ),
  ])
  const unitById = new Map(units.map((unit) => [unit.id, unit]))
  const rows = tenancies.map((tenancy) => {
    const unit = unitById.get(idOf(tenancy.unit)!)!
    return {
      unitNumber: unit.unitNumber,
      topNumber: unit.topNumber ?? null,
      staircase: stairs.get(idOf(unit.staircase)!)?.name ?? null,
      holders:
        (tenancy.holders ?? [])
          .map((holder) => persons.get(idOf(holder)!)?.displayName)
          .filter(Boolean)
          .join(', ') || null,
      moveIn: dayOf(tenancy.moveIn),
    }
  })
  const collator = new Intl.Collator('de', { numeric: true })
  return rows.sort(
    (a, b) =>
      collator.compare(a[params.sortBy] ?? '', b[params.sortBy] ?? '') ||
      collator.compare(a.unitNumber ?? '', b.unitNumber ?? ''),
  )
}

async function rowsOf(req: PayloadRequest, params: Parameters): Promise<HandoverRow[]> {
  const holders = await holderRows(req, params)
  const blanks = (count: number) => Array.from({ length: count }, () => blankRow)
  return [...blanks(params.rowsBefore), ...holders, ...blanks(params.rowsAfter)]
}

function cellOf(row: HandoverRow, what: Content): string {
  if (what === 'blank') return ''
  if (what === 'moveIn') return formatDay(row.moveIn)
  return row[what] ?? ''
}

function chosenColumns(params: Parameters): Column<HandoverRow>[] {
  const all = [
    [params.caption1, params.content1],
    [params.caption2, params.content2],
    [params.caption3, params.content3],
    [params.caption4, params.content4],
    [params.caption5, params.content5],
  ] as const
  return all
    .slice(0, Number(params.columnCount))
    .map(([header, what]) => ({ header, cell: (row: HandoverRow) => cellOf(row, what) }))
}

export const handoverList = defineReport<Parameters, HandoverRow>({
  key: 'handover-list',
  title: { de: 'Übergabeliste', en: 'Handover list' },
  group: 'objectMenu',
  permission: P.tenanciesRead,
  objectParameter: 'object',
  parameters,
  check: (req, params) => checkObjects(req, [params.object]),
  count: async (req, params) => (await rowsOf(req, params)).length,
  rows: async function* (req, params) {
    yield* fromArray(await rowsOf(req, params))
  },
  columns: chosenColumns,
  template: 'handover-list.hbs',
  templateDirectory: templateDirectoryOf('handover-list'),
  describe: (params, day) => [`Stand ${formatDay(params.on ?? day)}`],
  context: async (req, params, rows) => {
    const object = await req.payload.findByID({
      collection: 'objects',
      id: params.object,
      depth: 0,
      req,
      user: req.user,
      overrideAccess: false,
    })
    const address = object.address
    const columns = chosenColumns(params)
    return {
      heading: params.heading,
      description: params.description,
      objectName: [object.number, object.name].filter(Boolean).join(' '),
      objectAddress: [
        [address?.street, address?.houseNumber].filter(Boolean).join(' '),
        [address?.postcode, address?.city].filter(Boolean).join(' '),
      ]
        .filter(Boolean)
        .join(', '),
      captions: columns.map((column) => column.header),
      table: rows.map((row) => columns.map((column) => column.cell(row))),
    }
  },
  documentTitle: (params, day) => `${params.heading} ${formatDay(params.on ?? day)}`,
})
