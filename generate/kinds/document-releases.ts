import { documentsOf } from '../documents'
import type { GeneratedKind } from './types'

/** Releases of the generated documents to persons (F-21, F-80); loaded in bulk with the documents. */
export const documentReleases: GeneratedKind = {
  name: 'document-releases',
  file: 'documents/document-releases.csv',
  bulk: true,
  header: ['document', 'person', 'tenancy', 'validFrom', 'validUntil', 'createdAt'],
  rows: (world, global) =>
    documentsOf(world, global).releases.map((release) => [
      release.document,
      release.person,
      release.tenancy,
      release.validFrom,
      release.validUntil,
      release.createdAt,
    ]),
}
