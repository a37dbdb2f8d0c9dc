import type { Access, ArrayField, Field, FieldHook, GlobalConfig, NumberField, Tab } from 'payload'

import { canField, permissionsOf } from '@/access/permissions'
import { staff } from '@/access/staff'
import { noVersions } from '@/access/versions'
import { P, type PermissionCode } from '@/constants/permissions'
import { globalSlugs, slugs } from '@/constants/slugs'
import { defaultInvitationValidDays } from '@/auth/invitations'
import { adminGroups } from '@/collections/configuration/groups'
import { address } from '@/fields/address'
import { bicField, ibanField, ibanModules } from '@/fields/bank'
import { l } from '@/fields/label'
import { wholeNumber } from '@/fields/number'
import { fieldError, message } from '@/i18n/messages'
import { defaultTimeZone } from '@/lib/dates'
import { privacySettings } from '@/privacy/settings'

/**
 * Configuration table 1580 (PersonenZuordnungMenu): the entries of the info grid on the unit and
 * the tenancy, each a list of linked records (ADR 0065). The key names the list and is fixed; the
 * label is the display name the grid shows; inactive entries are not shown.
 */
export const infoGridEntryKeys = [
  { label: l('Bestandsverhältnisse', 'Tenancies'), value: 'tenancies' },
  { label: l('Funktionen', 'Functions'), value: 'functions' },
  { label: l('Buchungen', 'Postings'), value: 'postings' },
  { label: l('Anliegen', 'Requests'), value: 'requests' },
  { label: l('Notizen', 'Notes'), value: 'notes' },
  { label: l('Dokumente', 'Documents'), value: 'documents' },
  { label: l('Schlüssel', 'Keys'), value: 'keys' },
] as const

export const unitReportKeys = [
  { label: l('Leerstandsliste', 'Vacancy list'), value: 'vacancyList' },
  { label: l('Einheitenliste', 'Unit list'), value: 'unitList' },
  { label: l('Statushistorie', 'Status history'), value: 'statusHistory' },
  { label: l('Funktionsliste', 'Function list'), value: 'functionList' },
  { label: l('Übergabeliste', 'Handover list'), value: 'handoverList' },
  { label: l('Sicherheiten', 'Securities'), value: 'securities' },
]

/**
 * The key of an entry is fixed once it exists (manual: "Das Feld Schlüssel darf nicht verändert
 * werden"): code and other data refer to it. Each key is listed once.
 */
const keysStayFixed: FieldHook = ({ value, previousValue, req, path }) => {
  if (!Array.isArray(value)) return value
  const rows = value as Array<{ id?: string; key?: string }>
  const before = new Map(
    (Array.isArray(previousValue) ? previousValue : []).map((row: { id?: string; key?: string }) => [row.id, row.key]),
  )
  rows.forEach((row, index) => {
    const previousKey = row.id ? before.get(row.id) : undefined
    if (previousKey && previousKey !== row.key) throw fieldError(req, `${path.join('.')}.${index}.key`, 'keyFixed')
    if (rows.findIndex((other) => other.key === row.key) !== index)
      throw fieldError(req, `${path.join('.')}.${index}.key`, 'duplicate')
  })
  return value
}

type EntryKeys = ReadonlyArray<{ label: ReturnType<typeof l>; value: string }>

function keyedEntries(name: string, label: ReturnType<typeof l>, keys: EntryKeys): ArrayField {
  return {
    name,
    type: 'array',
    label,
    labels: { singular: l('Eintrag', 'Entry'), plural: l('Einträge', 'Entries') },
    hooks: { beforeValidate: [keysStayFixed] },
    // Every key has its row from the start; rows are renamed or switched off, not added.
    maxRows: keys.length,
    defaultValue: keys.map((key) => ({ key: key.value, label: key.label.de, active: true })),
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'key',
            type: 'select',
            label: l('Schlüssel', 'Key'),
            options: [...keys],
            required: true,
            admin: { width: '30%', readOnly: true },
          },
          { name: 'label', type: 'text', label: l('Anzeigename', 'Display name'), required: true, admin: { width: '50%' } },
          {
            name: 'active',
            type: 'checkbox',
            label: l('aktiv', 'active'),
            defaultValue: true,
            admin: { width: '20%' },
          },
        ],
      },
    ],
  }
}

