import type { CollectionBeforeChangeHook, JSONField, PayloadRequest, Tab } from 'payload'
import { ValidationError } from 'payload'

import { staffOrSystem } from '@/access/staff'
import { message } from '@/i18n/messages'
import { definitionsOf } from '@/collections/individual-field-definitions/definitions'
import { sameValue } from '@/lib/same-value'
import type { IndividualFieldModule, IndividualFieldValues } from '@/lib/individual-fields/types'
import { type IndividualFieldError, validateIndividualFields } from '@/lib/individual-fields/validate'

import { l } from './label'

/** A 400 naming each `individualFields.<key>` at once; thrown before anything is written. */
export function individualFieldsError(req: PayloadRequest, errors: IndividualFieldError[], collection: string) {
  return new ValidationError(
    {
      collection,
      errors: errors.map((error) => ({
        path: error.path,
        message: message(req, error.message, error.vars),
        key: `hauswerk:${error.message}`,
      })) as never,
      req,
    },
    req.t,
  )
}

/**
 * Checks the values against the module's definitions on every write path (admin, REST, GraphQL,
 * Local API, import) and stores them merged onto what the record held (see the validator).
 * An update that does not change `individualFields` leaves them alone, so a field made
 * required later holds up only writes of individual fields, not every other change.
 */
export function validateIndividualFieldValues(module: IndividualFieldModule): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, operation, req, collection }) => {
    // Payload fills an update that does not send the field with the stored value: nothing changes.
    const stored = (originalDoc?.individualFields as IndividualFieldValues | undefined) ?? {}
    if (operation === 'update' && (data.individualFields === undefined || sameValue(data.individualFields, stored))) {
      return data
    }
    const definitions = await definitionsOf(req, module)
    const result = validateIndividualFields(module, data.individualFields, definitions, {
      stored,
      operation: operation === 'create' ? 'create' : 'update',
      fromText: req.context?.individualFieldsFromText === true,
    })
    if (result.errors.length > 0) throw individualFieldsError(req, result.errors, collection.slug)
    data.individualFields = result.values
    return data
  }
}

/** The values' JSON column, edited through a form rendered from the definitions. */
export function individualFieldsField(module: IndividualFieldModule): JSONField {
  return {
    name: 'individualFields',
    type: 'json',
    label: l('Individuelle Felder', 'Individual fields'),
    // Staff (and system work) read the whole object. Portal users get the fields marked for the
    // portal through portalIndividualFields(), and can neither read nor filter nor sort by the raw
    // object (SPEC rule 4).
    access: { read: staffOrSystem },
    admin: {
      // The list's own filter would compare the whole object; the filter bar above the list
      // (admin/individual-fields/list-filter.tsx) filters by one field.
      disableListFilter: true,
      components: {
        Field: {
          path: '@/admin/individual-fields/individual-fields-field#IndividualFieldsField',
          serverProps: { module },
        },
        Cell: {
          path: '@/admin/individual-fields/individual-fields-cell#IndividualFieldsCell',
          serverProps: { module },
        },
      },
    },
  }
}

/** The tab "Indiv. Felder" of a module's detail view. */
export function individualFieldsTab(module: IndividualFieldModule): Tab {
  return { label: l('Indiv. Felder', 'Individual fields'), fields: [individualFieldsField(module)] }
}
