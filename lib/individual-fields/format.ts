import { formatGermanDate } from '@/lib/dates'
import { formatDecimal } from '@/lib/format'

import type { IndividualFieldDefinition, IndividualFieldValue, IndividualFieldValues } from './types'

export type Language = 'de' | 'en'

function optionLabel(definition: IndividualFieldDefinition, value: string, language: Language): string {
  const option = definition.options?.find((candidate) => candidate.value === value)
  return option ? option.label[language] || option.label.de : value
}

/** A value as people read it (SPEC section 5): `1.234,56 m²`, `31.12.2026`, ja/nein, option labels. */
export function formatValue(
  definition: IndividualFieldDefinition,
  value: IndividualFieldValue | null | undefined,
  language: Language = 'de',
): string {
  if (value === null || value === undefined) return ''
  switch (definition.type) {
    case 'number': {
      if (typeof value !== 'number') return String(value)
      const decimals = definition.decimals ?? 0
      const number = formatDecimal(value, decimals, language)
      return definition.unit ? `${number} ${definition.unit}` : number
    }
    case 'date':
      if (typeof value !== 'string') return String(value)
      return language === 'de' ? formatGermanDate(value) : value
    case 'yesNo':
      return value === true ? (language === 'de' ? 'ja' : 'yes') : language === 'de' ? 'nein' : 'no'
    case 'choice':
      return optionLabel(definition, String(value), language)
    case 'choices':
      return (Array.isArray(value) ? value : [String(value)])
        .map((item) => optionLabel(definition, item, language))
        .join(', ')
    default:
      return String(value)
  }
}

export const byOrder = (a: IndividualFieldDefinition, b: IndividualFieldDefinition) =>
  (a.order ?? 0) - (b.order ?? 0) || a.key.localeCompare(b.key)

export type ShownField = {
  key: string
  label: string
  group: string | null
  value: IndividualFieldValue
  text: string
}

/**
 * The fields the portal shows for one record (SPEC F-51): definitions marked for the portal,
 * in order, with a value, formatted for the reader's language. Archived ones keep showing
 * their values (they stay readable).
 */
export function portalFieldsOf(
  definitions: readonly IndividualFieldDefinition[],
  values: IndividualFieldValues | null | undefined,
  language: Language = 'de',
): ShownField[] {
  return [...definitions]
    .filter((definition) => definition.portalVisible && values?.[definition.key] !== undefined)
    .sort(byOrder)
    .map((definition) => {
      const value = (values as IndividualFieldValues)[definition.key]
      return {
        key: definition.key,
        label: definition.label[language] || definition.label.de,
        group: definition.group ?? null,
        value,
        text: formatValue(definition, value, language),
      }
    })
}

export type ReportColumn = {
  key: string
  /** The column name of the CSV export (`individualFields_<key>`, as the export plugin names nested values). */
  column: string
  header: string
  /** The value as data (CSV export: ISO dates, plain numbers, option values, `a, b` for several). */
  raw: (values: IndividualFieldValues | null | undefined) => string | number | boolean
  /** The value as people read it (reports: German numbers and dates). */
  text: (values: IndividualFieldValues | null | undefined) => string
}

/** The report and export columns of a module: the definitions marked for exports, in order. */
export function reportColumnsOf(
  definitions: readonly IndividualFieldDefinition[],
  language: Language = 'de',
): ReportColumn[] {
  return [...definitions]
    .filter((definition) => definition.inExports)
    .sort(byOrder)
    .map((definition) => ({
      key: definition.key,
      column: `individualFields_${definition.key}`,
      header: definition.label[language] || definition.label.de,
      raw: (values) => {
        const value = values?.[definition.key]
        if (value === undefined || value === null) return ''
        return Array.isArray(value) ? value.join(', ') : value
      },
      text: (values) => formatValue(definition, values?.[definition.key], language),
    }))
}
