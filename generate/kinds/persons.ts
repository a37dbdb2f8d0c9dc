import type { GenPerson } from '../world'
import type { Cell, GeneratedKind } from './types'

const row = (person: GenPerson): Cell[] => [
  person.key,
  person.kind,
  person.salutation,
  person.firstName,
  person.lastName,
  person.companyName,
  person.street,
  person.houseNumber,
  person.door,
  person.postcode,
  'Wien',
  'AT',
  person.iban,
  person.iban ? (person.companyName ?? `${person.firstName} ${person.lastName}`) : null,
]

export const persons: GeneratedKind = {
  name: 'persons',
  file: 'persons.csv',
  header: [
    'key',
    'kind',
    'salutation',
    'firstName',
    'lastName',
    'companyName',
    'street',
    'houseNumber',
    'door',
    'postcode',
    'city',
    'country',
    'iban',
    'accountHolder',
  ],
  global: (world) => world.persons.map(row),
  rows: (world) => world.persons.map(row),
}
