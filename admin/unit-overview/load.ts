import type { PayloadRequest, Where } from 'payload'

import { idOf } from '@/fields/relationship'
import { activeOnWhere } from '@/lib/active-where'
import type { Unit } from '@/payload-types'

import type { OverviewQuery } from './query'
import { today } from '@/globals/settings-reader'

export type UnitRow = {
  id: number
  unitNumber: string
  topNumber: string | null
  buildingPart: string | null
  staircase: string | null
  holdingType: string | null
  tenure: string
  status: string | null
  active: boolean
  netArea: number | null
  allocationOffice: string | null
  holders: Array<{ id: number; name: string }>
  tenancyId: number | null
}

export type HolderRow = {
  tenancyId: number
  kind: string
  unit: { id: number; unitNumber: string; topNumber: string | null }
  holders: Array<{ id: number; name: string }>
  moveIn: string | null
  moveOut: string | null
}

type Options = { id: number | string; query: OverviewQuery; req: PayloadRequest }

const asUser = (req: PayloadRequest) => ({ req, user: req.user, overrideAccess: false as const })

function titleOf(value: unknown, key: string): string | null {
  return typeof value === 'object' && value !== null
    ? (((value as Record<string, unknown>)[key] as string) ?? null)
    : null
}

function holdersOf(value: unknown): Array<{ id: number; name: string }> {
  if (!Array.isArray(value)) return []
  return value
    .filter((holder): holder is { id: number; displayName: string } => typeof holder === 'object' && holder !== null)
    .map((holder) => ({ id: holder.id, name: holder.displayName }))
}

/** The units tab: filtered units of the object and, in one more query, who holds each today. */
export async function loadUnitRows({ id, query, req }: Options): Promise<UnitRow[]> {
  const and: Where[] = [{ object: { equals: id } }]
  if (!query.inactive) and.push({ active: { equals: true } })
  if (query.staircase) and.push({ staircase: { equals: query.staircase } })
  if (query.costSector && query.billingUnit) {
    and.push(
      { 'areas.costSector': { equals: query.costSector } },
      { 'areas.billingUnit': { equals: query.billingUnit } },
    )
  }
  const units = await req.payload.find({
    collection: 'units',
    where: { and },
    sort: 'unitNumber',
    pagination: false,
    depth: 1,
    select: {
      unitNumber: true,
      topNumber: true,
      buildingPart: true,
      staircase: true,
      holdingType: true,
      tenure: true,
      status: true,
      active: true,
      netArea: true,
      allocationOffice: true,
    },
    populate: {
      'building-parts': { name: true },
      staircases: { name: true },
      'holding-types': { text: true },
      'unit-statuses': { text: true, code: true },
      'allocation-offices': { name: true },
    },
    ...asUser(req),
  })

  const current = units.docs.length
    ? await req.payload.find({
        collection: 'tenancies',
        where: {
          and: [
            { unit: { in: units.docs.map((unit) => unit.id) } },
            { kind: { in: ['tenant', 'owner'] } },
            activeOnWhere('moveIn', 'moveOut', (await today(req))),
          ],
        },
        pagination: false,
        depth: 1,
        select: { unit: true, holders: true, kind: true },
        populate: { persons: { displayName: true } },
        ...asUser(req),
      })
    : { docs: [] }
  const byUnit = new Map(current.docs.map((tenancy) => [String(idOf(tenancy.unit)), tenancy]))

  return units.docs.map((unit) => {
    const tenancy = byUnit.get(String(unit.id))
    return {
      id: unit.id,
      unitNumber: unit.unitNumber,
      topNumber: unit.topNumber ?? null,
      buildingPart: titleOf(unit.buildingPart, 'name'),
      staircase: titleOf(unit.staircase, 'name'),
      holdingType: titleOf(unit.holdingType, 'text'),
      tenure: unit.tenure,
      status: titleOf(unit.status, 'text'),
      active: Boolean(unit.active),
      netArea: unit.netArea ?? null,
      allocationOffice: titleOf(unit.allocationOffice, 'name'),
      holders: holdersOf(tenancy?.holders),
      tenancyId: tenancy?.id ?? null,
    }
  })
}

