import type { CollectionSlug, PayloadRequest } from 'payload'

import { addMonths, storedDate } from '@/lib/dates'

import { checkReadOnce, queryValue, streamQuery } from '../pipeline/bulk'

/** The restrictions every vacancy list understands (SPEC F-60; the manual's dialog). */
export type VacancyFilter = {
  on?: string
  from?: string
  until?: string
  objects: number[]
  holdingTypes: number[]
  objectTypes: string[]
  city?: string
  vacancyReasons: number[]
  refurbishmentOnly: boolean
  objectGroups: number[]
  functionType?: number
  functionHolders: number[]
  allocationOffices: number[]
  includeTerminations: boolean
  groupBy: 'none' | 'object' | 'holdingType' | 'vacancyReason' | 'allocationOffice'
  sortBy: 'object' | 'vacancyStart' | 'holdingType' | 'netArea'
}

export type VacancyRow = {
  kind: 'vacancy' | 'termination'
  tenancy: number
  objectNumber: string
  objectName: string
  street: string
  postcode: string
  city: string
  unitNumber: string
  topNumber: string | null
  rooms: string | null
  category: string | null
  netArea: string | null
  holdingType: string | null
  reason: string | null
  comment: string | null
  /** Vacancy: first and last day vacant; termination: move-in and the day it takes effect. */
  start: string | null
  end: string | null
  allocationOffice: string | null
  groupKey: string
}

/** The fields the list shows, checked once against the user's access (bulk path). */
const readPlan = {
  tenancies: ['kind', 'moveIn', 'moveOut', 'vacancyReason', 'vacancyComment', 'termination.effectiveOn'],
  units: ['unitNumber', 'topNumber', 'rooms', 'category', 'netArea', 'holdingType', 'allocationOffice', 'address'],
  objects: ['number', 'name', 'address', 'type', 'groups'],
  'holding-types': ['text'],
  'vacancy-reasons': ['text'],
  'allocation-offices': ['name'],
} as const

/** Labels of related records: a user who may not read them gets the rows without them. */
const lookups = ['allocation-offices', 'vacancy-reasons', 'holding-types'] as const satisfies CollectionSlug[]

const day = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD')`

/** The period a list covers as stored timestamps: a day is a range of one day. */
function period(filter: VacancyFilter): { start: string; end: string } {
  const start = (filter.on ?? filter.from)!
  const end = (filter.on ?? filter.until)!
  return { start: storedDate(start), end: storedDate(end) }
}

