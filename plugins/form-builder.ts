import { formBuilderPlugin } from '@payloadcms/plugin-form-builder'

import { canSubmitForm } from '@/access/form-submissions'
import { can } from '@/access/permissions'
import { staff } from '@/access/staff'
import { adminGroups } from '@/collections/configuration/groups'
import { P } from '@/constants/permissions'
import { slugs } from '@/constants/slugs'
import { l } from '@/fields/label'

/**
 * Forms that staff define for the portal (SPEC F-54): fields, required, help text. Payload's
 * form builder, with Hauswerk's access instead of its defaults (which let anyone read forms and
 * anyone submit): staff read them, 900153 manages them. Portal users submit (the portal's
 * allow-list, access/portal-views.ts); staff who handle requests read and submit.
 */
export const formBuilder = formBuilderPlugin({
  fields: { payment: false, state: false, country: false, upload: false },
  formOverrides: {
    slug: slugs.forms,
    labels: { singular: l('Formular', 'Form'), plural: l('Formulare', 'Forms') },
    admin: { group: adminGroups.service },
    access: { read: staff, create: can(P.formsManage), update: can(P.formsManage), delete: can(P.formsManage) },
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
