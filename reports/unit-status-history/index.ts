import type { PayloadRequest, Where } from 'payload'
import { z } from 'zod'

import { hasPermission } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { formatDay } from '@/lib/format'

import { defineReport, fromArray } from '../pipeline/definition'
import { checkObjects, day, flag, ids, periodInOrder } from '../pipeline/parameters'
import { byIds, countAs, dayOf, findAllAs, idOf } from '../pipeline/read'
import { templateDirectoryOf } from '../pipeline/templates'

/** SPEC F-64 (195103): moves in and out, vacancies, refurbishments and requests of chosen units in a period. */
const parameters = z
  .object({
    units: ids('Einheiten', 'units'),
    objects: ids('Objekte', 'objects'),
    from: day('von'),
    until: day('bis'),
    onlyVacant: flag('nur Einheiten, die im Zeitraum leer standen'),
    includeRequests: flag('Anliegen andrucken'),
  })
  .superRefine(periodInOrder)
type Parameters = z.infer<typeof parameters>

export type StatusEvent = {
  objectNumber: string
  unitNumber: string
  topNumber: string | null
  date: string
  event: string
  detail: string | null
}

function unitWhere(params: Parameters): Where | undefined {
  const and: Where[] = []
  if (params.units.length) and.push({ id: { in: params.units } })
  if (params.objects.length) and.push({ object: { in: params.objects } })
  return and.length ? { and } : undefined
}

const inPeriod = (value: string | null | undefined, params: Parameters) => {
  const date = dayOf(value)
  return date !== null && date >= params.from && date <= params.until
}

async function eventsOf(req: PayloadRequest, params: Parameters): Promise<StatusEvent[]> {
  const units = await findAllAs(req, 'units', { where: unitWhere(params) })
  if (units.length === 0) return []
  const unitIds = units.map((unit) => unit.id)
  const [objects, tenancies] = await Promise.all([
    byIds(
      req,
      'objects',
      units.map((unit) => idOf(unit.object)),
    ),
    findAllAs(req, 'tenancies', { where: { unit: { in: unitIds } } }),
  ])
  const reasons = await byIds(
    req,
    'vacancy-reasons',
    tenancies.map((tenancy) => idOf(tenancy.vacancyReason)),
  )
  const persons = await byIds(
    req,
    'persons',
    tenancies.flatMap((tenancy) => (tenancy.holders ?? []).map(idOf)),
  )
  const events = new Map<number, Array<Omit<StatusEvent, 'objectNumber' | 'unitNumber' | 'topNumber'>>>()
  const add = (unit: number, event: Omit<StatusEvent, 'objectNumber' | 'unitNumber' | 'topNumber'>) =>
    events.set(unit, [...(events.get(unit) ?? []), event])
  const vacantInPeriod = new Set<number>()
  for (const tenancy of tenancies) {
    const unit = idOf(tenancy.unit)!
    if (tenancy.kind === 'vacancy') {
      const reason = reasons.get(idOf(tenancy.vacancyReason)!)
      const overlaps =
        (dayOf(tenancy.moveIn) ?? '0000-00-00') <= params.until &&
        (dayOf(tenancy.moveOut) ?? '9999-12-31') >= params.from
      if (overlaps) vacantInPeriod.add(unit)
      const what = reason?.refurbishment ? 'Sanierung' : 'Leerstehung'
      const detail = [reason?.text, tenancy.vacancyComment].filter(Boolean).join(' – ') || null
      if (inPeriod(tenancy.moveIn, params)) add(unit, { date: dayOf(tenancy.moveIn)!, event: `${what} Beginn`, detail })
      if (inPeriod(tenancy.moveOut, params)) add(unit, { date: dayOf(tenancy.moveOut)!, event: `${what} Ende`, detail })
      continue
    }
    const names =
      (tenancy.holders ?? [])
        .map((holder) => persons.get(idOf(holder)!)?.displayName)
        .filter(Boolean)
        .join(', ') || null
    if (inPeriod(tenancy.moveIn, params)) add(unit, { date: dayOf(tenancy.moveIn)!, event: 'Einzug', detail: names })
    if (inPeriod(tenancy.moveOut, params)) add(unit, { date: dayOf(tenancy.moveOut)!, event: 'Auszug', detail: names })
    if (inPeriod(tenancy.termination?.noticeGivenOn, params))
      add(unit, {
        date: dayOf(tenancy.termination?.noticeGivenOn)!,
        event: 'Kündigung',
        detail: `wirksam zum ${formatDay(tenancy.termination?.effectiveOn)}`,
      })
  }
  if (params.includeRequests && (await hasPermission(req, P.requestsRead))) {
    const requests = await findAllAs(req, 'requests', {
      where: {
        and: [{ unit: { in: unitIds } }, { createdAt: { greater_than_equal: `${params.from}T00:00:00.000Z` } }],
      },
    })
    for (const request of requests) {
      if (inPeriod(request.createdAt, params))
        add(idOf(request.unit)!, { date: dayOf(request.createdAt)!, event: 'Anliegen', detail: request.subject })
    }
  }
  const collator = new Intl.Collator('de', { numeric: true })
  const rows: StatusEvent[] = []
  const ordered = [...units].sort((a, b) => {
    const objectA = objects.get(idOf(a.object)!)?.number ?? ''
    const objectB = objects.get(idOf(b.object)!)?.number ?? ''
    return collator.compare(objectA, objectB) || collator.compare(a.unitNumber, b.unitNumber)
  })
  for (const unit of ordered) {
    if (params.onlyVacant && !vacantInPeriod.has(unit.id)) continue
    const list = (events.get(unit.id) ?? []).sort(
      (a, b) => a.date.localeCompare(b.date) || a.event.localeCompare(b.event),
    )
    for (const event of list) {
      rows.push({
        objectNumber: objects.get(idOf(unit.object)!)?.number ?? '',
        unitNumber: unit.unitNumber,
        topNumber: unit.topNumber ?? null,
        ...event,
      })
    }
  }
  return rows
}

export const unitStatusHistory = defineReport<Parameters, StatusEvent>({
  key: 'unit-status-history',
  title: { de: 'Status der Einheiten', en: 'Unit status history' },
  group: 'objects',
  permission: P.unitStatusReport,
  parameters,
  check: (req, params) => checkObjects(req, params.objects),
  // Events per unit are few; the units bound the work.
  count: (req, params) => countAs(req, 'units', unitWhere(params)),
  rows: async function* (req, params) {
    yield* fromArray(await eventsOf(req, params))
  },
  columns: () => [
    { header: 'Objekt-Nr.', cell: (row) => row.objectNumber },
    { header: 'Einheit', cell: (row) => row.unitNumber },
    { header: 'Top', cell: (row) => row.topNumber },
    { header: 'Datum', cell: (row) => formatDay(row.date) },
    { header: 'Ereignis', cell: (row) => row.event },
    { header: 'Details', cell: (row) => row.detail },
  ],
  template: 'unit-status-history.hbs',
  templateDirectory: templateDirectoryOf('unit-status-history'),
  describe: (params) => [`Zeitraum ${formatDay(params.from)} – ${formatDay(params.until)}`],
  documentTitle: (params) => `Status der Einheiten ${formatDay(params.from)} – ${formatDay(params.until)}`,
})
