import type { Person } from '@/payload-types'

/** A person's postal address block and greeting, as letters print them (SPEC F-70, F-71). */
export function addressBlock(
  person: Pick<
    Person,
    'kind' | 'salutation' | 'title' | 'firstName' | 'lastName' | 'companyName' | 'displayName' | 'address'
  >,
) {
  const address = person.address
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
  // A letter needs somewhere to go: a street and a postcode or city.
  const complete = Boolean(street && place)
  return { lines, greeting, complete }
}
