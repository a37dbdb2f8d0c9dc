import { SelectField } from '@payloadcms/ui'
import type { TextFieldServerComponent } from 'payload'

import { settingsFor } from '@/globals/settings-reader'

/**
 * The entries of a tenancy's person assignment come from the settings (SPEC F-10): fixed keys,
 * labels the administrator chose, inactive entries not offered for new rows.
 */
export const AssignmentEntryField: TextFieldServerComponent = async ({
  req,
  clientField,
  path,
  readOnly,
  permissions,
  schemaPath,
  value,
}) => {
  const entries = (await settingsFor(req)).personAssignmentEntries ?? []
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
