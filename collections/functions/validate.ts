import type { Validate } from 'payload'

import { idOf } from '@/fields/relationship'
import { message } from '@/i18n/messages'

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
