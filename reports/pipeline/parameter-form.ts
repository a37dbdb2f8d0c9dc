import { z } from 'zod'

/**
 * The parameter dialog is drawn from the report's zod schema: each parameter's JSON Schema (type,
 * date format, enum) and its `.meta({ title, relationTo, options })` say which input to show. So
 * the dialog and the server's validation cannot drift apart.
 */
export type FormField = {
  name: string
  label: string
  kind: 'date' | 'boolean' | 'select' | 'multiselect' | 'relation' | 'relations' | 'number' | 'text' | 'longtext'
  required: boolean
  options?: Array<{ value: string; label: string }>
  relationTo?: string
  default?: unknown
  description?: string
}

type JsonSchema = {
  type?: string | string[]
  format?: string
  enum?: unknown[]
  items?: JsonSchema
  title?: string
  description?: string
  default?: unknown
  relationTo?: string
  /** A text of several paragraphs (a letter's body): a text area rather than one line. */
  multiline?: boolean
  optionLabels?: Record<string, string>
  properties?: Record<string, JsonSchema>
  required?: string[]
  anyOf?: JsonSchema[]
}

function optionsOf(schema: JsonSchema): FormField['options'] {
  const labels = schema.optionLabels ?? {}
  return (schema.enum ?? []).map((value) => ({ value: String(value), label: labels[String(value)] ?? String(value) }))
}

function kindOf(schema: JsonSchema): FormField['kind'] {
  if (schema.relationTo) return schema.type === 'array' ? 'relations' : 'relation'
  if (schema.type === 'boolean') return 'boolean'
  if (schema.enum) return 'select'
  if (schema.type === 'array' && schema.items?.enum) return 'multiselect'
  if (schema.format === 'date') return 'date'
  if (schema.multiline) return 'longtext'
  if (schema.type === 'integer' || schema.type === 'number') return 'number'
  return 'text'
}

export function parameterForm(schema: z.ZodType): FormField[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema
  const required = new Set(json.required ?? [])
  return Object.entries(json.properties ?? {}).map(([name, raw]) => {
    const property = raw.anyOf?.find((option) => option.type !== 'null') ?? raw
    const merged = { ...property, ...raw, anyOf: undefined }
    const kind = kindOf(merged)
    const options =
      kind === 'select'
        ? optionsOf(merged)
        : kind === 'multiselect'
          ? optionsOf({ ...merged.items!, optionLabels: merged.optionLabels })
          : undefined
    return {
      name,
      label: merged.title ?? name,
      kind,
      required: required.has(name) && merged.default === undefined,
      options,
      relationTo: merged.relationTo,
      default: merged.default,
      description: merged.description,
    }
  })
}
