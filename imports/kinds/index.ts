import { allocationOffices } from './allocation-offices'
import { functions } from './functions'
import type { ImportKind } from './names'
import { objects } from './objects'
import { persons } from './persons'
import { postings } from './postings'
import { tenancies } from './tenancies'
import type { KindDefinition } from './types'
import { units } from './units'

/** Every kind of import file (docs/import.md describes each format). */
export const kinds: Record<ImportKind, KindDefinition> = {
  'allocation-offices': allocationOffices,
  objects,
  persons,
  units,
  tenancies,
  functions,
  postings,
}
