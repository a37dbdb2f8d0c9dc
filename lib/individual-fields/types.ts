/**
 * Individual fields (SPEC F-40): fields that administrators define per module while the system
 * runs. The definitions live in the `individual-field-definitions` collection; the values live on
 * the record in one JSON column (`individualFields`), keyed by the definition's key.
 */

export const individualFieldModules = ['units', 'tenancies', 'persons', 'objects'] as const
export type IndividualFieldModule = (typeof individualFieldModules)[number]

export const individualFieldTypes = ['text', 'longText', 'number', 'date', 'yesNo', 'choice', 'choices'] as const
export type IndividualFieldType = (typeof individualFieldTypes)[number]

export type IndividualFieldOption = { value: string; label: { de: string; en: string } }

/** What the validator, the admin, the portal and the exports need to know of a definition. */
export type IndividualFieldDefinition = {
  module: IndividualFieldModule
  key: string
  type: IndividualFieldType
  label: { de: string; en: string }
  group?: string | null
  helpText?: string | null
  options?: IndividualFieldOption[] | null
  /** Places after the decimal point of a number (0–6). */
  decimals?: number | null
  /** Shown after a number, e.g. m² or Bq/m³. */
  unit?: string | null
  required?: boolean | null
  /** As an administrator types it; parsed per type by `parseDefault`. */
  defaultValue?: string | null
  order?: number | null
  portalVisible?: boolean | null
  inExports?: boolean | null
  archived?: boolean | null
}

/** A stored value: what the JSON column holds under a key. */
export type IndividualFieldValue = string | number | boolean | string[]
export type IndividualFieldValues = Record<string, IndividualFieldValue>

/** A key: lower-case letters, digits and `_`, starting with a letter, at most 50 characters. */
export const individualFieldKeyPattern = /^[a-z][a-z0-9_]{0,49}$/

export const textMaxLength = 500
export const longTextMaxLength = 10_000
export const maxDecimals = 6
