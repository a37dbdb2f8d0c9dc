import { getTranslation } from '@payloadcms/translations'

import { l } from '@/fields/label'

import type { ImportKind } from './kinds/names'

type Label = { de: string; en: string }

/**
 * The kinds by the names of their collections (import-runs.kind). Repeated here because the
 * import-runs collection cannot import the others' configs; import.int.spec.ts keeps them equal.
 */
export const importKindOptions: Array<{ label: Label; value: ImportKind }> = [
  { label: l('Vergabestellen', 'Allocation offices'), value: 'allocation-offices' },
  { label: l('Objekte', 'Objects'), value: 'objects' },
  { label: l('Personen', 'Persons'), value: 'persons' },
  { label: l('Einheiten', 'Units'), value: 'units' },
  { label: l('Bestandsverhältnisse', 'Tenancies'), value: 'tenancies' },
  { label: l('Funktionen', 'Functions'), value: 'functions' },
  { label: l('Buchungen', 'Postings'), value: 'postings' },
]

/** How an import was started (import-runs.trigger). */
export const importTriggers = [
  { label: l('Kommandozeile', 'command line'), value: 'cli' },
  { label: l('Admin-Oberfläche', 'admin page'), value: 'admin' },
  { label: l('Job (nächtlich)', 'job (nightly)'), value: 'job' },
]

/** Where an import stands (import-runs.status). */
export const importRunStatuses = [
  { label: l('wartet', 'waiting'), value: 'waiting' },
  { label: l('läuft', 'running'), value: 'running' },
  { label: l('importiert', 'imported'), value: 'imported' },
  { label: l('abgelehnt', 'rejected'), value: 'rejected' },
  { label: l('abgebrochen', 'interrupted'), value: 'interrupted' },
]

/** An option's label in the reader's language; an unknown value as it is. */
export function optionLabel(
  options: Array<{ label: Label; value: string }>,
  value: string | null | undefined,
  i18n: Parameters<typeof getTranslation>[1],
): string {
  const option = options.find((candidate) => candidate.value === value)
  return option ? getTranslation(option.label, i18n) : (value ?? '')
}
