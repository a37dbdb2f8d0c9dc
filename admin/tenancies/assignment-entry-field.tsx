import { SelectField } from '@payloadcms/ui'
import type { Payload, TextFieldServerComponent } from 'payload'
import { cache } from 'react'

// Configuration, not personal data: read as the system, once per request.
const assignmentEntries = cache(async (payload: Payload) => {
  const settings = await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true })
  return settings.personAssignmentEntries ?? []
})

/**
 * The entries of a tenancy's person assignment come from the settings (SPEC F-10): fixed keys,
 * labels the administrator chose, inactive entries not offered for new rows.
 */
export const AssignmentEntryField: TextFieldServerComponent = async ({
  payload,
  clientField,
  path,
  readOnly,
  permissions,
  schemaPath,
  value,
}) => {
  const entries = await assignmentEntries(payload)
  const options = entries
    .filter((entry) => entry.active || entry.key === value)
    .map((entry) => ({ label: entry.label, value: entry.key }))
  return (
    <SelectField
      field={{ ...clientField, type: 'select', options } as never}
      path={path}
      readOnly={readOnly}
      permissions={permissions}
      schemaPath={schemaPath}
    />
  )
}
