import type { Payload } from 'payload'

import type { PortalUser } from '@/access/portal'
import { idOf } from '@/fields/relationship'

import { addressLine } from './functions.server'

export type AllocationEntry = {
  tenancyId: number
  kind: 'vacancy' | 'termination'
  unitNumber: string
  topNumber: string | null
  objectName: string
  address: string
  holdingType: string
  /** Vacancy: its start. Termination: the day notice was given. */
  since: string | null
  /** Termination: the day it takes effect (the unit becomes free). */
  effectiveOn: string | null
  /** Vacancy: the catalogue's reason. */
  reason: string | null
}

const asUser = (user: PortalUser) => ({ user, overrideAccess: false, depth: 0, pagination: false }) as const
const ids = (values: unknown[]) => [...new Set(values.map(idOf).filter((id): id is number => typeof id === 'number'))]

/**
 * F-57: the vacancies and pending terminations of the units the user's allocation office
 * allocates, or null when they are no office's portal user. Read as the user: access/portal-views.ts
 * decides which rows and fields an office sees (nothing about the tenants).
 */
export async function allocationOverview(payload: Payload, user: PortalUser) {
  const offices = await payload.find({
    collection: 'allocation-offices',
    ...asUser(user),
    sort: 'name',
    select: { name: true },
  })
  if (!offices.docs.length) return null
  const officeIds = new Set(offices.docs.map((office) => office.id))
  // Only the office's units show `allocationOffice` (a unit of their own tenancy does not).
  const units = (
    await payload.find({
      collection: 'units',
      ...asUser(user),
      sort: 'unitNumber',
      select: {
        unitNumber: true,
        topNumber: true,
        object: true,
        address: true,
        holdingType: true,
        allocationOffice: true,
      },
    })
  ).docs.filter((unit) => officeIds.has(idOf(unit.allocationOffice) as number))
  const unitIds = units.map((unit) => unit.id)
  const tenancies = unitIds.length
    ? (
        await payload.find({
          collection: 'tenancies',
          ...asUser(user),
          where: { unit: { in: unitIds } },
          sort: 'moveIn',
          select: { unit: true, kind: true, moveIn: true, vacancyReason: true, termination: true },
        })
      ).docs
    : []
  const [objects, holdingTypes, reasons] = await Promise.all([
    find(payload, user, 'objects', ids(units.map((unit) => unit.object)), { name: true, address: true }),
    find(payload, user, 'holding-types', ids(units.map((unit) => unit.holdingType)), { text: true }),
    find(payload, user, 'vacancy-reasons', ids(tenancies.map((tenancy) => tenancy.vacancyReason)), { text: true }),
  ])
  const unitById = new Map(units.map((unit) => [unit.id, unit]))
  const entries: AllocationEntry[] = []
  for (const tenancy of tenancies) {
    const unit = unitById.get(idOf(tenancy.unit) as number)
    // A termination shows its dates only to the office (its own tenancy keeps the tenant's view).
    const termination = tenancy.termination
    const kind =
      tenancy.kind === 'vacancy'
        ? 'vacancy'
        : termination?.effectiveOn || termination?.noticeGivenOn
          ? 'termination'
          : null
    if (!unit || !kind) continue
    const object = objects.get(idOf(unit.object) as number)
    entries.push({
      tenancyId: tenancy.id,
      kind,
      unitNumber: unit.unitNumber,
      topNumber: unit.topNumber ?? null,
      objectName: (object?.name as string | undefined) ?? '',
      address: addressLine(
        unit.address?.street ? unit.address : (object?.address as Parameters<typeof addressLine>[0]),
      ),
      holdingType: (holdingTypes.get(idOf(unit.holdingType) as number)?.text as string | undefined) ?? '',
      since:
        kind === 'vacancy'
          ? (tenancy.moveIn?.slice(0, 10) ?? null)
          : (termination?.noticeGivenOn?.slice(0, 10) ?? null),
      effectiveOn: kind === 'termination' ? (termination?.effectiveOn?.slice(0, 10) ?? null) : null,
      reason:
        kind === 'vacancy'
          ? ((reasons.get(idOf(tenancy.vacancyReason) as number)?.text as string | undefined) ?? null)
          : null,
    })
  }
  return {
    offices: offices.docs.map((office) => office.name),
    unitCount: units.length,
    vacancies: entries.filter((entry) => entry.kind === 'vacancy'),
    terminations: entries.filter((entry) => entry.kind === 'termination'),
  }
}

async function find(
  payload: Payload,
  user: PortalUser,
  collection: 'objects' | 'holding-types' | 'vacancy-reasons',
  idList: number[],
  select: Record<string, true>,
) {
  if (!idList.length) return new Map<number, Record<string, unknown>>()
  const { docs } = await payload.find({ collection, ...asUser(user), where: { id: { in: idList } }, select })
  return new Map(docs.map((doc) => [doc.id, doc as unknown as Record<string, unknown>]))
}
