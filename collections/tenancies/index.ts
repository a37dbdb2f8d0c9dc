import type { CollectionConfig, Field } from 'payload'

import { can } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { slugs } from '@/constants/slugs'
import { calendarDate, notBefore } from '@/fields/calendar-date'
import { l } from '@/fields/label'
import { wholeNumber } from '@/fields/number'
import { relation, relationCell } from '@/fields/relationship'
import { individualFieldsTab, validateIndividualFieldValues } from '@/fields/individual-fields'
import { documentsTab, functionHoldersTab } from '@/fields/joins'
import { fromAccounting, sourceFields } from '@/fields/source'

import { adminGroups } from '../configuration/groups'
import { defaultMoveInFromObject } from './hooks/default-move-in'
import { fixedTermFromContract } from './hooks/fixed-term-from-contract'
import { contractDataEndpoint } from './contract-data-endpoint'
import { agreedPayments, payment } from './payment'
import { securities } from './securities'
import { securitiesEndpoint } from './securities-endpoint'
import { holdersRequired, noOverlapInUnit, vacancyWithoutHolders } from './validate'

export const tenancyKinds = [
  { label: l('Mieter', 'Tenant'), value: 'tenant' },
  { label: l('Eigentümer', 'Owner'), value: 'owner' },
  { label: l('Leerstehung', 'Vacancy'), value: 'vacancy' },
]

/**
 * The roles a person may have in a tenancy besides its holders. A fixed list: configuration table
 * 1580 is the info grid's menu, not these roles (ADR 0065).
 */
export const assignmentRoles = [
  { label: l('Mitbewohner:in', 'Co-resident'), value: 'coResident' },
  { label: l('Bürge', 'Guarantor'), value: 'guarantor' },
  { label: l('Zustellbevollmächtigte:r', 'Delivery agent'), value: 'deliveryAgent' },
  { label: l('Erwachsenenvertreter:in', 'Legal representative'), value: 'legalRepresentative' },
  { label: l('Ansprechperson', 'Contact person'), value: 'contactPerson' },
  { label: l('Erbe / Erbin', 'Heir'), value: 'heir' },
]

