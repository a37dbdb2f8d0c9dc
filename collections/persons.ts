import type { CollectionBeforeChangeHook, CollectionBeforeReadHook, CollectionConfig, Validate, Field } from 'payload'

import { can } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { slugs } from '@/constants/slugs'
import { address } from '@/fields/address'
import { bankAccountFields } from '@/fields/bank'
import { sealedCalendarDate } from '@/fields/calendar-date'
import { l } from '@/fields/label'
import { individualFieldsTab, validateIndividualFieldValues } from '@/fields/individual-fields'
import { sealed } from '@/fields/sealed'
import { fromAccounting, sourceFields } from '@/fields/source'
import { personDisplayName } from '@/lib/person-name'
import { logPersonReads } from '@/privacy/person-reads'

import { adminGroups } from './configuration/groups'
import { seeAsEndpoint } from './persons-see-as'

/** The public label (F-30): only contact details carrying it may ever reach the portal. */
export const publicLabel = 'public'

export const contactLabels = [
  { label: l('öffentlich (Portal)', 'public (portal)'), value: publicLabel },
  { label: l('privat', 'private'), value: 'private' },
  { label: l('geschäftlich', 'business'), value: 'business' },
  { label: l('Notfall', 'emergency'), value: 'emergency' },
  { label: l('Hotline', 'hotline'), value: 'hotline' },
]

const contactKinds = [
  { label: l('Telefon', 'Phone'), value: 'phone' },
  { label: l('Mobil', 'Mobile'), value: 'mobile' },
  { label: l('E-Mail', 'E-mail'), value: 'email' },
  { label: l('Fax', 'Fax'), value: 'fax' },
  { label: l('Web', 'Web'), value: 'web' },
]

/** Natural persons need a last name, legal persons a company name. */
const requiredFor =
  (kind: 'natural' | 'legal'): Validate =>
  (value, { data, req }) =>
    ((data as { kind?: string }).kind ?? 'natural') === kind && !value ? req.t('validation:required') : true

/** The title shown in lists and pickers follows from the name parts, here and nowhere else. */
const deriveDisplayName: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...originalDoc, ...data }
  data.displayName = personDisplayName(merged)
  return data
}

type Contact = { kind?: string; value?: string; labels?: string[] | null }

/** Only details carrying the public label (F-30), reduced to what the portal shows. */
export function publicContactsOf(contacts: Contact[] | null | undefined) {
  return (contacts ?? [])
    .filter((contact) => (contact.labels ?? []).includes(publicLabel))
    .map((contact) => ({ kind: contact.kind, value: contact.value }))
}

/**
 * `publicContacts` is computed from the stored details before field access runs, so it exists
 * even where `contacts` itself is hidden (from portal users, rule 2).
 */
const derivePublicContacts: CollectionBeforeReadHook = ({ doc }) => {
  if (Array.isArray(doc.contacts)) doc.publicContacts = publicContactsOf(doc.contacts)
  return doc
}

