import { APIError, type PayloadRequest } from 'payload'

export type Language = 'de' | 'en'

export function languageOf(req: PayloadRequest): Language {
  return req.i18n?.language === 'en' ? 'en' : 'de'
}

/** A report that cannot be produced, with a message a clerk can act on (rule 6). */
export class ReportError extends APIError {
  constructor(message: string, status = 400) {
    super(message, status, undefined, true)
    this.name = 'ReportError'
  }
}

/** Report messages in the request's language. */
export const reportMessages = {
  noChromium: (reason: string) => ({
    de: `Das PDF kann nicht erzeugt werden, weil kein Chromium gefunden wurde (${reason}). Der CSV-Export steht weiterhin zur Verfügung.`,
    en: `The PDF cannot be produced because no Chromium was found (${reason}). The CSV export still works.`,
  }),
  templateSyntax: (template: string, line: number | null, detail: string) => ({
    de: `Die Vorlage „${template}“ enthält einen Fehler${line ? ` in Zeile ${line}` : ''}: ${detail}`,
    en: `The template "${template}" has an error${line ? ` on line ${line}` : ''}: ${detail}`,
  }),
  templateRender: (template: string, detail: string) => ({
    de: `Die Vorlage „${template}“ konnte nicht gefüllt werden: ${detail}`,
    en: `The template "${template}" could not be filled: ${detail}`,
  }),
  unknownReport: (key: string) => ({ de: `Den Bericht „${key}“ gibt es nicht.`, en: `There is no report "${key}".` }),
  unknownObject: (id: number) => ({
    de: `Das Objekt ${id} gibt es nicht oder Sie dürfen es nicht sehen.`,
    en: `Object ${id} does not exist or you may not see it.`,
  }),
  tooManyRows: (rows: number, limit: number) => ({
    de: `Der Bericht hat ${rows} Zeilen (mehr als ${limit}) und wird im Hintergrund erstellt.`,
    en: `The report has ${rows} rows (more than ${limit}) and is produced in the background.`,
  }),
  runNotDone: { de: 'Dieser Bericht ist noch nicht fertig.', en: 'This report is not finished yet.' },
  runNotFound: { de: 'Diesen Berichtslauf gibt es nicht.', en: 'There is no such report run.' },
  noMailRecipient: { de: 'Bitte geben Sie eine E-Mail-Adresse an.', en: 'Please give an e-mail address.' },
} as const

export function say(req: PayloadRequest, text: { de: string; en: string }): string {
  return text[languageOf(req)]
}
