import { isDeliverable, type PostalAddress } from '@/lib/postal-address'
import type { Person } from '@/payload-types'

/**
 * A person's address block and greeting, as letters print them (SPEC F-70, F-71), at the address
 * `letterAddress` (lib/postal-address.ts) chose for them.
 */
export function addressBlock(
  person: Pick<Person, 'kind' | 'salutation' | 'title' | 'firstName' | 'lastName' | 'companyName' | 'displayName'>,
  address: PostalAddress | null,
) {
  const salutation = person.salutation === 'ms' ? 'Frau' : person.salutation === 'mr' ? 'Herr' : null
  const name =
    person.kind === 'legal'
      ? (person.companyName ?? person.displayName ?? '')
      : [person.title, person.firstName, person.lastName].filter(Boolean).join(' ')
  const street = [address?.street, address?.houseNumber].filter(Boolean).join(' ')
  const door = address?.door ? `/${address.door}` : ''
  const place = [address?.postcode, address?.city].filter(Boolean).join(' ')
  const lines = [salutation, name, street ? `${street}${door}` : null, place || null].filter((line): line is string =>
    Boolean(line),
  )
  const lastName = [person.title, person.lastName].filter(Boolean).join(' ')
  const greeting =
    person.salutation === 'ms'
      ? `Sehr geehrte Frau ${lastName},`
      : person.salutation === 'mr'
        ? `Sehr geehrter Herr ${lastName},`
        : 'Sehr geehrte Damen und Herren,'
  const complete = isDeliverable(address)
  return { lines, greeting, complete }
}
