import type { Validate } from 'payload'

import { idOf } from '@/fields/relationship'
import { message } from '@/i18n/messages'

/** A unit number is unique within its object (the database index guarantees it; this names it). */
export const uniqueUnitNumberInObject: Validate = async (value, { req, data, id, required }) => {
  if (!value) return required ? req.t('validation:required') : true
  const objectId = idOf((data as { object?: unknown }).object)
  if (!objectId) return true
  const clash = await req.payload.count({
    collection: 'units',
    req,
    overrideAccess: true,
    where: {
      and: [
        { object: { equals: objectId } },
        { unitNumber: { equals: value } },
        ...(id ? [{ id: { not_equals: id } }] : []),
      ],
    },
  })
  return clash.totalDocs > 0 ? message(req, 'duplicate') : true
}

/** The sub-type must belong to the chosen holding type. */
export const subTypeOfHoldingType: Validate = async (value, { req, data }) => {
  const subTypeId = idOf(value)
  if (!subTypeId) return true
  const subType = await req.payload.findByID({
    collection: 'holding-sub-types',
    id: subTypeId,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  const holdingTypeId = idOf((data as { holdingType?: unknown }).holdingType)
  return subType && String(idOf(subType.holdingType)) === String(holdingTypeId) ? true : message(req, 'subTypeMismatch')
}
