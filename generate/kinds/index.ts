import { allocationOffices } from './allocation-offices'
import { documentReleases } from './document-releases'
import { documents } from './documents'
import { functions } from './functions'
import { objects } from './objects'
import { persons } from './persons'
import { postings } from './postings'
import { tenancies } from './tenancies'
import type { GeneratedKind } from './types'
import { units } from './units'

/** Every file the generator writes: the import files in import order, then the bulk-loaded ones. */
export const generatedKinds: GeneratedKind[] = [
  allocationOffices,
  objects,
  persons,
  units,
  tenancies,
  functions,
  postings,
  documents,
  documentReleases,
]
