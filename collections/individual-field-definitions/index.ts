import type { CollectionConfig } from 'payload'

import { canCreateDefinition, canManageDefinitions } from '@/access/individual-fields'
import { staff } from '@/access/staff'
import { slugs } from '@/constants/slugs'
import { l } from '@/fields/label'
import { moduleSettings } from '@/lib/individual-fields/modules'
import { individualFieldModules, maxDecimals } from '@/lib/individual-fields/types'

import { adminGroups } from '../configuration/groups'
import { guardDefinition, refuseDeletingUsedDefinition } from './hooks'

export const individualFieldTypeOptions = [
  { label: l('Text', 'Text'), value: 'text' },
  { label: l('Langtext', 'Long text'), value: 'longText' },
  { label: l('Zahl', 'Number'), value: 'number' },
  { label: l('Datum', 'Date'), value: 'date' },
  { label: l('Ja/Nein', 'Yes/no'), value: 'yesNo' },
  { label: l('Auswahl', 'Choice'), value: 'choice' },
  { label: l('Mehrfachauswahl', 'Several choices'), value: 'choices' },
]

const isChoice = (data: Record<string, unknown> | undefined) => data?.type === 'choice' || data?.type === 'choices'

/**
 * Individual fields (SPEC F-40): what administrators define per module while the system runs.
 * Values live on the records (`individualFields`); see docs/individual-fields.md.
 */
export const IndividualFieldDefinitions: CollectionConfig = {
  slug: slugs.individualFieldDefinitions,
  labels: { singular: l('Indiv. Feld', 'Individual field'), plural: l('Indiv. Felder', 'Individual fields') },
  defaultSort: ['module', 'order', 'key'],
  admin: {
    group: adminGroups.administration,
    useAsTitle: 'key',
    defaultColumns: ['key', 'label.de', 'module', 'type', 'group', 'order', 'required', 'archived'],
    listSearchableFields: ['key', 'label.de', 'label.en'],
  },
  access: {
    // Configuration, not personal data: staff read it to render forms and exports.
    read: staff,
    create: canCreateDefinition,
    update: canManageDefinitions,
    delete: canManageDefinitions,
  },
  indexes: [{ fields: ['module', 'key'], unique: true }],
  hooks: { beforeChange: [guardDefinition], beforeDelete: [refuseDeletingUsedDefinition] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'module',
          type: 'select',
          label: l('Modul', 'Module'),
          required: true,
          index: true,
          options: individualFieldModules.map((module) => ({ value: module, label: moduleSettings[module].label })),
          admin: { width: '30%', description: l('Fest, sobald angelegt.', 'Fixed once created.') },
        },
        {
          name: 'key',
          type: 'text',
          label: l('Schlüssel', 'Key'),
          required: true,
          index: true,
          admin: {
            width: '35%',
            description: l(
              'a–z, 0–9 und _, z. B. radon_messdatum. Fest, sobald angelegt (Exporte und Import verwenden ihn).',
              'a–z, 0–9 and _, e.g. radon_date. Fixed once created (exports and the import use it).',
            ),
          },
        },
        {
          name: 'type',
          type: 'select',
          label: l('Typ', 'Type'),
          required: true,
          defaultValue: 'text',
          options: individualFieldTypeOptions,
          admin: { width: '35%' },
        },
      ],
    },
    {
      name: 'label',
      type: 'group',
      label: l('Bezeichnung', 'Label'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'de', type: 'text', label: l('Deutsch', 'German'), required: true, admin: { width: '50%' } },
            { name: 'en', type: 'text', label: l('Englisch', 'English'), admin: { width: '50%' } },
          ],
        },
      ],
    },
    {
      name: 'options',
      type: 'array',
      label: l('Auswahlmöglichkeiten', 'Options'),
      labels: { singular: l('Option', 'Option'), plural: l('Optionen', 'Options') },
      admin: {
        condition: (data) => isChoice(data),
        description: l(
          'Eine Option, die Werte verwenden, kann nicht entfernt werden.',
          'An option that values use cannot be removed.',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'value',
              type: 'text',
              label: l('Wert (a–z, 0–9, _)', 'Value (a–z, 0–9, _)'),
              required: true,
              admin: { width: '30%' },
            },
            {
              name: 'label',
              type: 'group',
              label: false,
              admin: { width: '70%' },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'de',
                      type: 'text',
                      label: l('Deutsch', 'German'),
                      required: true,
                      admin: { width: '50%' },
                    },
                    { name: 'en', type: 'text', label: l('Englisch', 'English'), admin: { width: '50%' } },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
    {
      type: 'row',
      admin: { condition: (data) => data?.type === 'number' },
      fields: [
        {
          name: 'decimals',
          type: 'number',
          label: l('Nachkommastellen', 'Decimal places'),
          defaultValue: 0,
          min: 0,
          max: maxDecimals,
          admin: { width: '30%', step: 1 },
        },
        {
          name: 'unit',
          type: 'text',
          label: l('Einheit (z. B. m², Bq/m³)', 'Unit (e.g. m², Bq/m³)'),
          admin: { width: '70%' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'group', type: 'text', label: l('Gruppe', 'Group'), admin: { width: '40%' } },
        {
          name: 'order',
          type: 'number',
          label: l('Reihenfolge', 'Order'),
          defaultValue: 0,
          admin: { width: '20%', step: 1 },
        },
        {
          name: 'defaultValue',
          type: 'text',
          label: l('Standardwert', 'Default'),
          admin: {
            width: '40%',
            description: l(
              'Für neue Datensätze. Zahlen 1.234,5, Datum 31.12.2026, ja/nein, mehrere Werte mit Komma.',
              'For new records. Numbers 1234.5, dates 2026-12-31, yes/no, several values separated by commas.',
            ),
          },
        },
      ],
    },
    { name: 'helpText', type: 'textarea', label: l('Hilfetext', 'Help text') },
    {
      type: 'row',
      fields: [
        {
          name: 'required',
          type: 'checkbox',
          label: l('Pflichtfeld', 'Required'),
          defaultValue: false,
          admin: { width: '25%' },
        },
        {
          name: 'portalVisible',
          type: 'checkbox',
          label: l('im Portal sichtbar', 'shown in the portal'),
          defaultValue: false,
          admin: { width: '25%' },
        },
        {
          name: 'inExports',
          type: 'checkbox',
          label: l('in Berichten und Exporten', 'in reports and exports'),
          defaultValue: true,
          admin: { width: '25%' },
        },
        {
          name: 'archived',
          type: 'checkbox',
          label: l('archiviert', 'archived'),
          defaultValue: false,
          index: true,
          admin: {
            width: '25%',
            description: l('Werte bleiben lesbar, neue nicht möglich.', 'Values stay readable; no new ones.'),
          },
        },
      ],
    },
  ],
}
