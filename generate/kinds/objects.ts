import { germanDate } from '../values'
import type { GeneratedKind } from './types'

export const objects: GeneratedKind = {
  name: 'objects',
  file: 'objects.csv',
  header: [
    'key',
    'number',
    'name',
    'type',
    'street',
    'houseNumber',
    'postcode',
    'city',
    'country',
    'municipality',
    'takeOverDate',
  ],
  rows: ({ object }) => [
    [
      object.key,
      object.number,
      object.name,
      object.type,
      object.street,
      object.houseNumber,
      object.postcode,
      'Wien',
      'AT',
      '90001',
      germanDate(object.takeOverDate),
    ],
  ],
}
