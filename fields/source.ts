import {
  type Access,
  APIError,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type Field,
  type FieldAccess,
  type FieldHook,
  type Where,
} from 'payload'

import {
  type AccountingCollection,
  accountingOwnedFields,
  isFromAccounting,
  isImportRequest,
} from '@/access/accounting-source'
import { fieldError, message } from '@/i18n/messages'
import { sameValue } from '@/lib/same-value'

import { l } from './label'

/** Refuses a change to an owned field of an imported record, naming the field (SPEC F-11). */
const refuseChangeOfImported: FieldHook = ({ value, previousValue, originalDoc, operation, req, path, collection }) => {
  if (operation !== 'update' || value === undefined || isImportRequest(req) || !isFromAccounting(originalDoc)) {
    return value
  }
  if (!sameValue(value, previousValue)) {
    throw fieldError(req, path.join('.'), 'ownedByAccounting', {}, collection?.slug)
  }
  return value
}

/** The admin shows owned fields of imported records read-only; the hook above guards every API. */
const editableUnlessImported: FieldAccess = ({ doc, req }) => isImportRequest(req) || !isFromAccounting(doc)

/** Where the mark lives in a field's `custom`: the import reads it to know which columns it may update. */
export const ownedMark = 'ownedByAccounting'

/** True for a field wrapped in `ownedByAccounting` (read by imports/owned-fields.ts). */
export function isOwnedByAccounting(field: { custom?: unknown }): boolean {
  const custom = (field as { custom?: { hauswerk?: Record<string, unknown> } }).custom
  return custom?.hauswerk?.[ownedMark] === true
}

/**
 * Marks a field as owned by the accounting system. The mark in `custom` is what the import derives
 * its updatable columns from; the access and hook below enforce it everywhere else.
 */
function ownedByAccounting<T extends Field>(field: T): T {
  if (!('name' in field)) throw new Error('ownedByAccounting needs a named field')
  const hooks = 'hooks' in field ? field.hooks : undefined
  const custom = (field as { custom?: Record<string, unknown> }).custom
  return {
    ...field,
    custom: { ...custom, hauswerk: { ...(custom?.hauswerk as object), [ownedMark]: true } },
    access: { ...('access' in field ? field.access : {}), update: editableUnlessImported },
    hooks: { ...hooks, beforeValidate: [...(hooks?.beforeValidate ?? []), refuseChangeOfImported] },
  } as T
}

/** Only the import writes where a record comes from. */
const refuseUnlessImport: FieldHook = ({ value, previousValue, operation, req, path, collection }) => {
  if (isImportRequest(req) || value === undefined) return value
  const unchanged = operation === 'update' ? sameValue(value, previousValue) : value === null || value === 'manual'
  if (!unchanged) throw fieldError(req, path.join('.'), 'sourceImportOnly', {}, collection?.slug)
  return value
}

/** Where a record comes from, and its key in the accounting system (idempotent imports). */
export const sourceFields: Field[] = [
  {
    name: 'source',
    type: 'select',
    label: l('Herkunft', 'Source'),
    options: [
      { label: l('manuell erfasst', 'entered by staff'), value: 'manual' },
      { label: l('Buchhaltung', 'accounting'), value: 'accounting' },
    ],
    defaultValue: 'manual',
    index: true,
    hooks: { beforeValidate: [refuseUnlessImport] },
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'externalKey',
    type: 'text',
    label: l('Externer Schlüssel', 'External key'),
    // Unique: the import upserts by it (ON CONFLICT), so one key is one record (SPEC F-12).
    unique: true,
    hooks: { beforeValidate: [refuseUnlessImport] },
    admin: { position: 'sidebar', readOnly: true },
  },
]

/** Marks the fields the list in access/accounting-source.ts names (paths with dots into named groups). */
function markOwned(fields: Field[], owned: ReadonlySet<string>, prefix = ''): Field[] {
  return fields.map((field) => {
    const path = 'name' in field && field.name ? `${prefix}${field.name}` : undefined
    if (path && owned.has(path)) return ownedByAccounting(field)
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({
          ...tab,
          fields: markOwned(tab.fields, owned, 'name' in tab && tab.name ? `${prefix}${tab.name}.` : prefix),
        })),
      }
    }
    if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field) {
      return { ...field, fields: markOwned(field.fields, owned, prefix) }
    }
    if (field.type === 'group' && path) return { ...field, fields: markOwned(field.fields, owned, `${path}.`) }
    return field
  })
}

const notImported: Where = { or: [{ source: { not_equals: 'accounting' } }, { source: { exists: false } }] }

/** Rows from accounting are left out of what people may delete, so the admin hides the button. */
function exceptImported(access: Access | undefined): Access | undefined {
  if (!access) return access
  return async (args) => {
    const allowed = await access(args)
    if (!allowed || isImportRequest(args.req)) return allowed
    return allowed === true ? notImported : { and: [allowed, notImported] }
  }
}

/**
 * A delete that touches a record from accounting is refused with the reason — for the system
 * without the import flag, and for users who could delete the record were it not imported.
 * Anyone else gets the access check's plain refusal: the reason would tell them that the record
 * exists and where it came from.
 */
function refuseDeletingImported(staffDelete: Access | undefined): CollectionBeforeOperationHook {
  return async ({ args, operation, req, collection }) => {
    if (operation !== 'delete' || isImportRequest(req)) return args
    const target = (args as { id?: number | string; where?: Where }).id
    const where: Where | undefined = target !== undefined ? { id: { equals: target } } : (args as { where?: Where }).where
    const scope: Where[] = [where ?? {}, { source: { equals: 'accounting' } }]
    // The system deleting (Local API without access checks) is told the reason; anyone else only
    // once their own delete access would allow it.
    const system = (args as { overrideAccess?: boolean }).overrideAccess === true
    if (!system) {
      const allowed = staffDelete ? await staffDelete({ req, id: target as number | undefined }) : false
      if (!allowed) return args
      if (allowed !== true) scope.push(allowed as Where)
    }
    // System read: whether the rows the user may delete include imported ones.
    const { totalDocs } = await req.payload.count({
      collection: collection.slug,
      where: { and: scope },
      req,
      overrideAccess: true,
    })
    if (totalDocs > 0) throw new APIError(message(req, 'importedNotDeletable'), 403, undefined, true)
    return args
  }
}

/**
 * A collection whose records may come from the accounting import (rule 5): the fields the list
 * names are owned, and an imported record is deleted only by the import.
 */
export function fromAccounting(slug: AccountingCollection, config: CollectionConfig): CollectionConfig {
  return {
    ...config,
    access: { ...config.access, delete: exceptImported(config.access?.delete) },
    hooks: {
      ...config.hooks,
      beforeOperation: [...(config.hooks?.beforeOperation ?? []), refuseDeletingImported(config.access?.delete)],
    },
    fields: markOwned(config.fields, new Set<string>(accountingOwnedFields[slug])),
  }
}
