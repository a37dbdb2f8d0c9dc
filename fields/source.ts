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

/** Marks a field as owned by the accounting system. */
export function ownedByAccounting<T extends Field>(field: T): T {
  if (!('name' in field)) throw new Error('ownedByAccounting needs a named field')
  const hooks = 'hooks' in field ? field.hooks : undefined
  return {
    ...field,
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
    index: true,
    hooks: { beforeValidate: [refuseUnlessImport] },
    admin: { position: 'sidebar', readOnly: true },
  },
]
