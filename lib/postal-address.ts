/** A postal address as persons, objects and units store it (fields/address.ts). */
export type PostalAddress = {
  street?: string | null
  houseNumber?: string | null
  door?: string | null
  postcode?: string | null
  city?: string | null
  country?: string | null
}

/** A letter needs somewhere to go: a street and a postcode or city. */
export function isDeliverable(address: PostalAddress | null | undefined): boolean {
  return Boolean(address?.street?.trim() && (address.postcode?.trim() || address.city?.trim()))
}

/**
 * Where a letter to a person goes. Their own address wins. A holder of a tenancy who has none is
 * written to at the unit they hold (the flat they rent, SPEC F-71); a unit's address is the
 * object's unless entered, so without a door of its own the unit's top number names the flat.
 * Without a unit (function holders: their function says nothing about where they live) the
 * person's own address is all there is, complete or not.
 */
export function letterAddress(
  own: PostalAddress | null | undefined,
  unit?: { address?: PostalAddress | null; topNumber?: string | null } | null,
): PostalAddress | null {
  if (isDeliverable(own) || !unit || !isDeliverable(unit.address)) return own ?? null
  return { ...unit.address, door: unit.address?.door?.trim() || unit.topNumber?.trim() || null }
}
