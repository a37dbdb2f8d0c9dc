import { documentsOf } from '../documents'
import type { GeneratedKind } from './types'

/** The document store's records (not an import file: loaded in bulk, see docs/import.md). */
export const documents: GeneratedKind = {
  name: 'documents',
  file: 'documents/documents.csv',
  bulk: true,
  header: [
    'key',
    'object',
    'unit',
    'tenancy',
    'persons',
    'title',
    'category',
    'year',
    'createdAt',
    'filename',
    'mimeType',
    'filesize',
  ],
  rows: (world, global) =>
    documentsOf(world, global).documents.map((document) => [
      document.key,
      document.object,
      document.unit,
      document.tenancy,
      document.persons.join('|'),
      document.title,
      document.category,
      document.year,
      document.createdAt,
      document.filename,
      'application/pdf',
      document.filesize,
    ]),
}
