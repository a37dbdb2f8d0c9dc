import type { FieldHook, Validate } from 'payload'

import { accountingFunctionCodes, isImportRequest } from '@/access/accounting-source'
import { idOf } from '@/fields/relationship'
import { fieldError, message } from '@/i18n/messages'
import { sameValue } from '@/lib/same-value'

import { type FunctionScope, functionScopes } from '../configuration/function-types'

const scopeKeys = functionScopes.map((scope) => scope.value)

/** Exactly one scope, and one that the function type applies to. */
export const oneScopeOfType: Validate = async (_value, { data, req }) => {
  const record = data as Record<FunctionScope | 'functionType', unknown>
  const given = scopeKeys.filter((key) => idOf(record[key]) !== null)
  if (given.length !== 1) return message(req, 'oneScope')
  const typeId = idOf(record.functionType)
  if (!typeId) return true
  const functionType = await req.payload.findByID({
    collection: 'function-types',
    id: typeId,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  const scope = given[0]
  if (functionType && !(functionType.appliesTo ?? []).includes(scope)) {
    const label = functionScopes.find((entry) => entry.value === scope)?.label
    return message(req, 'functionTypeScope', { scope: label ? label[req.i18n.language === 'en' ? 'en' : 'de'] : scope })
  }
  return true
}

/**
 * Functions 31000, 41000, 51000 and 61000 come from the accounting system only (manual,
 * "Funktionen"): no one gives them by hand, nor turns a function into one. The import may.
 */
export const refuseAccountingFunctionType: FieldHook = async ({
  value,
  previousValue,
  operation,
  req,
  path,
  collection,
}) => {
  if (isImportRequest(req) || (operation === 'update' && sameValue(value, previousValue))) return value
  const typeId = idOf(value)
  if (!typeId) return value
  // System read: the rule holds whatever the user may read of the catalogue.
  const functionType = await req.payload.findByID({
    collection: 'function-types',
    id: typeId,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
    select: { code: true },
  })
  if (functionType && accountingFunctionCodes.includes(functionType.code)) {
    throw fieldError(req, path.join('.'), 'accountingFunctionType', {}, collection?.slug)
  }
  return value
}
