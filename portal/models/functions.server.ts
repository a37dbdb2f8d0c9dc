import type { Payload } from 'payload'

import type { PortalUser } from '@/access/portal'
import { providerFunctionCode } from '@/access/portal-scope'
import { idOf } from '@/fields/relationship'

import { asUser as readAs } from './request.server'

export type FunctionRole = {
  functionId: number
  /** The function type's name in the user's language where it has one. */
  name: { de: string; en: string }
  code: number | null
  /** A service provider's function (F-56): their `/orders` page shows it. */
  provider: boolean
  /** Held for a unit or an object (not for an allocation office): an order to serve. */
  forPlace: boolean
  unitNumber: string | null
  objectId: number | null
  objectName: string | null
  /** The unit's address, else the object's. */
  address: string
  officeName: string | null
  from: string
  until: string | null
}

export type OfficeRole = { officeId: number; name: string }

const asUser = (user: PortalUser) => ({ ...readAs(user), depth: 0, pagination: false }) as const

/**
 * The person's roles besides tenancies and ownerships (F-82): the functions they hold today
 * (a service provider's function for an object or unit, F-56) and the allocation offices whose
 * portal user they are (F-57) — read as the user, so access/ decides what is there.
 */
export async function functionRoles(payload: Payload, user: PortalUser) {
  const [functions, offices] = await Promise.all([
    payload.find({
      collection: 'functions',
      ...asUser(user),
      sort: '-from',
      select: { functionType: true, unit: true, object: true, allocationOffice: true, from: true, until: true },
    }),
    payload.find({ collection: 'allocation-offices', ...asUser(user), sort: 'name', select: { name: true } }),
  ])
  const ids = (values: unknown[]) => [...new Set(values.map(idOf).filter((id): id is number => typeof id === 'number'))]
  const typeIds = ids(functions.docs.map((held) => held.functionType))
  const unitIds = ids(functions.docs.map((held) => held.unit))
  const [types, units] = await Promise.all([
    typeIds.length
      ? payload.find({
          collection: 'function-types',
          ...asUser(user),
          where: { id: { in: typeIds } },
          select: { code: true, name: true, nameEn: true },
        })
      : { docs: [] },
    unitIds.length
      ? payload.find({
          collection: 'units',
          ...asUser(user),
          where: { id: { in: unitIds } },
          select: { unitNumber: true, topNumber: true, object: true, address: true },
        })
      : { docs: [] },
  ])
  const objectIds = ids([...functions.docs.map((held) => held.object), ...units.docs.map((unit) => unit.object)])
  const objects = objectIds.length
    ? await payload.find({
        collection: 'objects',
        ...asUser(user),
        where: { id: { in: objectIds } },
        select: { name: true, address: true },
      })
    : { docs: [] }
  const typeById = new Map(types.docs.map((type) => [type.id, type]))
  const unitById = new Map(units.docs.map((unit) => [unit.id, unit]))
  const objectById = new Map(objects.docs.map((object) => [object.id, object]))
  const officeName = new Map(offices.docs.map((office) => [office.id, office.name]))
  const functionList: FunctionRole[] = functions.docs.map((held) => {
    const type = typeById.get(idOf(held.functionType) as number)
    const unit = unitById.get(idOf(held.unit) as number)
    const objectId = idOf(unit ? unit.object : held.object)
    const object = typeof objectId === 'number' ? objectById.get(objectId) : undefined
    return {
      functionId: held.id,
      name: { de: type?.name ?? '', en: type?.nameEn || type?.name || '' },
      code: type?.code ?? null,
      provider: type?.code === providerFunctionCode,
      forPlace: idOf(held.unit) !== null || idOf(held.object) !== null,
      unitNumber: unit ? (unit.topNumber ?? unit.unitNumber) : null,
      objectId: object?.id ?? null,
      objectName: object?.name ?? null,
      address: addressLine(unit?.address?.street ? unit.address : object?.address),
      officeName: officeName.get(idOf(held.allocationOffice) as number) ?? null,
      from: held.from.slice(0, 10),
      until: held.until?.slice(0, 10) ?? null,
    }
  })
  const officeList: OfficeRole[] = offices.docs.map((office) => ({ officeId: office.id, name: office.name }))
  return { functions: functionList, offices: officeList }
}

type Address = {
  street?: string | null
  houseNumber?: string | null
  door?: string | null
  postcode?: string | null
  city?: string | null
}

/** "Simmeringer Hauptstraße 120/3, 1110 Wien". */
export function addressLine(address: Address | null | undefined): string {
  if (!address) return ''
  const street = [address.street, [address.houseNumber, address.door].filter(Boolean).join('/')]
    .filter(Boolean)
    .join(' ')
  return [street, [address.postcode, address.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')
}
