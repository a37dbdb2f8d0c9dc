import type { CollectionSlug, PayloadRequest } from 'payload'
import { z } from 'zod'

import { P } from '@/constants/permissions'
import { type CalendarDate, storedDate } from '@/lib/dates'
import { formatDay, formatDecimal } from '@/lib/format'

import { checkReadOnce, queryValue, streamQuery } from '../pipeline/bulk'
import { defineReport } from '../pipeline/definition'
import { checkObjects, day, ids } from '../pipeline/parameters'
import { templateDirectoryOf } from '../pipeline/templates'
import { today } from '@/globals/settings-reader'

/** SPEC F-61: units with their holders, move-in/out, area and property manager. */
const parameters = z.object({
  objects: ids('Objekte', 'objects'),
  holdingTypes: ids('Bestandsarten', 'holding-types'),
  units: ids('Nur diese Einheiten', 'units'),
  onlyActive: z.boolean().default(true).meta({ title: 'nur aktive Bestandsverhältnisse' }),
  on: day('aktiv am (leer: heute)').optional(),
})
type Parameters = z.infer<typeof parameters>

export type UnitListRow = {
  objectNumber: string
  objectName: string
  unitNumber: string
  topNumber: string | null
  holdingType: string | null
  kind: 'tenant' | 'owner' | null
  holders: string | null
  moveIn: string | null
  moveOut: string | null
  netArea: string | null
  manager: string | null
}

const readPlan = {
  units: ['unitNumber', 'topNumber', 'holdingType', 'netArea', 'object'],
  objects: ['number', 'name', 'propertyManager'],
  tenancies: ['kind', 'holders', 'moveIn', 'moveOut'],
  'holding-types': ['text'],
  persons: ['displayName'],
  users: ['name'],
}
/** Labels: without reading persons or users (clerks read only themselves), those columns stay empty. */
const lookups: CollectionSlug[] = ['holding-types', 'persons', 'users']

const dayText = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD')`

/** The list's statement with its parameters (the bench runs the same text through COPY). */
export function unitListStatement(params: Parameters, day: CalendarDate) {
  const values: unknown[] = []
  const param = (value: unknown) => {
    values.push(value)
    return `$${values.length}`
  }
  // The day is a parameter only when it is used: Postgres refuses parameters the text does not name.
  const on = params.onlyActive ? param(storedDate(params.on ?? day)) : null
  const active = on
    ? `and (t.move_in is null or t.move_in <= ${on}) and (t.move_out is null or t.move_out >= ${on})`
    : ''
  const where = ['true']
  if (params.objects.length) where.push(`u.object_id = any(${param(params.objects)}::int[])`)
  if (params.holdingTypes.length) where.push(`u.holding_type_id = any(${param(params.holdingTypes)}::int[])`)
  if (params.units.length) where.push(`u.id = any(${param(params.units)}::int[])`)
  const from = `
    from units u
      join objects o on o.id = u.object_id
      left join holding_types ht on ht.id = u.holding_type_id
      left join users pm on pm.id = o.property_manager_id
      left join tenancies t on t.unit_id = u.id and t.kind in ('tenant', 'owner') ${active}
    where ${where.join(' and ')}`
  const text = `
    select o.number as "objectNumber", o.name as "objectName", u.unit_number as "unitNumber", u.top_number as "topNumber",
      ht.text as "holdingType", t.kind::text as kind,
      (select string_agg(p.display_name, ', ' order by r."order") from tenancies_rels r join persons p on p.id = r.persons_id
        where r.parent_id = t.id and r.path = 'holders') as holders,
      ${dayText('t.move_in')} as "moveIn", ${dayText('t.move_out')} as "moveOut", u.net_area::text as "netArea", pm.name as manager
    ${from}
    order by o.number, u.unit_number, t.move_in nulls first, t.id`
  return { text, count: `select count(*) ${from}`, values }
}

export async function* unitListRows(req: PayloadRequest, params: Parameters): AsyncIterable<UnitListRow> {
  const readable = await checkReadOnce(req, readPlan, lookups)
  const { text, values } = unitListStatement(params, await today(req))
  for await (const row of streamQuery<UnitListRow>(req, text, values)) {
    if (!readable.has('holding-types.text')) row.holdingType = null
    if (!readable.has('persons.displayName')) row.holders = null
    if (!readable.has('users.name')) row.manager = null
    yield row
  }
}

const kindLabel = (kind: UnitListRow['kind']) =>
  kind === 'tenant' ? 'Mieter' : kind === 'owner' ? 'Eigentümer' : 'leer'
const area = (row: UnitListRow) => (row.netArea === null ? '' : formatDecimal(Number(row.netArea), 2))

export const unitListAll = defineReport<Parameters, UnitListRow>({
  key: 'unit-list-all',
  title: { de: 'Wohnungsliste aller Objekte', en: 'Unit list of all objects' },
  group: 'objects',
  permission: P.unitListAllObjects,
  parameters,
  check: (req, params) => checkObjects(req, params.objects),
  count: async (req, params) => {
    await checkReadOnce(req, readPlan, lookups)
    const { count, values } = unitListStatement(params, await today(req))
    return queryValue(req, count, values)
  },
  rows: unitListRows,
  columns: () => [
    { header: 'Objekt-Nr.', cell: (row) => row.objectNumber },
    { header: 'Objekt', cell: (row) => row.objectName },
    { header: 'Einheit', cell: (row) => row.unitNumber },
    { header: 'Top', cell: (row) => row.topNumber },
    { header: 'Bestandsart', cell: (row) => row.holdingType },
    { header: 'Typus', cell: (row) => kindLabel(row.kind) },
    { header: 'Bestandnehmer', cell: (row) => row.holders },
    { header: 'Bezug', cell: (row) => formatDay(row.moveIn) },
    { header: 'Auszug', cell: (row) => formatDay(row.moveOut) },
    { header: 'Nutzfläche m²', cell: area, numeric: true },
    { header: 'Hausverwalter:in', cell: (row) => row.manager },
  ],
  template: 'unit-list-all.hbs',
  // One line a row, about 30 a landscape page: a part of 6,000 rows is some 200 pages.
  pdfPartRows: 6000,
  templateDirectory: templateDirectoryOf('unit-list-all'),
  landscape: true,
  describe: (params, day) => [
    params.onlyActive
      ? `nur aktive Bestandsverhältnisse am ${formatDay(params.on ?? day)}`
      : 'alle Bestandsverhältnisse',
  ],
  // The object as a heading row where it changes, not as a column: repeated on every row, its
  // name wrapped each row to three lines, so 16,000 rows made ~1,600 pages, past what Chromium
  // prints in one job ("Printing failed"); one line a row gives ~30 rows a page.
  context: (_req, _params, rows) => ({
    rows: rows.map((row, index) => ({
      ...row,
      kindLabel: kindLabel(row.kind),
      objectStart: index === 0 || rows[index - 1].objectNumber !== row.objectNumber,
    })),
  }),
  documentTitle: (_params, day) => `Wohnungsliste aller Objekte ${formatDay(day)}`,
})
