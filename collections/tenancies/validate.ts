import type { CollectionBeforeValidateHook, Validate, Where } from 'payload'

import { idOf } from '@/fields/relationship'
import { fieldError, message } from '@/i18n/messages'
import { formatGermanDate, storedDate, toCalendarDate } from '@/lib/dates'
import { type TenancyKind, timelineOf } from '@/lib/tenancy'

type TenancyData = {
  kind?: TenancyKind
  unit?: unknown
  moveIn?: string | null
  moveOut?: string | null
  mainTenancy?: unknown
}

/** Tenants and owners have holders. */
export const holdersRequired: Validate = (value, { req }) =>
  Array.isArray(value) && value.length > 0 ? true : message(req, 'holdersRequired')

/**
 * A vacancy has no holders. The holders field is hidden for vacancies, and Payload does not run a
 * hidden field's `validate`, so this rule is a hook.
 */
export const vacancyWithoutHolders: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const kind = data?.kind ?? originalDoc?.kind
  const holders = data?.holders !== undefined ? data.holders : originalDoc?.holders
  if (kind === 'vacancy' && Array.isArray(holders) && holders.length > 0) {
    throw fieldError(req, 'holders', 'vacancyHasNoHolders', {}, 'tenancies')
  }
  return data
}

/**
 * Tenancies of one unit follow one another in time (SPEC F-06): no two on the same timeline
 * overlap, except a sub-tenancy within its main tenancy.
 */
export const noOverlapInUnit: Validate = async (_value, { data, id, req }) => {
  const tenancy = data as TenancyData
  const unitId = idOf(tenancy.unit)
  const start = toCalendarDate(tenancy.moveIn)
  if (!unitId || !start || !tenancy.kind) return true
  const end = toCalendarDate(tenancy.moveOut)
  const mainId = idOf(tenancy.mainTenancy)

  const where: Where = {
    and: [
      { unit: { equals: unitId } },
      { kind: { in: timelineOf(tenancy.kind) } },
      { or: [{ moveOut: { exists: false } }, { moveOut: { greater_than_equal: storedDate(start) } }] },
      ...(end ? [{ moveIn: { less_than_equal: storedDate(end) } }] : []),
      ...(id
        ? [
            { id: { not_equals: id } },
            { or: [{ mainTenancy: { exists: false } }, { mainTenancy: { not_equals: id } }] },
          ]
        : []),
      ...(mainId ? [{ id: { not_equals: mainId } }] : []),
    ],
  }
  // System read: the overlap is a fact about the unit, whatever the user may read.
  const { docs } = await req.payload.find({
    collection: 'tenancies',
    where,
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
    select: { moveIn: true, moveOut: true, kind: true },
  })
  const other = docs[0]
  if (!other) return true
  const period = `${formatGermanDate(other.moveIn)} – ${other.moveOut ? formatGermanDate(other.moveOut) : '…'}`
  return message(req, 'overlap', { other: period })
}