const endedStatus = wholeNumber(
  'importEndedUnitStatusCode',
  l('Status für Einheiten, die im Vollexport fehlen', 'Status of units missing from a full export'),
  {
    defaultValue: 110,
    admin: {
      description: l(
        'Ein inaktiver Statuscode (101–200) aus der Tabelle Einheitenstatus; siehe docs/import.md.',
        'An inactive status code (101–200) of the unit status table; see docs/import.md.',
      ),
    },
  },
)

/** The import ends units missing from a full export with this status (SPEC F-12): it must be inactive. */
const importEndedUnitStatusCode: NumberField = {
  ...endedStatus,
  validate: (value, args) => {
    const base = endedStatus.validate?.(value as never, args as never)
    if (base !== true) return base ?? true
    return value === null || value === undefined || (typeof value === 'number' && value > 100 && value <= 200)
      ? true
      : message(args.req, 'inactiveStatusCode')
  },
} as NumberField

/**
 * Who edits what (the manual's permissions): configuration tables 1580 and 1700 have codes of
 * their own (101110, 101123); everything else needs 900161.
 */
const editedWith: Record<string, PermissionCode> = {
  personAssignmentEntries: P.personAssignmentMenuEdit,
  unitReportMenuEntries: P.unitReportMenuEdit,
}
const editCodes = [P.settingsEdit, ...Object.values(editedWith)]

const mayEditSomething: Access = async ({ req }) => {
  const codes = await permissionsOf(req)
  return editCodes.some((code) => codes.has(code))
}

function gated(field: Field): Field {
  if (!('name' in field) || !field.name || field.type === 'ui') return field
  const update = canField(editedWith[field.name] ?? P.settingsEdit)
  return { ...field, access: { ...(field as { access?: object }).access, update } } as Field
}

const gatedTabs = (tabs: Tab[]): Tab[] => tabs.map((tab) => ({ ...tab, fields: tab.fields.map(gated) }))

