import type { GroupField } from 'payload'

import { l } from '@/fields/label'
import { wholeNumber } from '@/fields/number'

/**
 * Legal retention periods (F-86): how long data that an erasure request concerns must still be
 * kept, per kind, counted in whole years from the end of the calendar year the record belongs to
 * (BAO § 132: seven years for books, records and the documents that belong to them).
 */
export const retentionDefaults = { accountingYears: 7, contractsYears: 7, documentsYears: 7, accessLogYears: 3 }

export const privacyDefaults = { exportValidHours: 72 }

const years = (name: keyof typeof retentionDefaults, label: ReturnType<typeof l>, description: ReturnType<typeof l>) =>
  wholeNumber(name, label, {
    defaultValue: retentionDefaults[name],
    min: 0,
    max: 50,
    required: true,
    admin: { width: '50%', description },
  })

export const privacySettings: GroupField = {
  name: 'privacy',
  type: 'group',
  label: l('Datenschutz', 'Data protection'),
  fields: [
    wholeNumber('exportValidHours', l('Datenarchiv herunterladbar (Stunden)', 'Data archive downloadable (hours)'), {
      defaultValue: privacyDefaults.exportValidHours,
      min: 1,
      max: 720,
      required: true,
      admin: {
        description: l(
          'So lange kann die Person (oder der Benutzer, der es erstellt hat) das Archiv einmal herunterladen.',
          'How long the person (or the staff user who produced it) can download the archive, once.',
        ),
      },
    }),
    {
      type: 'row',
      fields: [
        years(
          'accountingYears',
          l('Buchungen aufbewahren (Jahre)', 'Keep postings (years)'),
          l('BAO § 132: sieben Jahre ab dem Ende des Jahres der Buchung.', 'BAO § 132: seven years from the end of the posting’s year.'),
        ),
        years(
          'contractsYears',
          l('Verträge aufbewahren (Jahre)', 'Keep contracts (years)'),
          l('Ab dem Ende des Jahres, in dem das Bestandsverhältnis endete.', 'From the end of the year in which the tenancy ended.'),
        ),
      ],
    },
    {
      type: 'row',
      fields: [
        years(
          'documentsYears',
          l('Dokumente aufbewahren (Jahre)', 'Keep documents (years)'),
          l('Ab dem Ende des Jahres des Dokuments, samt Zustellnachweisen.', 'From the end of the document’s year, with its proofs of receipt.'),
        ),
        years(
          'accessLogYears',
          l('Zugriffsprotokoll aufbewahren (Jahre)', 'Keep the access log (years)'),
          l('Ab dem Ende des Jahres des Zugriffs.', 'From the end of the year of the access.'),
        ),
      ],
    },
  ],
}
