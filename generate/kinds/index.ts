import { allocationOffices } from './allocation-offices'
import { functions } from './functions'
import { objects } from './objects'
import { persons } from './persons'
import { postings } from './postings'
import { tenancies } from './tenancies'
import type { GeneratedKind } from './types'
import { units } from './units'

/** Every file the generator writes, in import order. */
export const generatedKinds: GeneratedKind[] = [
  allocationOffices,
  objects,
  persons,
  units,
  tenancies,
  functions,
  postings,
]
