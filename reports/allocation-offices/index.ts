import type { PayloadRequest, Where } from 'payload'
import { z } from 'zod'

import { P } from '@/constants/permissions'
import { formatDecimal } from '@/lib/format'

import { defineReport, fromArray } from '../pipeline/definition'
import { checkObjects, choice, ids } from '../pipeline/parameters'
import { byIds, countAs, findAllAs, idOf } from '../pipeline/read'
import { templateDirectoryOf } from '../pipeline/templates'

/**
 * SPEC F-65 (270233): the allocation offices recorded on units, by object or by office, as
 * details or sums. As in the old system, without chosen objects the report is empty.
 */
const parameters = z.object({
  orderBy: choice('Sortierung', ['object', 'office'], { object: 'nach Objekt', office: 'nach Vergabestelle' }).default(
    'object',
  ),
  mode: choice('Ausgabe', ['details', 'sums'], { details: 'Details', sums: 'Summen' }).default('details'),
  holdingTypes: ids('Bestandsarten', 'holding-types'),
  objects: ids('Objekte', 'objects'),
  offices: ids('Vergabestellen', 'allocation-offices'),
})
type Parameters = z.infer<typeof parameters>

export type AllocationRow = {
  office: string
  objectNumber: string
  objectName: string
  unitNumber: string | null
  topNumber: string | null
  holdingType: string | null
  units: number
  /** Cents of a square metre, summed exactly. */
  areaHundredths: number
}

function unitWhere(params: Parameters): Where {
  const and: Where[] = [{ object: { in: params.objects } }, { allocationOffice: { exists: true } }]
  if (params.holdingTypes.length) and.push({ holdingType: { in: params.holdingTypes } })
  if (params.offices.length) and.push({ allocationOffice: { in: params.offices } })
  return { and }
}

async function rowsOf(req: PayloadRequest, params: Parameters): Promise<AllocationRow[]> {
  if (params.objects.length === 0) return []
  const units = await findAllAs(req, 'units', { where: unitWhere(params) })
  const [objects, offices, types] = await Promise.all([
    byIds(
      req,
      'objects',
      units.map((unit) => idOf(unit.object)),
    ),
    byIds(
      req,
      'allocation-offices',
      units.map((unit) => idOf(unit.allocationOffice)),
    ),
    byIds(
      req,
      'holding-types',
      units.map((unit) => idOf(unit.holdingType)),
    ),
  ])
  const details: AllocationRow[] = units.map((unit) => {
    const object = objects.get(idOf(unit.object)!)
    return {
      office: offices.get(idOf(unit.allocationOffice)!)?.name ?? '',
      objectNumber: object?.number ?? '',
      objectName: object?.name ?? '',
      unitNumber: unit.unitNumber,
      topNumber: unit.topNumber ?? null,
      holdingType: types.get(idOf(unit.holdingType)!)?.text ?? null,
      units: 1,
      areaHundredths: Math.round((unit.netArea ?? 0) * 100),
    }
  })
  const collator = new Intl.Collator('de', { numeric: true })
  const first = (row: AllocationRow) => (params.orderBy === 'object' ? row.objectNumber : row.office)
  const second = (row: AllocationRow) => (params.orderBy === 'object' ? row.office : row.objectNumber)
  details.sort(
    (a, b) =>
      collator.compare(first(a), first(b)) ||
      collator.compare(second(a), second(b)) ||
      collator.compare(a.unitNumber ?? '', b.unitNumber ?? ''),
  )
  if (params.mode === 'details') return details
  const sums: AllocationRow[] = []
  for (const row of details) {
    const last = sums[sums.length - 1]
    if (last && last.office === row.office && last.objectNumber === row.objectNumber) {
      last.units += 1
      last.areaHundredths += row.areaHundredths
    } else sums.push({ ...row, unitNumber: null, topNumber: null, holdingType: null })
  }
  return sums
}

const area = (row: AllocationRow) => formatDecimal(row.areaHundredths / 100, 2)

export const allocationOffices = defineReport<Parameters, AllocationRow>({
  key: 'allocation-offices',
  title: { de: 'Vergabestellen', en: 'Allocation offices' },
  group: 'objects',
  permission: P.allocationOfficeReport,
  parameters,
  check: (req, params) => checkObjects(req, params.objects),
  count: (req, params) => (params.objects.length ? countAs(req, 'units', unitWhere(params)) : Promise.resolve(0)),
  rows: async function* (req, params) {
    yield* fromArray(await rowsOf(req, params))
  },
  columns: (params) =>
    params.mode === 'details'
      ? [
          { header: 'Vergabestelle', cell: (row) => row.office },
          { header: 'Objekt-Nr.', cell: (row) => row.objectNumber },
          { header: 'Objekt', cell: (row) => row.objectName },
          { header: 'Einheit', cell: (row) => row.unitNumber },
          { header: 'Top', cell: (row) => row.topNumber },
          { header: 'Bestandsart', cell: (row) => row.holdingType },
          { header: 'Nutzfläche m²', cell: area, numeric: true },
        ]
      : [
          { header: 'Vergabestelle', cell: (row) => row.office },
          { header: 'Objekt-Nr.', cell: (row) => row.objectNumber },
          { header: 'Objekt', cell: (row) => row.objectName },
          { header: 'Einheiten', cell: (row) => row.units, numeric: true },
          { header: 'Nutzfläche m²', cell: area, numeric: true },
        ],
  template: 'allocation-offices.hbs',
  templateDirectory: templateDirectoryOf('allocation-offices'),
  describe: (params) => [
    params.orderBy === 'object' ? 'nach Objekt' : 'nach Vergabestelle',
    params.mode === 'details' ? 'Details' : 'Summen',
  ],
  context: (_req, params, rows) => ({
    sums: params.mode === 'sums',
    rows: rows.map((row) => ({ ...row, area: row.areaHundredths / 100 })),
  }),
  documentTitle: () => 'Vergabestellen',
})
