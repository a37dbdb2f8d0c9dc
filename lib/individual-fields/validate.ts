import { sameValue } from '@/lib/same-value'

import type {
  IndividualFieldDefinition,
  IndividualFieldModule,
  IndividualFieldValue,
  IndividualFieldValues,
} from './types'
import { checkValue, coerceFromText, parseDefault, type ValueProblem } from './value'

export const individualFieldsPath = 'individualFields'

export type IndividualFieldError = ValueProblem & { path: string }

export type ValidationOptions = {
  /** What the record holds now (an update); the incoming values are a patch on top of it. */
  stored?: IndividualFieldValues | null
  /** `create` fills defaults and always checks required fields. */
  operation?: 'create' | 'update'
  /** Values come as text (a CSV import): read numbers, dates, yes/no and lists first. */
  fromText?: boolean
}

export type ValidationResult = { values: IndividualFieldValues; errors: IndividualFieldError[] }

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * Validates the individual-field values of one record of a module against the definitions, and
 * returns the values to store, or the errors (each naming `individualFields.<key>`).
 *
 * The incoming object is a patch: a key present sets its value, `null` (or empty) clears it, an
 * absent key keeps what is stored. Keys must belong to an active definition of the module; an
 * archived definition's value may come back unchanged (forms send everything) but not change.
 * Required values are checked on create and whenever values are written.
 */
export function validateIndividualFields(
  module: IndividualFieldModule,
  values: unknown,
  definitions: readonly IndividualFieldDefinition[],
  options: ValidationOptions = {},
): ValidationResult {
  const { operation = 'update', fromText = false } = options
  const stored = isPlainObject(options.stored) ? (options.stored as IndividualFieldValues) : {}
  const patch = values === null || values === undefined ? {} : values
  if (!isPlainObject(patch)) {
    return { values: stored, errors: [{ path: individualFieldsPath, message: 'individualFieldsNotObject' }] }
  }

  const byKey = new Map(definitions.filter((d) => d.module === module).map((d) => [d.key, d]))
  const result: Record<string, IndividualFieldValue> = { ...stored }
  const errors: IndividualFieldError[] = []
  const fail = (key: string, problem: ValueProblem) =>
    errors.push({ path: `${individualFieldsPath}.${key}`, ...problem })

  for (const [key, raw] of Object.entries(patch)) {
    const definition = byKey.get(key)
    if (!definition) {
      fail(key, { message: 'individualFieldUnknown', vars: { key } })
      continue
    }
    if (definition.archived) {
      if (!sameValue(raw, stored[key])) fail(key, { message: 'individualFieldArchived' })
      continue
    }
    const checked = checkValue(definition, fromText ? coerceFromText(definition, raw) : raw)
    if ('problem' in checked) {
      fail(key, checked.problem)
    } else if (checked.value === null) {
      delete result[key]
    } else {
      result[key] = checked.value
    }
  }

  const active = [...byKey.values()].filter((d) => !d.archived).sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
  if (operation === 'create') {
    for (const definition of active) {
      // An explicit empty value on create means "no value", not "the default".
      if (result[definition.key] !== undefined || definition.key in patch) continue
      const parsed = parseDefault(definition)
      if ('value' in parsed && parsed.value !== null) result[definition.key] = parsed.value
    }
  }
  for (const definition of active) {
    const failedAlready = errors.some((error) => error.path === `${individualFieldsPath}.${definition.key}`)
    if (definition.required && result[definition.key] === undefined && !failedAlready) {
      fail(definition.key, { message: 'individualFieldRequired' })
    }
  }
  return { values: errors.length ? stored : result, errors }
}
