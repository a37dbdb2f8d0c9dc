import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook, PayloadRequest } from 'payload'
import { Forbidden } from 'payload'

import { managedModules } from '@/access/individual-fields'
import { countWithValue, storedValues } from '@/db/individual-field-values'
import { fieldError, message } from '@/i18n/messages'
import type { HauswerkMessage } from '@/i18n/translations'
import type { IndividualFieldDefinition } from '@/lib/individual-fields/types'
import { individualFieldKeyPattern } from '@/lib/individual-fields/types'
import { checkValue, parseDefault } from '@/lib/individual-fields/value'
import type { IndividualFieldDefinition as Doc } from '@/payload-types'
import { slugs } from '@/constants/slugs'

import { builtInNames, comparableName } from './built-in-names'
import { forgetDefinitions, toDefinition } from './definitions'

const slug = slugs.individualFieldDefinitions

function refuse(req: PayloadRequest, path: string, key: HauswerkMessage, vars: Record<string, unknown> = {}): never {
  throw fieldError(req, path, key, vars, slug)
}

function checkShape(req: PayloadRequest, definition: IndividualFieldDefinition): void {
  if (!individualFieldKeyPattern.test(definition.key)) refuse(req, 'key', 'individualFieldKeyFormat')
  const fields = req.payload.collections[definition.module]?.config.flattenedFields ?? []
  const clash = builtInNames(fields).get(comparableName(definition.key))
  if (clash) refuse(req, 'key', 'individualFieldKeyBuiltIn', { key: definition.key, field: clash })
  if (definition.type === 'choice' || definition.type === 'choices') {
    const options = definition.options ?? []
    if (options.length === 0) refuse(req, 'options', 'individualFieldOptionsRequired')
    options.forEach((option, index) => {
      if (!individualFieldKeyPattern.test(option.value)) refuse(req, `options.${index}.value`, 'individualFieldKeyFormat')
      if (options.findIndex((other) => other.value === option.value) !== index) {
        refuse(req, `options.${index}.value`, 'individualFieldOptionDuplicate', { value: option.value })
      }
    })
  }
  const parsed = parseDefault(definition)
  if ('problem' in parsed) {
    refuse(req, 'defaultValue', 'individualFieldDefaultInvalid', {
      reason: message(req, parsed.problem.message, parsed.problem.vars),
    })
  }
}

/** Whether a change can make a stored value invalid (a label, group or order never can). */
function touchesValues(before: IndividualFieldDefinition, after: IndividualFieldDefinition): boolean {
  return (
    before.type !== after.type ||
    (before.decimals ?? 0) !== (after.decimals ?? 0) ||
    JSON.stringify((before.options ?? []).map((o) => o.value)) !== JSON.stringify((after.options ?? []).map((o) => o.value))
  )
}

/**
 * The rules of a definition (SPEC F-40, issue 6): the module's permission, a stable key in
 * `a-z0-9_` that is no built-in field name, module and key fixed once created, and no change
 * that would leave a stored value invalid (a type change, a removed option, fewer decimals):
 * such a change is refused with the number of records it would hurt.
 */
export const guardDefinition: CollectionBeforeChangeHook<Doc> = async ({ data, originalDoc, operation, req }) => {
  const merged = { ...originalDoc, ...data } as Doc
  if (req.user) {
    const modules = await managedModules(req)
    const touched = [merged.module, originalDoc?.module].filter(Boolean)
    if (!touched.every((module) => modules.includes(module as never))) {
      throw new Forbidden(req.t)
    }
  }
  if (operation === 'update' && originalDoc) {
    if (data.module !== undefined && data.module !== originalDoc.module) refuse(req, 'module', 'individualFieldModuleFixed')
    if (data.key !== undefined && data.key !== originalDoc.key) refuse(req, 'key', 'keyFixed')
  }
  const after = toDefinition(merged)
  checkShape(req, after)

  if (operation === 'update' && originalDoc && touchesValues(toDefinition(originalDoc), after)) {
    const values = await storedValues(req, after.module, after.key)
    const broken = values
      .map(({ id, value }) => ({ id, value, checked: checkValue(after, value) }))
      .filter((entry) => 'problem' in entry.checked)
    if (broken.length > 0) {
      const first = broken[0]
      const problem = (first.checked as { problem: { message: HauswerkMessage; vars?: Record<string, unknown> } }).problem
      refuse(req, 'type', 'individualFieldValuesInvalid', {
        count: broken.length,
        example: Array.isArray(first.value) ? first.value.join(', ') : String(first.value),
        reason: message(req, problem.message, problem.vars),
      })
    }
  }
  forgetDefinitions(req)
  return data
}

/** A definition with values is archived, never deleted: its values stay readable. */
export const refuseDeletingUsedDefinition: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = (await req.payload.findByID({ collection: slug, id, depth: 0, req, overrideAccess: true })) as Doc
  const count = await countWithValue(req, doc.module, doc.key)
  if (count > 0) refuse(req, 'archived', 'individualFieldInUse', { count })
  forgetDefinitions(req)
}