const personFields: Field[] = [
  {
    name: 'displayName',
    type: 'text',
    label: l('Name', 'Name'),
    index: true,
    admin: { hidden: true },
  },
  {
    type: 'tabs',
    tabs: [
      {
        label: l('Person', 'Person'),
        fields: [
          {
            type: 'row',
            fields: [
              {
                name: 'kind',
                type: 'select',
                label: l('Art', 'Kind'),
                required: true,
                defaultValue: 'natural',
                options: [
                  { label: l('natürliche Person', 'natural person'), value: 'natural' },
                  { label: l('juristische Person', 'legal person'), value: 'legal' },
                ],
                admin: { width: '30%' },
              },
              {
                name: 'salutation',
                type: 'select',
                label: l('Anrede', 'Salutation'),
                options: [
                  { label: l('Frau', 'Ms'), value: 'ms' },
                  { label: l('Herr', 'Mr'), value: 'mr' },
                  { label: l('divers / ohne', 'none'), value: 'none' },
                  { label: l('Firma', 'Company'), value: 'company' },
                ],
                admin: { width: '20%' },
              },
              {
                name: 'title',
                type: 'text',
                label: l('Titel', 'Title'),
                admin: { width: '20%' },
              },
              ...sealedCalendarDate('birthDate', l('Geburtsdatum', 'Birth date'), { admin: { width: '30%' } }),
            ],
          },
          {
            type: 'row',
            fields: [
              {
                name: 'firstName',
                type: 'text',
                label: l('Vorname', 'First name'),
                admin: { width: '50%', condition: (data) => data?.kind !== 'legal' },
              },
              {
                name: 'lastName',
                type: 'text',
                label: l('Nachname', 'Last name'),
                index: true,
                admin: { width: '50%', condition: (data) => data?.kind !== 'legal' },
                validate: requiredFor('natural'),
              },
            ],
          },
          {
            name: 'companyName',
            type: 'text',
            label: l('Firmenname', 'Company name'),
            index: true,
            admin: { condition: (data) => data?.kind === 'legal' },
            validate: requiredFor('legal'),
          },
          address(),
          {
            name: 'portalEmail',
            type: 'email',
            label: l('E-Mail für Portal-Einladung', 'E-mail for portal invitation'),
            index: true,
          },
        ],
      },
      {
        label: l('Kontaktdaten', 'Contact details'),
        fields: [
          {
            name: 'contacts',
            type: 'array',
            label: l('Kontaktdaten', 'Contact details'),
            labels: { singular: l('Kontakt', 'Contact'), plural: l('Kontakte', 'Contacts') },
            admin: {
              description: l(
                'Nur Angaben mit dem Label „öffentlich“ dürfen im Portal erscheinen.',
                'Only details labelled "public" may ever appear in the portal.',
              ),
            },
            fields: [
              {
                type: 'row',
                fields: [
                  {
                    name: 'kind',
                    type: 'select',
                    label: l('Art', 'Kind'),
                    options: contactKinds,
                    required: true,
                    admin: { width: '20%' },
                  },
                  // Encrypted unless public: the portal shows public details, nothing else needs them in clear.
                  ...sealed(
                    {
                      name: 'value',
                      type: 'text',
                      label: l('Wert', 'Value'),
                      required: true,
                      admin: {
                        width: '45%',
                        description: l(
                          'Ohne das Label „öffentlich“ verschlüsselt gespeichert.',
                          'Stored encrypted unless labelled "public".',
                        ),
                      },
                    },
                    {
                      parent: 'contacts',
                      sealWhen: (contact) =>
                        !((contact.labels as string[] | null | undefined) ?? []).includes(publicLabel),
                    },
                  ),
                  {
                    name: 'labels',
                    type: 'select',
                    hasMany: true,
                    label: l('Labels', 'Labels'),
                    options: contactLabels,
                    admin: { width: '35%' },
                  },
                ],
              },
            ],
          },
          {
            name: 'publicContacts',
            type: 'array',
            virtual: true,
            label: l('Im Portal sichtbar', 'Shown in the portal'),
            admin: {
              readOnly: true,
              description: l('Die Angaben mit dem Label „öffentlich“.', 'The details labelled "public".'),
            },
            fields: [
              { name: 'kind', type: 'select', label: l('Art', 'Kind'), options: contactKinds },
              { name: 'value', type: 'text', label: l('Wert', 'Value') },
            ],
          },
        ],
      },
      {
        label: l('Bankverbindungen', 'Bank accounts'),
        fields: [
          {
            name: 'bankAccounts',
            type: 'array',
            label: l('Bankverbindungen', 'Bank accounts'),
            labels: {
              singular: l('Bankverbindung', 'Bank account'),
              plural: l('Bankverbindungen', 'Bank accounts'),
            },
            fields: [
              ...bankAccountFields('person', { requireIban: true }),
              { name: 'label', type: 'text', label: l('Bezeichnung', 'Label') },
            ],
          },
        ],
      },
      {
        label: l('Verknüpfungen', 'Links'),
        fields: [
          {
            name: 'functions',
            type: 'join',
            label: l('Funktionen', 'Functions'),
            collection: slugs.functions,
            on: 'person',
            admin: { defaultColumns: ['functionType', 'unit', 'object', 'from', 'until'] },
          },
          {
            name: 'documents',
            type: 'join',
            label: l('Dokumente', 'Documents'),
            collection: slugs.documents,
            on: 'persons',
            defaultSort: '-createdAt',
            admin: { defaultColumns: ['title', 'category', 'year', 'createdAt'] },
          },
        ],
      },
      individualFieldsTab('persons'),
    ],
  },
  ...sourceFields,
]

/** The address book (SPEC F-05): natural and legal persons. */
export const Persons: CollectionConfig = fromAccounting('persons', {
  slug: slugs.persons,
  labels: { singular: l('Person', 'Person'), plural: l('Personen', 'Persons') },
  defaultSort: 'displayName',
  admin: {
    group: adminGroups.masterData,
    useAsTitle: 'displayName',
    defaultColumns: ['displayName', 'kind', 'address.city', 'portalEmail'],
    listSearchableFields: ['displayName', 'lastName', 'firstName', 'companyName', 'portalEmail'],
    components: {
      beforeListTable: ['@/admin/individual-fields/list-filter#PersonIndividualFieldFilter'],
      edit: { beforeDocumentControls: ['@/admin/portal-users/invite-person-button#InvitePersonButton'] },
      views: {
        edit: {
          portalView: {
            Component: '@/admin/persons/portal-view#PortalView',
            path: '/portal-view',
            tab: {
              label: ({ t }) => (t as (key: string) => string)('hauswerk:portalView'),
              href: '/portal-view',
              order: 200,
            },
          },
        },
      },
    },
  },
  endpoints: [seeAsEndpoint],
  access: {
    read: can(P.personsRead),
    create: can(P.personsCreate),
    update: can(P.personsUpdate),
    delete: can(P.personsDelete),
  },
  hooks: {
    beforeChange: [validateIndividualFieldValues('persons'), deriveDisplayName],
    beforeRead: [derivePublicContacts],
    afterOperation: [logPersonReads],
  },
  fields: personFields,
})
