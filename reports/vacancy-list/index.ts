import { z } from 'zod'

import { P } from '@/constants/permissions'
import { formatDay, formatDecimal } from '@/lib/format'

import { type Column, defineReport } from '../pipeline/definition'
import { checkObjects, choice, choices, day, flag, id, ids, perDateOrRange } from '../pipeline/parameters'
import { templateDirectoryOf } from '../pipeline/templates'
import { countVacancyRows, monthsOf, touchesMonth, type VacancyFilter, type VacancyRow, vacancyRows } from './query'

const objectTypeLabels = { rental: 'Miete', condominium: 'Wohnungseigentum', mixed: 'gemischt' }
const groupLabels = {
  none: 'keine',
  object: 'Objekt',
  holdingType: 'Bestandsart',
  vacancyReason: 'Leerstandsgrund',
  allocationOffice: 'Vergabestelle',
}
const sortLabels = {
  object: 'Objekt und Einheit',
  vacancyStart: 'Leer seit',
  holdingType: 'Bestandsart',
  netArea: 'Nutzfläche',
}

const period = {
  on: day('Stichtag (per)').optional(),
  from: day('von').optional(),
  until: day('bis').optional(),
}

/** Every restriction of the vacancy list's dialog (SPEC F-60). */
const fullParameters = z
  .object({
    ...period,
    objects: ids('Objekte', 'objects'),
    holdingTypes: ids('Bestandsarten', 'holding-types'),
    objectTypes: choices('Objekttypus', ['rental', 'condominium', 'mixed'], objectTypeLabels),
    city: z.string().trim().max(100).optional().meta({ title: 'Ort' }),
    vacancyReasons: ids('Leerstandsgründe', 'vacancy-reasons'),
    objectGroups: ids('Objektgruppen', 'object-groups'),
    functionType: id('Funktion (Funktionsträger)', 'function-types').optional(),
    functionHolders: ids('Funktionsträger', 'persons'),
    allocationOffices: ids('Vergabestellen', 'allocation-offices'),
    groupBy: choice(
      'Gruppierung',
      ['none', 'object', 'holdingType', 'vacancyReason', 'allocationOffice'],
      groupLabels,
    ).default('none'),
    sortBy: choice('Sortierung', ['object', 'vacancyStart', 'holdingType', 'netArea'], sortLabels).default('object'),
    includeTerminations: flag('Kündigungen anzeigen'),
    alternativeLayout: flag('Alternative Anzeige (Leerstehungsmonate markiert)'),
    csvLayout: choice('CSV-Aufbau', ['standard', 'allocationOffice'], {
      standard: 'Standard',
      allocationOffice: 'für Vergabestellen',
    }).default('standard'),
  })
  .superRefine(perDateOrRange)

type FullParameters = z.infer<typeof fullParameters>

/** The simpler dialog of the refurbishment list: period, objects, sort. */
const refurbishmentParameters = z
  .object({
    ...period,
    objects: ids('Objekte', 'objects'),
    sortBy: choice('Sortierung', ['object', 'vacancyStart', 'holdingType', 'netArea'], sortLabels).default('object'),
    alternativeLayout: flag('Alternative Anzeige (Leerstehungsmonate markiert)'),
  })
  .superRefine(perDateOrRange)

type RefurbishmentParameters = z.infer<typeof refurbishmentParameters>

/** From the object menu: the full dialog for one object (53040). */
const objectParameters = z
  .object({ ...period, object: id('Objekt', 'objects') })
  .extend({
    includeTerminations: flag('Kündigungen anzeigen'),
    alternativeLayout: flag('Alternative Anzeige (Leerstehungsmonate markiert)'),
    sortBy: choice('Sortierung', ['object', 'vacancyStart', 'holdingType', 'netArea'], sortLabels).default('object'),
  })
  .superRefine(perDateOrRange)

type ObjectParameters = z.infer<typeof objectParameters>

const none: Omit<VacancyFilter, 'on' | 'from' | 'until'> = {
  objects: [],
  holdingTypes: [],
  objectTypes: [],
  vacancyReasons: [],
  refurbishmentOnly: false,
  objectGroups: [],
  functionHolders: [],
  allocationOffices: [],
  includeTerminations: false,
  groupBy: 'none',
  sortBy: 'object',
}

export function vacancyFilterOf(params: Partial<FullParameters>, extra: Partial<VacancyFilter> = {}): VacancyFilter {
  return { ...none, ...params, ...extra } as VacancyFilter
}

const area = (row: VacancyRow) => (row.netArea === null ? '' : formatDecimal(Number(row.netArea), 2))
const kindLabel = (row: VacancyRow) => (row.kind === 'vacancy' ? 'Leerstehung' : 'Kündigung')

const standardColumns: Column<VacancyRow>[] = [
  { header: 'Art', cell: kindLabel },
  { header: 'Objekt-Nr.', cell: (row) => row.objectNumber },
  { header: 'Objekt', cell: (row) => row.objectName },
  { header: 'Einheit', cell: (row) => row.unitNumber },
  { header: 'Top', cell: (row) => row.topNumber },
  { header: 'Bestandsart', cell: (row) => row.holdingType },
  { header: 'Nutzfläche m²', cell: area, numeric: true },
  { header: 'leer seit / Bezug', cell: (row) => formatDay(row.start) },
  { header: 'leer bis / wirksam zum', cell: (row) => formatDay(row.end) },
  { header: 'Grund', cell: (row) => row.reason },
  { header: 'Kommentar', cell: (row) => row.comment },
  { header: 'Vergabestelle', cell: (row) => row.allocationOffice },
]