const tenancyFields: Field[] = [
  {
    type: 'tabs',
    tabs: [
      {
        label: l('Vertrag', 'Contract'),
        fields: [
          {
            type: 'row',
            fields: [
              relation('unit', slugs.units, l('Einheit', 'Unit'), { required: true, admin: { width: '40%' } }),
              {
                name: 'kind',
                type: 'select',
                label: l('Art', 'Kind'),
                options: tenancyKinds,
                required: true,
                defaultValue: 'tenant',
                index: true,
                admin: { width: '30%' },
              },
              {
                name: 'reference',
                type: 'text',
                label: l('Vertragsnummer', 'Contract number'),
                index: true,
                admin: { width: '30%' },
              },
            ],
          },

          relation('holders', slugs.persons, l('Bestandnehmer', 'Holders'), {
            hasMany: true,
            validate: holdersRequired,
            admin: {
              condition: (data) => data?.kind !== 'vacancy',
              components: {
                Cell: {
                  path: relationCell,
                  clientProps: { emptyLabel: l('Leerstehung', 'Vacancy'), emptyWhen: { field: 'kind', equals: 'vacancy' } },
                },
              },
            },
          }),
          {
            type: 'row',
            fields: [
              calendarDate('moveIn', l('Bezug', 'Move-in'), {
                index: true,
                validate: noOverlapInUnit,
                admin: {
                  width: '33%',
                  description: l('leer: Übernahmedatum des Objekts', 'empty: the object’s take-over date'),
                },
              }),

              calendarDate('moveOut', l('Auszug', 'Move-out'), {
                index: true,
                validate: notBefore('moveIn'),
                admin: { width: '33%' },
              }),
              calendarDate('contractEnd', l('Vertragsende', 'Contract end'), {
                validate: notBefore('moveIn'),
                admin: { width: '33%' },
              }),
            ],
          },
          {
            type: 'row',
            fields: [
              calendarDate('fixedTermEnd', l('Befristung bis', 'Fixed term until'), {
                index: true,
                validate: notBefore('moveIn'),
                admin: { width: '33%', condition: (data) => !data?.fixedTermFromContract },
              }),
              {
                name: 'fixedTermFromContract',
                type: 'checkbox',
                label: l('Befristung = Vertragsende', 'Fixed term = contract end'),
                admin: { width: '33%' },
              },
            ],
          },
          {
            type: 'row',
            admin: { condition: (data) => data?.kind === 'vacancy' },
            fields: [
              relation('vacancyReason', slugs.vacancyReasons, l('Leerstandsgrund', 'Vacancy reason'), {
                admin: { width: '40%' },
              }),
              { name: 'vacancyComment', type: 'text', label: l('Kommentar', 'Comment'), admin: { width: '60%' } },
            ],
          },
          {
            name: 'assignments',
            type: 'array',
            label: l('Personenzuordnung', 'Person assignment'),
            labels: { singular: l('Zuordnung', 'Assignment'), plural: l('Zuordnungen', 'Assignments') },
            admin: { condition: (data) => data?.kind !== 'vacancy' },
            fields: [
              {
                type: 'row',
                fields: [
                  {
                    name: 'entry',
                    type: 'select',
                    label: l('Zuordnung', 'Assignment'),
                    options: assignmentRoles,
                    required: true,
                    admin: { width: '40%' },
                  },
                  relation('person', slugs.persons, l('Person', 'Person'), {
                    required: true,
                    admin: { width: '60%' },
                  }),
                ],
              },
            ],
          },
          {
            type: 'collapsible',
            label: l('Verkettung', 'Chaining'),
            admin: { initCollapsed: true },
            fields: [
              relation('mainTenancy', slugs.tenancies, l('Hauptbestandsverhältnis', 'Main tenancy')),
              {
                name: 'subTenancies',
                type: 'join',
                label: l('Unterbestandsverhältnisse', 'Sub-tenancies'),
                collection: slugs.tenancies,
                on: 'mainTenancy',
              },
            ],
          },
          {
            name: 'termination',
            type: 'group',
            label: l('Kündigung', 'Termination'),
            fields: [
              {
                type: 'row',
                fields: [
                  calendarDate('noticeGivenOn', l('gekündigt am', 'notice given on'), { admin: { width: '25%' } }),
                  {
                    name: 'noticeBy',
                    type: 'select',
                    label: l('durch', 'by'),
                    options: [
                      { label: l('Mieter', 'Tenant'), value: 'tenant' },
                      { label: l('Vermieter', 'Landlord'), value: 'landlord' },
                      { label: l('einvernehmlich', 'Mutual'), value: 'mutual' },
                    ],
                    admin: { width: '25%' },
                  },
                  calendarDate('effectiveOn', l('wirksam zum', 'effective on'), {
                    index: true,
                    validate: notBefore('noticeGivenOn'),
                    admin: { width: '25%' },
                  }),
                  { name: 'reason', type: 'text', label: l('Grund', 'Reason'), admin: { width: '25%' } },
                ],
              },
            ],
          },
        ],
      },
      { label: l('Sicherheiten', 'Securities'), fields: [securities] },
      { label: l('Zahlungen', 'Payments'), fields: [payment, agreedPayments] },
      {
        label: l('WBF-Prüfung', 'Housing-subsidy check'),
        fields: [
          {
            name: 'subsidyCheck',
            type: 'group',
            label: l('Wohnbauförderung', 'Housing subsidy'),
            fields: [
              {
                type: 'row',
                fields: [
                  calendarDate('checkedOn', l('geprüft am', 'checked on'), { admin: { width: '25%' } }),
                  wholeNumber('householdSize', l('Personen im Haushalt', 'Household size'), {
                    admin: { width: '25%' },
                  }),
                  {
                    name: 'result',
                    type: 'select',
                    label: l('Ergebnis', 'Result'),
                    options: [
                      { label: l('erfüllt', 'eligible'), value: 'eligible' },
                      { label: l('nicht erfüllt', 'not eligible'), value: 'notEligible' },
                      { label: l('offen', 'pending'), value: 'pending' },
                    ],
                    admin: { width: '25%' },
                  },
                  calendarDate('nextCheckOn', l('nächste Prüfung', 'next check'), { admin: { width: '25%' } }),
                ],
              },
              { name: 'remark', type: 'textarea', label: l('Bemerkung', 'Remark') },
            ],
          },
        ],
      },
      documentsTab('tenancy'),
      functionHoldersTab('tenancy'),
      individualFieldsTab('tenancies'),
    ],
  },
  {
    name: 'contractData',
    type: 'ui',
    admin: {
      position: 'sidebar',
      condition: (data) => data?.kind !== 'vacancy',
      components: { Field: '@/admin/tenancies/contract-data-button#ContractDataButton' },
    },
  },
  {
    name: 'infoGrid',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '@/admin/info-grid/info-grid#TenancyInfoGrid' } },
  },
  ...sourceFields,
]

/** Bestandsverhältnis (SPEC F-06): holders of a unit over a period; active while today lies within it. */
export const Tenancies: CollectionConfig = fromAccounting('tenancies', {
  slug: slugs.tenancies,
  labels: { singular: l('Bestandsverhältnis', 'Tenancy'), plural: l('Bestandsverhältnisse', 'Tenancies') },
  defaultSort: '-moveIn',
  admin: {
    group: adminGroups.masterData,
    useAsTitle: 'reference',
    defaultColumns: ['reference', 'unit', 'kind', 'holders', 'moveIn', 'moveOut'],
    listSearchableFields: ['reference', 'externalKey'],
    components: {
      beforeListTable: [
        '@/admin/active-filter/active-filter#TenancyActiveFilter',
        '@/admin/individual-fields/list-filter#TenancyIndividualFieldFilter',
      ],
    },
  },
  access: {
    read: can(P.tenanciesRead),
    create: can(P.tenanciesCreate),
    update: can(P.tenanciesUpdate),
    delete: can(P.tenanciesDelete),
  },
  endpoints: [securitiesEndpoint, contractDataEndpoint],
  hooks: {
    beforeValidate: [vacancyWithoutHolders],
    beforeChange: [validateIndividualFieldValues('tenancies'), defaultMoveInFromObject, fixedTermFromContract],
  },
  fields: tenancyFields,
})
