import path from 'node:path'

import { importExportPlugin } from '@payloadcms/plugin-import-export'
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
import { env } from '@/lib/env'
import { definitionsOf } from '@/lib/individual-fields/definitions'
import { reportColumnsOf } from '@/lib/individual-fields/format'
import {
  type IndividualFieldModule,
  individualFieldModules,
  type IndividualFieldValues,
} from '@/lib/individual-fields/types'

/**
 * CSV rows of the export get one column per individual field marked "in reports and exports"
 * (`individualFields_<key>`, the way the plugin names nested values) in place of the raw JSON.
 * Values keep the plugin's data form (ISO dates, plain numbers, option values), like every
 * other column of the file. Every string cell is neutralised against CSV injection (lib/csv-cell.ts).
 */
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
      if (!original || !('individualFields' in original)) return csvRow(row)
      const values = (original.individualFields ?? {}) as IndividualFieldValues
      const { individualFields: _raw, ...rest } = row
      return csvRow({ ...rest, ...Object.fromEntries(columns.map((column) => [column.column, column.raw(values)])) })
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
      return endpoint.handler(req)
    },
  }
}

const checkSavedExportTarget: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation === 'create') await checkExportTarget(req, (args.data as { collectionSlug?: unknown })?.collectionSlug)
  return args
}

/**
 * Saved exports (issue 12): each belongs to its creator (access/exports.ts), read-only roles make
 * none, and the files live in the data directory (or the S3 bucket, lib/documents/storage-plugin.ts),
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
    beforeOperation: [createAccessFirst, checkSavedExportTarget, ...(collection.hooks?.beforeOperation ?? [])],
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
