'use client'
import { DateTimeField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

/**
 * An encrypted date is a text field in the schema (its column holds the sealed form); in the
 * form it is Payload's own day picker, writing the same ISO value a date field writes.
 */
export const SealedDateField: TextFieldClientComponent = ({ field, path, readOnly, schemaPath }) => (
  <DateTimeField
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