/** The list's statement with its parameters (the bench runs the same text through COPY). */
export function vacancyStatement(filter: VacancyFilter) {
  const values: unknown[] = []
  const param = (value: unknown) => {
    values.push(value)
    return `$${values.length}`
  }
  const { start, end } = period(filter)
  const startParam = param(start)
  const endParam = param(end)
  const common: string[] = []
  if (filter.objects.length) common.push(`o.id = any(${param(filter.objects)}::int[])`)
  if (filter.holdingTypes.length) common.push(`u.holding_type_id = any(${param(filter.holdingTypes)}::int[])`)
  if (filter.objectTypes.length) common.push(`o.type::text = any(${param(filter.objectTypes)}::text[])`)
  if (filter.city) common.push(`lower(coalesce(u.address_city, o.address_city)) = lower(${param(filter.city)})`)
  if (filter.objectGroups.length)
    common.push(
      `exists (select 1 from objects_rels g where g.parent_id = o.id and g.path = 'groups' and g.object_groups_id = any(${param(filter.objectGroups)}::int[]))`,
    )
  if (filter.allocationOffices.length)
    common.push(`u.allocation_office_id = any(${param(filter.allocationOffices)}::int[])`)
  if (filter.functionType) {
    const holders = filter.functionHolders.length
      ? `and f.person_id = any(${param(filter.functionHolders)}::int[])`
      : ''
    // The holder of the function for the unit or its object during the period (F-08: start and end day count).
    common.push(
      `exists (select 1 from functions f where f.function_type_id = ${param(filter.functionType)} ${holders}
        and (f.unit_id = u.id or f.object_id = o.id)
        and f."from" <= ${endParam} and (f.until is null or f.until >= ${startParam}))`,
    )
  }
  const vacancy = [
    `t.kind = 'vacancy'`,
    `(t.move_in is null or t.move_in <= ${endParam})`,
    `(t.move_out is null or t.move_out >= ${startParam})`,
    ...common,
  ]
  if (filter.vacancyReasons.length) vacancy.push(`t.vacancy_reason_id = any(${param(filter.vacancyReasons)}::int[])`)
  if (filter.refurbishmentOnly) vacancy.push('vr.refurbishment is true')

  const groupKey: Record<VacancyFilter['groupBy'], string> = {
    none: `''`,
    object: `o.number || ' ' || o.name`,
    holdingType: `coalesce(ht.text, '')`,
    vacancyReason: `coalesce(vr.text, '')`,
    allocationOffice: `coalesce(ao.name, '')`,
  }
  const select = (kind: string, start: string, end: string) => `
    select '${kind}'::text as kind, t.id as tenancy, o.number as "objectNumber", o.name as "objectName",
      trim(concat_ws(' ', coalesce(u.address_street, o.address_street), coalesce(u.address_house_number, o.address_house_number))) as street,
      coalesce(u.address_postcode, o.address_postcode, '') as postcode, coalesce(u.address_city, o.address_city, '') as city,
      u.unit_number as "unitNumber", u.top_number as "topNumber", u.rooms::text as rooms, u.category::text as category,
      u.net_area::text as "netArea", ht.text as "holdingType", vr.text as reason, t.vacancy_comment as comment,
      ${start} as start, ${end} as "end", ao.name as "allocationOffice", ${groupKey[filter.groupBy]} as "groupKey",
      o.number as sort_object, u.unit_number as sort_unit, ht.text as sort_holding, u.net_area as sort_area
    from tenancies t
      join units u on u.id = t.unit_id
      join objects o on o.id = u.object_id
      left join holding_types ht on ht.id = u.holding_type_id
      left join vacancy_reasons vr on vr.id = t.vacancy_reason_id
      left join allocation_offices ao on ao.id = u.allocation_office_id`
  let text = `${select('vacancy', day('t.move_in'), day('t.move_out'))} where ${vacancy.join(' and ')}`
  if (filter.includeTerminations) {
    // Terminations (notice given) that take effect in the period, or after the day of a per-date list.
    const effective = filter.on
      ? `t.termination_effective_on >= ${startParam} and (t.termination_notice_given_on is null or t.termination_notice_given_on <= ${endParam})`
      : `t.termination_effective_on between ${startParam} and ${endParam}`
    const termination = [`t.kind <> 'vacancy'`, effective, ...common]
    text += ` union all ${select('termination', day('t.move_in'), day('t.termination_effective_on'))} where ${termination.join(' and ')}`
  }
  const sortBy: Record<VacancyFilter['sortBy'], string> = {
    object: 'sort_object, sort_unit',
    vacancyStart: 'start nulls first, sort_object, sort_unit',
    holdingType: 'sort_holding, sort_object, sort_unit',
    netArea: 'sort_area desc nulls last, sort_object, sort_unit',
  }
  const order = `order by "groupKey", ${sortBy[filter.sortBy]}, kind desc, tenancy`
  return { text, order, values }
}

export const vacancySelect = (text: string, order: string) =>
  `select kind, tenancy, "objectNumber", "objectName", street, postcode, city, "unitNumber", "topNumber", rooms, category, "netArea", "holdingType", reason, comment, start, "end", "allocationOffice", "groupKey" from (${text}) rows ${order}`

/** The vacancy lists' rows: one SQL cursor after one access check (bulk path). */
export async function* vacancyRows(req: PayloadRequest, filter: VacancyFilter): AsyncIterable<VacancyRow> {
  const readable = await checkReadOnce(req, readPlan as never, [...lookups])
  const hideArea = !readable.has('units.netArea')
  const hideOffice = !readable.has('allocation-offices.name')
  const { text, order, values } = vacancyStatement(filter)
  for await (const row of streamQuery<VacancyRow>(req, vacancySelect(text, order), values)) {
    if (hideArea) row.netArea = null
    if (hideOffice) row.allocationOffice = null
    yield row
  }
}

export async function countVacancyRows(req: PayloadRequest, filter: VacancyFilter): Promise<number> {
  await checkReadOnce(req, readPlan as never, [...lookups])
  const { text, values } = vacancyStatement(filter)
  return queryValue(req, `select count(*) from (${text}) rows`, values)
}

/** The months of the alternative layout: those of the range, or the twelve up to a per-date list's day. */
export function monthsOf(filter: { on?: string; from?: string; until?: string }): string[] {
  const last = (filter.on ?? filter.until)!.slice(0, 7)
  let first = filter.on ? addMonths(`${last}-01`, -11).slice(0, 7) : filter.from!.slice(0, 7)
  const months: string[] = []
  while (first <= last && months.length < 60) {
    months.push(first)
    first = addMonths(`${first}-01`, 1).slice(0, 7)
  }
  return months
}

/** Whether a row's period touches a month (YYYY-MM). */
export function touchesMonth(row: Pick<VacancyRow, 'start' | 'end' | 'kind'>, month: string): boolean {
  if (row.kind === 'termination') return row.end !== null && row.end.slice(0, 7) <= month
  const startsBy = row.start === null || row.start.slice(0, 7) <= month
  const endsAfter = row.end === null || row.end.slice(0, 7) >= month
  return startsBy && endsAfter
}
