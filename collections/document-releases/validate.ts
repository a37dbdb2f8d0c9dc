import type { CollectionSlug, Validate } from 'payload'

import { idOf } from '@/fields/relationship'
import { message } from '@/i18n/messages'

/** The referenced record exists (a clear 400 instead of a foreign-key error). */
export function mustExist(collection: CollectionSlug, what: string): Validate {
  return async (value, { req }) => {
    const id = idOf(value)
    if (!id) return true
    // System read: existence, not visibility.
    const found = await req.payload.count({ collection, where: { id: { equals: id } }, req, overrideAccess: true })
    return found.totalDocs > 0 ? true : message(req, 'notFound', { what, id })
  }
}

/** A release bound to a tenancy goes to one of its holders (F-80). */
export const tenancyOfPerson: Validate = async (value, { data, req }) => {
  const tenancyId = idOf(value)
  const personId = idOf((data as { person?: unknown }).person)
  if (!tenancyId || !personId) return true
  const tenancy = await req.payload.findByID({
    collection: 'tenancies',
    id: tenancyId,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
    select: { holders: true },
  })
  if (!tenancy) return message(req, 'notFound', { what: 'Bestandsverhältnis / tenancy', id: tenancyId })
  const holders = (tenancy.holders ?? []).map((holder) => String(idOf(holder)))
  return holders.includes(String(personId)) ? true : message(req, 'tenancyNotOfPerson')
}
