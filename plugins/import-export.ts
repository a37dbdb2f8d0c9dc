import { importExportPlugin } from '@payloadcms/plugin-import-export'
import type { CollectionConfig, Plugin } from 'payload'

import { staff } from '@/access/staff'
import { definitionsOf } from '@/lib/individual-fields/definitions'
import { reportColumnsOf } from '@/lib/individual-fields/format'
import { type IndividualFieldModule, individualFieldModules, type IndividualFieldValues } from '@/lib/individual-fields/types'

/**
 * CSV rows of the export get one column per individual field marked "in reports and exports"
 * (`individualFields_<key>`, the way the plugin names nested values) in place of the raw JSON.
 * Values keep the plugin's data form (ISO dates, plain numbers, option values), like every
 * other column of the file.
 */
function individualFieldColumns(module: IndividualFieldModule) {
  return async ({
    data,
    format,
    originalData,
    req,
  }: {
    data: Record<string, unknown>[]
    format: string
    originalData: Record<string, unknown>[]
    req: Parameters<typeof definitionsOf>[0]
  }) => {
    if (format !== 'csv') return data
    const columns = reportColumnsOf(await definitionsOf(req, module))
    return data.map((row, index) => {
      const original = originalData[index]
      if (!original || !('individualFields' in original)) return row
      const values = (original.individualFields ?? {}) as IndividualFieldValues
      const { individualFields: _raw, ...rest } = row
      return { ...rest, ...Object.fromEntries(columns.map((column) => [column.column, column.raw(values)])) }
    })
  }
}

// The plugin's own collections default to "any signed-in user"; portal users must never use them.
const staffOnly = ({ collection }: { collection: CollectionConfig }): CollectionConfig => ({
  ...collection,
  access: { ...collection.access, read: staff, create: staff, delete: staff },
})
// Imports come through Hauswerk's own import (issue 4); the plugin's import stays closed.
const closed = ({ collection }: { collection: CollectionConfig }): CollectionConfig => ({
  ...collection,
  access: { ...collection.access, read: staff, create: () => false, update: () => false, delete: () => false },
})

/** CSV/JSON export from the admin lists of the modules with individual fields (ARCHITECTURE.md). */
export const importExport: Plugin = importExportPlugin({
  collections: individualFieldModules.map((module) => ({
    slug: module,
    import: false,
    export: { disableJobsQueue: true, hooks: { before: individualFieldColumns(module) as never } },
  })),
  overrideExportCollection: staffOnly,
  overrideImportCollection: closed,
})
