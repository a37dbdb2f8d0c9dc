import type { GeneratedKind } from './types'

export const allocationOffices: GeneratedKind = {
  name: 'allocation-offices',
  file: 'allocation-offices.csv',
  header: ['name', 'municipality', 'email'],
  global: (world) =>
    world.offices.map((office, index) => [office.name, office.municipality, `vergabe${index + 1}@wohnservice.demo`]),
}