/** The holders tab: tenants and owners of the object's units (of active units unless "also inactive"). */
export async function loadHolderRows({ id, query, req }: Options): Promise<HolderRow[]> {
  const and: Where[] = [
    { 'unit.object': { equals: id } },
    { kind: { in: query.holderKind ? [query.holderKind] : ['tenant', 'owner'] } },
  ]
  if (!query.movedOut) and.push(activeOnWhere('moveIn', 'moveOut', (await today(req))))
  if (!query.inactive) and.push({ 'unit.status.active': { equals: true } })
  if (query.holdingType) and.push({ 'unit.holdingType': { equals: query.holdingType } })
  const tenancies = await req.payload.find({
    collection: 'tenancies',
    where: { and },
    sort: '-moveIn',
    pagination: false,
    depth: 1,
    select: { unit: true, holders: true, kind: true, moveIn: true, moveOut: true },
    populate: { units: { unitNumber: true, topNumber: true }, persons: { displayName: true } },
    ...asUser(req),
  })
  return tenancies.docs
    .map((tenancy) => {
      const unit = tenancy.unit as Unit
      return {
        tenancyId: tenancy.id,
        kind: tenancy.kind,
        unit: { id: unit.id, unitNumber: unit.unitNumber, topNumber: unit.topNumber ?? null },
        holders: holdersOf(tenancy.holders),
        moveIn: tenancy.moveIn ?? null,
        moveOut: tenancy.moveOut ?? null,
      }
    })
    .sort((a, b) => a.unit.unitNumber.localeCompare(b.unit.unitNumber, 'de', { numeric: true }))
}

/** The choices of the filter form. */
export async function loadFilterOptions({ id, req }: Omit<Options, 'query'>) {
  const [staircases, costSectors, holdingTypes, offices, areas] = await Promise.all([
    req.payload.find({
      collection: 'staircases',
      where: { object: { equals: id } },
      pagination: false,
      depth: 0,
      select: { name: true },
      ...asUser(req),
    }),
    req.payload.find({
      collection: 'cost-sectors',
      pagination: false,
      depth: 0,
      select: { code: true, name: true },
      ...asUser(req),
    }),
    req.payload.find({
      collection: 'holding-types',
      pagination: false,
      depth: 0,
      select: { text: true },
      sort: 'code',
      ...asUser(req),
    }),
    req.payload
      .find({ collection: 'allocation-offices', pagination: false, depth: 0, select: { name: true }, ...asUser(req) })
      .catch(() => ({ docs: [] as Array<{ id: number; name: string }> })),
    req.payload.find({
      collection: 'units',
      where: { object: { equals: id } },
      pagination: false,
      depth: 0,
      select: { areas: true },
      ...asUser(req),
    }),
  ])
  const billingUnits = new Map<string, Set<string>>()
  for (const unit of areas.docs) {
    for (const row of unit.areas ?? []) {
      const sector = String(idOf(row.costSector))
      billingUnits.set(sector, (billingUnits.get(sector) ?? new Set()).add(row.billingUnit))
    }
  }
  return {
    staircases: staircases.docs.map((doc) => ({ value: doc.id, label: doc.name })),
    costSectors: costSectors.docs.map((doc) => ({ value: doc.id, label: `${doc.code} – ${doc.name}` })),
    holdingTypes: holdingTypes.docs.map((doc) => ({ value: doc.id, label: doc.text })),
    allocationOffices: offices.docs.map((doc) => ({ value: doc.id, label: doc.name })),
    billingUnits: Object.fromEntries(
      [...billingUnits].map(([sector, units]) => [
        sector,
        [...units].sort((a, b) => a.localeCompare(b, 'de', { numeric: true })),
      ]),
    ),
  }
}
