import type { Field, FieldAccess, FieldHook } from 'payload'

import { isFromAccounting, isImportRequest } from '@/access/accounting-source'
import { fieldError } from '@/i18n/messages'
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
 * Marks a field as owned by the accounting system. The mark in `custom` is the one declaration the
 * import derives its updatable columns from; the access and hook below enforce it everywhere else.
 */
export function ownedByAccounting<T extends Field>(field: T): T {
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