/** Globale Variablen (SPEC F-10). */
export const Settings: GlobalConfig = {
  slug: globalSlugs.settings,
  label: l('Einstellungen', 'Settings'),
  admin: { group: adminGroups.configuration },
  access: { read: staff, update: mayEditSomething, readVersions: noVersions },
  fields: [
    {
      type: 'tabs',
      tabs: gatedTabs([
        {
          label: l('Einheiten', 'Units'),
          fields: [
            {
              name: 'unitGroupLabels',
              type: 'group',
              label: l('Bezeichnungen der Einheitengruppen', 'Labels of the unit groups'),
              admin: {
                description: l(
                  'Ein Feld ohne Bezeichnung wird bei den Einheiten ausgeblendet; ohne jede Bezeichnung die ganze Gruppe.',
                  'A field without a label is hidden on units; with no label at all, the whole group is.',
                ),
              },
              fields: [
                {
                  type: 'row',
                  fields: (['group1', 'group2', 'group3', 'group4'] as const).map((key, index) => ({
                    name: key,
                    type: 'text' as const,
                    label: l(`Gruppe ${index + 1}`, `Group ${index + 1}`),
                    admin: { width: '25%' },
                  })),
                },
              ],
            },
            keyedEntries('unitReportMenuEntries', l('Menü „Einheitenbericht“', 'Unit report menu'), unitReportKeys),
          ],
        },
        {
          label: l('Bestandsverhältnisse', 'Tenancies'),
          fields: [
            keyedEntries(
              'personAssignmentEntries',
              l('Infogrid der Einheiten und Bestandsverhältnisse (Tabelle 1580)', 'Info grid of units and tenancies (table 1580)'),
              infoGridEntryKeys,
            ),
            wholeNumber(
              'allocatingFunctionCode',
              l('Funktionscode der vergebenden Stelle', 'Function code of the allocating party'),
              {
                admin: { description: l('für Leerstandsberichte', 'used by vacancy reports') },
              },
            ),
            {
              name: 'staffContractDataButton',
              type: 'checkbox',
              label: l(
                'Button „Mietvertragsdaten“ im Bestandsverhältnis anzeigen',
                'Show the “Contract data” button on tenancies',
              ),
              defaultValue: true,
              admin: {
                description: l(
                  'Globale Variable 780 des Altsystems: öffnet im Bestandsverhältnis (Dialog Einheit/Mieter) die Mietvertragsdaten. Ausgeschaltet fehlt der Button und die Daten werden dort nicht geliefert.',
                  'Global variable 780 of the old system: opens the contract data on a tenancy (dialog unit/tenant). When off, the button is missing and the data is not served there.',
                ),
              },
            },
            {
              name: 'contractDataViewEnabled',
              type: 'checkbox',
              label: l('Seite „Vertragsdaten“ im Portal anbieten', 'Offer the “Contract data” page in the portal'),
              defaultValue: true,
              admin: {
                description: l(
                  'Mieter:innen und Eigentümer:innen sehen im Portal ihre eigenen Vertragsdaten. Unabhängig vom Button im Back Office.',
                  'Tenants and owners see their own contract data in the portal. Independent of the button in the back office.',
                ),
              },
            },
          ],
        },
        {
          label: l('Prüfungen', 'Checks'),
          fields: [
            {
              name: 'ibanCheckModules',
              type: 'select',
              hasMany: true,
              label: l('IBAN/BIC prüfen in', 'Check IBAN/BIC in'),
              options: [...ibanModules],
              defaultValue: ibanModules.map((module) => module.value),
              admin: { description: l('Konfiguration 95800 des Altsystems', 'Configuration 95800 of the old system') },
            },
            {
              name: 'timeZone',
              type: 'select',
              label: l('Zeitzone des Unternehmens', 'Company time zone'),
              defaultValue: defaultTimeZone,
              options: ['Europe/Vienna', 'Europe/Berlin', 'Europe/Zurich'],
            },
          ],
        },
        {
          label: l('Import', 'Import'),
          fields: [importEndedUnitStatusCode],
        },
        {
          label: l('Dokumente', 'Documents'),
          fields: [
            wholeNumber('documentMaxSizeMb', l('Höchste Dateigröße (MB)', 'Largest file (MB)'), {
              defaultValue: 25,
              min: 1,
              max: 1024,
              admin: {
                description: l(
                  'Größere Dateien werden beim Hochladen in den Dokumentenspeicher abgelehnt.',
                  'Larger files are refused when uploaded to the document store.',
                ),
              },
            }),
          ],
        },
        {
          label: l('Portal', 'Portal'),
          fields: [
            wholeNumber('invitationValidDays', l('Einladungslinks gültig (Tage)', 'Invitation links valid (days)'), {
              defaultValue: defaultInvitationValidDays,
              min: 1,
              max: 90,
              required: true,
              admin: {
                description: l(
                  'So lange kann eine eingeladene Person mit dem Link aus der Einladung ihr Passwort festlegen.',
                  'How long an invited person can choose their password with the link from the invitation.',
                ),
              },
            }),
          ],
        },
        {
          label: l('Berichte', 'Reports'),
          fields: [
            {
              name: 'reports',
              type: 'group',
              label: l('Berichte', 'Reports'),
              fields: [
                {
                  name: 'templateFolder',
                  type: 'text',
                  label: l('Ordner mit eigenen Vorlagen', 'Folder of company templates'),
                  admin: {
                    description: l(
                      'Eine Datei dieses Ordners ersetzt die mitgelieferte Vorlage gleichen Namens (z. B. vacancy-list.hbs). Relativ zum Datenverzeichnis oder absolut.',
                      'A file in this folder replaces the shipped template of the same name (e.g. vacancy-list.hbs). Relative to the data directory, or absolute.',
                    ),
                  },
                },
                wholeNumber('jobThreshold', l('Ab so vielen Zeilen im Hintergrund', 'Run in the background above this many rows'), {
                  defaultValue: 5000,
                  min: 1,
                  admin: {
                    description: l(
                      'Größere Berichte laufen als Hintergrundauftrag mit Fortschrittsanzeige und werden danach heruntergeladen.',
                      'Larger reports run as a background job with progress and are downloaded when done.',
                    ),
                  },
                }),
              ],
            },
          ],
        },
        {
          label: l('Datenschutz', 'Data protection'),
          fields: [privacySettings],
        },
        {
          label: l('Unternehmen', 'Company'),
          fields: [
            {
              name: 'company',
              type: 'group',
              label: l('Unternehmen', 'Company'),
              fields: [
                { name: 'name', type: 'text', label: l('Firmenname', 'Company name') },
                address(),
                {
                  type: 'row',
                  fields: [
                    ...ibanField('company', 'iban', { admin: { width: '50%' } }),
                    ...bicField('company', { admin: { width: '50%' } }),
                  ],
                },
                { name: 'letterhead', type: 'textarea', label: l('Briefkopf', 'Letterhead') },
                { name: 'logo', type: 'upload', relationTo: slugs.media, label: l('Logo', 'Logo') },
              ],
            },
          ],
        },
      ]),
    },
  ],
}