/** What an allocation office needs to offer a unit: where, what, how big, free from when. */
const allocationOfficeColumns: Column<VacancyRow>[] = [
  { header: 'Vergabestelle', cell: (row) => row.allocationOffice },
  { header: 'Straße', cell: (row) => row.street },
  { header: 'PLZ', cell: (row) => row.postcode },
  { header: 'Ort', cell: (row) => row.city },
  { header: 'Top', cell: (row) => row.topNumber ?? row.unitNumber },
  { header: 'Bestandsart', cell: (row) => row.holdingType },
  { header: 'Zimmer', cell: (row) => (row.rooms === null ? '' : formatDecimal(Number(row.rooms), 0)), numeric: true },
  { header: 'Kategorie', cell: (row) => row.category },
  { header: 'Nutzfläche m²', cell: area, numeric: true },
  {
    header: 'frei ab',
    cell: (row) => formatDay(row.kind === 'vacancy' ? row.start : row.end),
  },
]

function describe(params: { on?: string; from?: string; until?: string; includeTerminations?: boolean }) {
  const lines = [
    params.on ? `Stichtag ${formatDay(params.on)}` : `Zeitraum ${formatDay(params.from)} – ${formatDay(params.until)}`,
  ]
  if (params.includeTerminations) lines.push('mit Kündigungen')
  return lines
}

/** Rows in groups for the page; the months of the alternative layout, each marked per row. */
function context(
  params: { on?: string; from?: string; until?: string; alternativeLayout?: boolean },
  rows: VacancyRow[],
) {
  const months = monthsOf(params)
  const groups: Array<{ title: string; rows: unknown[]; count: number }> = []
  for (const row of rows) {
    let group = groups[groups.length - 1]
    if (!group || group.title !== row.groupKey) {
      group = { title: row.groupKey, rows: [], count: 0 }
      groups.push(group)
    }
    group.count += 1
    group.rows.push({
      ...row,
      kindLabel: kindLabel(row),
      marks: params.alternativeLayout
        ? months.map((month) => ({
            month,
            mark: touchesMonth(row, month) ? (row.kind === 'vacancy' ? 'vacant' : 'terminated') : '',
          }))
        : [],
    })
  }
  return {
    groups,
    alternative: Boolean(params.alternativeLayout),
    months: months.map((month) => ({ month, label: `${month.slice(5, 7)}/${month.slice(2, 4)}` })),
  }
}

export const vacancyList = defineReport<FullParameters, VacancyRow>({
  key: 'vacancy-list',
  title: { de: 'Leerstehungsliste', en: 'Vacancy list' },
  group: 'objects',
  permission: P.vacancyList,
  parameters: fullParameters,
  check: (req, params) => checkObjects(req, params.objects),
  count: (req, params) => countVacancyRows(req, vacancyFilterOf(params)),
  rows: (req, params) => vacancyRows(req, vacancyFilterOf(params)),
  columns: (params) => (params.csvLayout === 'allocationOffice' ? allocationOfficeColumns : standardColumns),
  template: 'vacancy-list.hbs',
  templateDirectory: templateDirectoryOf('vacancy-list'),
  landscape: true,
  describe,
  context: (_req, params, rows) => context(params, rows),
  documentTitle: (params) => `Leerstehungsliste ${describe(params)[0]}`,
})

export const vacancyListRefurbishment = defineReport<RefurbishmentParameters, VacancyRow>({
  key: 'vacancy-list-refurbishment',
  title: { de: 'Leerstehungen wegen Sanierung', en: 'Vacancies for refurbishment' },
  group: 'objects',
  permission: P.vacancyListRefurbishment,
  parameters: refurbishmentParameters,
  check: (req, params) => checkObjects(req, params.objects),
  count: (req, params) => countVacancyRows(req, vacancyFilterOf(params, { refurbishmentOnly: true })),
  rows: (req, params) => vacancyRows(req, vacancyFilterOf(params, { refurbishmentOnly: true })),
  columns: () => standardColumns,
  template: 'vacancy-list.hbs',
  templateDirectory: templateDirectoryOf('vacancy-list'),
  landscape: true,
  describe,
  context: (_req, params, rows) => context(params, rows),
  documentTitle: (params) => `Leerstehungen wegen Sanierung ${describe(params)[0]}`,
})

export const vacancyListObject = defineReport<ObjectParameters, VacancyRow>({
  key: 'vacancy-list-object',
  title: { de: 'Leerstehungen des Objekts', en: 'Vacancies of the object' },
  group: 'objectMenu',
  permission: P.vacanciesInObjectMenu,
  objectParameter: 'object',
  parameters: objectParameters,
  check: (req, params) => checkObjects(req, [params.object]),
  count: (req, params) => countVacancyRows(req, vacancyFilterOf({ ...params, objects: [params.object] })),
  rows: (req, params) => vacancyRows(req, vacancyFilterOf({ ...params, objects: [params.object] })),
  columns: () => standardColumns,
  template: 'vacancy-list.hbs',
  templateDirectory: templateDirectoryOf('vacancy-list'),
  landscape: true,
  describe,
  context: (_req, params, rows) => context(params, rows),
  documentTitle: (params) => `Leerstehungen ${describe(params)[0]}`,
})
