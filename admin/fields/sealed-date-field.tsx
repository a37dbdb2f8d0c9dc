'use client'
import type { TextFieldClientComponent } from 'payload'

import { CalendarDateField } from './calendar-date-field'

/**
 * An encrypted date is a text field in the schema (its column holds the sealed form); in the
 * form it is the same strict day picker as every calendar date, writing the same ISO value a
 * date field writes, so `31.02.2026` is refused here too instead of rolling over.
 */
export const SealedDateField: TextFieldClientComponent = ({ field, path, readOnly, schemaPath }) => (
  <CalendarDateField
    path={path}
    readOnly={readOnly}
    schemaPath={schemaPath}
    field={{
      name: field.name,
      label: field.label,
      required: field.required,
      localized: field.localized,
      admin: {
        description: field.admin?.description,
        readOnly: field.admin?.readOnly,
        width: field.admin?.width,
        placeholder: field.admin?.placeholder,
        date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' },
      },
    }}
  />
)
