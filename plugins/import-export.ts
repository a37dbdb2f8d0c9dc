import path from 'node:path'

import { importExportPlugin } from '@payloadcms/plugin-import-export'
import { parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import {
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type Endpoint,
  Forbidden,
  type PayloadRequest,
  type Plugin,
} from 'payload'
import { z } from 'zod'

import { createExports, deleteOwnExports, readOwnExports } from '@/access/exports'
import { isStaff, staff } from '@/access/staff'
import { stampedBy } from '@/fields/stamped-by'
import { l } from '@/fields/label'
import { createAccessFirst } from '@/hooks/create-access-first'
import { fieldError } from '@/i18n/messages'
import { csvRow } from '@/lib/csv-cell'
import { env } from '@/server/env'
import { formatDay, formatDecimal } from '@/lib/format'
import { definitionsOf } from '@/collections/individual-field-definitions/definitions'
import { reportColumnsOf } from '@/lib/individual-fields/format'
import {
  type IndividualFieldModule,
  individualFieldModules,
  type IndividualFieldValues,
} from '@/lib/individual-fields/types'

/**
 * CSV rows of the export get one column per individual field marked "in reports and exports"
 * (`individualFields_<key>`, the way the plugin names nested values) in place of the raw JSON.
 * Every string cell is neutralised against CSV injection (lib/csv-cell.ts); then numbers and
 * dates are written as Germans and Excel read them (SPEC section 5, ADR 0031): `1.234,50`,
 * `31.12.2026`. Whole numbers (ids, codes, counts) stay without a thousands separator.
 */
const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/

function germanCells(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => {
      if (typeof value === 'number') return [key, Number.isInteger(value) ? String(value) : formatDecimal(value, 2)]
      if (typeof value === 'string' && isoInstant.test(value)) return [key, formatDay(value)]
      return [key, value]
    }),
  )
}

/** The plugin writes `,` (no option for it): the same cells again with `;` and the BOM. */
function withSemicolons(csv: string): string {
  const rows = parse(csv, { bom: true, relax_column_count: true }) as string[][]
  return stringify(rows, { bom: true, delimiter: ';' })
}

function csvRows(module: IndividualFieldModule) {
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
      if (!original || !('individualFields' in original)) return germanCells(csvRow(row))
      const values = (original.individualFields ?? {}) as IndividualFieldValues
      const { individualFields: _raw, ...rest } = row
      return germanCells(
        csvRow({ ...rest, ...Object.fromEntries(columns.map((column) => [column.column, column.raw(values)])) }),
      )
    })
  }
}

const exportable: readonly string[] = individualFieldModules

/** The collection an export request names must be one offered for export, and readable by the user. */
async function checkExportTarget(req: PayloadRequest, collection: unknown) {
  if (typeof collection !== 'string' || !exportable.includes(collection)) {
    throw fieldError(req, 'collectionSlug', 'exportNotOffered', { collection: String(collection ?? '') }, 'exports')
  }
  const read = req.payload.collections[collection as IndividualFieldModule].config.access.read
  if (!(await read({ req }))) throw new Forbidden(req.t)
}

// The collection each endpoint's body names: `/download` wraps the form in `data`, the preview does not.
const downloadTarget = z
  .object({ data: z.object({ collectionSlug: z.unknown() }) })
  .transform((body) => body.data.collectionSlug)
const previewTarget = z.object({ collectionSlug: z.unknown() }).transform((body) => body.collectionSlug)

/**
 * The plugin's `/download` and `/export-preview` endpoints check no access of their own, and a
 * refused read inside the download stream is an unhandled rejection that never answers. So staff
 * only, for a collection offered for export that they may read; the file itself is then read
 * with their access (IBANs masked without 900114). The body is read from a copy: the plugin's
 * handler reads it again.
 */
function guarded(endpoint: Endpoint): Endpoint {
  const target = endpoint.path === '/download' ? downloadTarget : previewTarget
  return {
    ...endpoint,
    handler: async (req) => {
      if (!isStaff(req.user)) throw new Forbidden(req.t)
      const body: unknown = await (req as unknown as Request)
        .clone()
        .json()
        .catch(() => undefined)
      await checkExportTarget(req, target.safeParse(body).data)
      const response = await endpoint.handler(req)
      if (endpoint.path !== '/download' || !response.headers.get('content-type')?.includes('text/csv')) return response
      return new Response(withSemicolons(await response.text()), { status: response.status, headers: response.headers })
    },
  }
}

/** The saved file, which the plugin's own hook has just built, gets `;` like the download. */
const semicolonFile: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  const file = req.file
  if (operation === 'create' && file && file.mimetype.startsWith('text/csv')) {
    const data = Buffer.from(withSemicolons(file.data.toString('utf8')), 'utf8')
    req.file = { ...file, data, size: data.length }
  }
  return args
}

const checkSavedExportTarget: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation === 'create') await checkExportTarget(req, (args.data as { collectionSlug?: unknown })?.collectionSlug)
  return args
}

/**
 * Saved exports (issue 12): each belongs to its creator (access/exports.ts), read-only roles make
 * none, and the files live in the data directory (or the S3 bucket, collections/documents/storage-plugin.ts),
 * never in the program's folder. Portal users never use the plugin's collections.
 */
const ownedExports = ({ collection }: { collection: CollectionConfig }): CollectionConfig => ({
  ...collection,
  access: { ...collection.access, read: readOwnExports, create: createExports, delete: deleteOwnExports },
  fields: [
    ...collection.fields,
    stampedBy('createdBy', l('Erstellt von', 'Created by'), { admin: { position: 'sidebar' } }),
  ],
  endpoints: (collection.endpoints || []).map(guarded),
  // The plugin writes the file in its own beforeOperation hook: the access and the target are checked before.
  hooks: {
    ...collection.hooks,
    beforeOperation: [
      createAccessFirst,
      checkSavedExportTarget,
      ...(collection.hooks?.beforeOperation ?? []),
      semicolonFile,
    ],
  },
  upload: {
    ...(typeof collection.upload === 'object' ? collection.upload : {}),
    staticDir: exportsDirectory(),
  },
})
/** The plugin's import endpoints (`/preview-data`) read the body unchecked: staff only, as its list. */
function staffOnly(endpoint: Endpoint): Endpoint {
  return {
    ...endpoint,
    handler: (req) => {
      if (!isStaff(req.user)) throw new Forbidden(req.t)
      return endpoint.handler(req)
    },
  }
}

// Imports come through Hauswerk's own import (issue 4); the plugin's import stays closed.
const closed = ({ collection }: { collection: CollectionConfig }): CollectionConfig => ({
  ...collection,
  access: { ...collection.access, read: staff, create: () => false, update: () => false, delete: () => false },
  endpoints: (collection.endpoints || []).map(staffOnly),
})

/** Where saved export files live without S3. */
export function exportsDirectory(): string {
  return path.join(env().dataDir, 'exports')
}

/** CSV/JSON export from the admin lists of the modules with individual fields (ARCHITECTURE.md). */
export const importExport: Plugin = importExportPlugin({
  collections: individualFieldModules.map((module) => ({
    slug: module,
    import: false,
    export: { disableJobsQueue: true, hooks: { before: csvRows(module) as never } },
  })),
  overrideExportCollection: ownedExports,
  overrideImportCollection: closed,
})
