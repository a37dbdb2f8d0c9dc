import { fields as formFields, formBuilderPlugin } from '@payloadcms/plugin-form-builder'
import type { Block, Field } from 'payload'

import { canSubmitForm } from '@/access/form-submissions'
import { can } from '@/access/permissions'
import { staff } from '@/access/staff'
import { adminGroups } from '@/collections/configuration/groups'
import { P } from '@/constants/permissions'
import { slugs } from '@/constants/slugs'
import { l } from '@/fields/label'

/** The help text the portal shows under a field (F-54: "fields, required, help text"). */
const helpText: Field = {
  name: 'helpText',
  type: 'textarea',
  label: l('Hilfetext', 'Help text'),
  localized: false,
  admin: { description: l('Erscheint im Portal unter dem Feld.', 'Shown under the field in the portal.') },
}

/** The plugin's block with the help text added (the plugin merges this over its own block). */
const withHelpText = (block: Block) => ({ fields: [...block.fields, helpText] })

/** The kinds of field the portal renders as inputs (a `message` block is shown as text; others are not offered there). */
export const portalFormFieldTypes = ['text', 'textarea', 'email', 'number', 'select', 'checkbox'] as const

/**
 * Forms that staff define for the portal (SPEC F-54): fields, required, help text. Payload's
 * form builder, with Hauswerk's access instead of its defaults (which let anyone read forms and
 * anyone submit): staff read them, 900153 manages them. Portal users submit (the portal's
 * allow-list, access/portal-views.ts); staff who handle requests read and submit.
 */
export const formBuilder = formBuilderPlugin({
  fields: {
    payment: false,
    state: false,
    country: false,
    upload: false,
    text: withHelpText(formFields.text as Block),
    textarea: withHelpText(formFields.textarea as Block),
    email: withHelpText(formFields.email as Block),
    number: withHelpText(formFields.number as Block),
    select: withHelpText(formFields.select as Block),
    checkbox: withHelpText(formFields.checkbox as Block),
  },
  formOverrides: {
    slug: slugs.forms,
    labels: { singular: l('Formular', 'Form'), plural: l('Formulare', 'Forms') },
    admin: { group: adminGroups.service },
    access: { read: staff, create: can(P.formsManage), update: can(P.formsManage), delete: can(P.formsManage) },
    // The plugin leaves its e-mail list unlabelled, and Payload would call it "Emails".
    fields: ({ defaultFields }) =>
      defaultFields.map((field) =>
        'name' in field && field.name === 'emails'
          ? { ...field, label: l('E-Mails', 'Emails'), labels: { singular: l('E-Mail', 'Email'), plural: l('E-Mails', 'Emails') } }
          : field,
      ),
  },
  formSubmissionOverrides: {
    slug: slugs.formSubmissions,
    labels: { singular: l('Formulareingang', 'Form submission'), plural: l('Formulareingänge', 'Form submissions') },
    admin: { group: adminGroups.service },
    access: {
      read: can(P.requestsRead),
      create: canSubmitForm,
      update: () => false,
      delete: can(P.requestsWrite),
    },
  },
})
