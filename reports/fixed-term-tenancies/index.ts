import type { PayloadRequest, Where } from 'payload'
import { z } from 'zod'

import { P } from '@/constants/permissions'
import { storedDate } from '@/lib/dates'
import { formatDay } from '@/lib/format'

import { defineReport, fromArray } from '../pipeline/definition'
import { checkObjects, choice, day, ids, periodInOrder } from '../pipeline/parameters'
import { byIds, countAs, dayOf, findAllAs, idOf } from '../pipeline/read'
import { templateDirectoryOf } from '../pipeline/templates'

const sortKeys = ['object', 'unit', 'fixedTermEnd', 'holder', 'moveIn', 'manager'] as const
const sortLabels = {
  object: 'Objekt',
  unit: 'Einheit',
  fixedTermEnd: 'Befristung bis',
  holder: 'Bestandnehmer',
  moveIn: 'Bezug',
  manager: 'Hausverwalter:in',
}

/** SPEC F-67 (270251): tenancies whose fixed term ends in a period; by manager and objects; three sort keys. */
const parameters = z
  .object({
    managers: ids('Hausverwalter:innen', 'users'),
    objects: ids('Objekte', 'objects'),
    from: day('Befristung von').optional(),
    until: day('Befristung bis').optional(),
    sort1: choice('1. Sortierung', sortKeys, sortLabels).default('fixedTermEnd'),
    sort2: choice('2. Sortierung', sortKeys, sortLabels).default('object'),
    sort3: choice('3. Sortierung', sortKeys, sortLabels).default('unit'),
  })
  .superRefine(periodInOrder)
type Parameters = z.infer<typeof parameters>

export type FixedTermRow = {
  object: string
  unit: string
  topNumber: string | null
  holder: string
  moveIn: string | null
  fixedTermEnd: string
  manager: string | null
}

function tenancyWhere(params: Parameters): Where {
  const and: Where[] = [{ fixedTermEnd: { exists: true } }, { kind: { not_equals: 'vacancy' } }]
  if (params.from) and.push({ fixedTermEnd: { greater_than_equal: storedDate(params.from) } })
  if (params.until) and.push({ fixedTermEnd: { less_than_equal: storedDate(params.until) } })
  if (params.objects.length) and.push({ 'unit.object': { in: params.objects } })
  if (params.managers.length) and.push({ 'unit.object.propertyManager': { in: params.managers } })
  return { and }
}

async function rowsOf(req: PayloadRequest, params: Parameters): Promise<FixedTermRow[]> {
  const tenancies = await findAllAs(req, 'tenancies', { where: tenancyWhere(params) })
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
  const [persons, users] = await Promise.all([
    byIds(
      req,
      'persons',
      tenancies.flatMap((tenancy) => (tenancy.holders ?? []).map(idOf)),
    ),
    byIds(
      req,
      'users',
      [...objects.values()].map((object) => idOf(object.propertyManager)),
    ),
  ])
  const rows = tenancies.map((tenancy) => {
    const unit = units.get(idOf(tenancy.unit)!)
    const object = unit ? objects.get(idOf(unit.object)!) : undefined
    return {
      object: object ? `${object.number} ${object.name}` : '',
      unit: unit?.unitNumber ?? '',
      topNumber: unit?.topNumber ?? null,
      holder: (tenancy.holders ?? [])
        .map((holder) => persons.get(idOf(holder)!)?.displayName)
        .filter(Boolean)
        .join(', '),
      moveIn: dayOf(tenancy.moveIn),
      fixedTermEnd: dayOf(tenancy.fixedTermEnd)!,
      manager: object ? (users.get(idOf(object.propertyManager)!)?.name ?? null) : null,
    }
  })
  const collator = new Intl.Collator('de', { numeric: true })
  const keys = [params.sort1, params.sort2, params.sort3]
  return rows.sort((a, b) => {
    for (const key of keys) {
      const compared = collator.compare(String(a[key] ?? ''), String(b[key] ?? ''))
      if (compared) return compared
    }
    return 0
  })
}

export const fixedTermTenancies = defineReport<Parameters, FixedTermRow>({
  key: 'fixed-term-tenancies',
  title: { de: 'Befristete Mietverträge', en: 'Fixed-term tenancies' },
  group: 'persons',
  permission: P.fixedTermReport,
  parameters,
  check: (req, params) => checkObjects(req, params.objects),
  count: (req, params) => countAs(req, 'tenancies', tenancyWhere(params)),
  rows: async function* (req, params) {
    yield* fromArray(await rowsOf(req, params))
  },
  columns: () => [
    { header: 'Objekt', cell: (row) => row.object },
    { header: 'Einheit', cell: (row) => row.unit },
    { header: 'Top', cell: (row) => row.topNumber },
    { header: 'Bestandnehmer', cell: (row) => row.holder },
    { header: 'Bezug', cell: (row) => formatDay(row.moveIn) },
    { header: 'Befristung bis', cell: (row) => formatDay(row.fixedTermEnd) },
    { header: 'Hausverwalter:in', cell: (row) => row.manager },
  ],
  template: 'fixed-term-tenancies.hbs',
  templateDirectory: templateDirectoryOf('fixed-term-tenancies'),
  describe: (params) =>
    params.from || params.until
      ? [`Befristung ${formatDay(params.from) || '…'} – ${formatDay(params.until) || '…'}`]
      : [],
  documentTitle: () => 'Befristete Mietverträge',
})
