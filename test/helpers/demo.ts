import type { CollectionSlug, Payload, Where } from 'payload'

const ids = new Map<string, number>()

/** The id of the one record matching `where` (system read), cached per test file. */
export async function idWhere(payload: Payload, collection: CollectionSlug, where: Where): Promise<number> {
  const key = `${collection}:${JSON.stringify(where)}`
  const cached = ids.get(key)
  if (cached !== undefined) return cached
  const { docs } = await payload.find({ collection, where, depth: 0, pagination: false })
  if (docs.length !== 1) throw new Error(`Expected one ${collection} for ${key}, found ${docs.length}`)
  const id = docs[0].id as number
  ids.set(key, id)
  return id
}

/** Shortcuts to the demo data of seed/demo.ts and seed/configuration-data.ts. */
export const demo = {
  object: (payload: Payload, number: '1001' | '1002' | '2001') =>
    idWhere(payload, 'objects', { number: { equals: number } }),
  unit: (payload: Payload, unitNumber: string) => idWhere(payload, 'units', { unitNumber: { equals: unitNumber } }),
  status: (payload: Payload, code: number) => idWhere(payload, 'unit-statuses', { code: { equals: code } }),
  holdingType: (payload: Payload, code: number) => idWhere(payload, 'holding-types', { code: { equals: code } }),
  subType: (payload: Payload, name: string) => idWhere(payload, 'holding-sub-types', { name: { equals: name } }),
  functionType: (payload: Payload, code: number) => idWhere(payload, 'function-types', { code: { equals: code } }),
  person: (payload: Payload, portalEmail: string) =>
    idWhere(payload, 'persons', { portalEmail: { equals: portalEmail } }),
  office: (payload: Payload, name: string) => idWhere(payload, 'allocation-offices', { name: { equals: name } }),
  role: (payload: Payload, name: string) => idWhere(payload, 'roles', { name: { equals: name } }),
  /** The tenant persona's tenancy of 1001/001, imported from accounting. */
  tenantTenancy: (payload: Payload) => idWhere(payload, 'tenancies', { reference: { equals: 'MV-1001/001' } }),
}
