import { l } from '@/fields/label'

type Label = { de: string; en: string }

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

/** What an import did besides creating and updating records (a report's `effects`). */
const effects: Record<string, Label> = {
  vacanciesCreated: l('Leerstände angelegt', 'vacancies created'),
  vacanciesWaitingForMoveOut: l('Leerstände warten auf Auszug', 'vacancies waiting for a move-out'),
  vacanciesEnded: l('Leerstände beendet', 'vacancies ended'),
  holdersChanged: l('Inhaber:innen geändert', 'holders changed'),
  agreedPaymentsChanged: l('Vorschreibungen geändert', 'agreed payments changed'),
  bankAccountsChanged: l('Bankverbindungen geändert', 'bank accounts changed'),
  individualFieldsChanged: l('Indiv. Felder geändert', 'individual fields changed'),
  missing: l('fehlen im Vollexport', 'missing from the full export'),
  endedOnExportDate: l('zum Exportdatum beendet', 'ended on the export date'),
  endedWithStatus: l('auf Status „beendet“ gesetzt', 'set to the ended status'),
}

export function labelIn(language: 'de' | 'en', options: Array<{ label: Label; value: string }>, value?: string | null) {
  return options.find((option) => option.value === value)?.label[language] ?? value ?? ''
}

export function effectLabel(language: 'de' | 'en', name: string): string {
  return effects[name]?.[language] ?? name
}
