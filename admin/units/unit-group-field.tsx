import { TextField } from '@payloadcms/ui'
import type { PayloadRequest, TextFieldServerComponent, UIFieldServerComponent } from 'payload'

import { unitGroupKeys } from '@/collections/units/group-fields'
import { settingsFor } from '@/globals/settings-reader'

type GroupKey = (typeof unitGroupKeys)[number]

async function unitGroupLabels(req: PayloadRequest): Promise<Record<GroupKey, string>> {
  const labels = (await settingsFor(req)).unitGroupLabels ?? {}
  return Object.fromEntries(unitGroupKeys.map((key) => [key, (labels[key] ?? '').trim()])) as Record<GroupKey, string>
}

/** The heading of the group block, hidden when no group has a label. */
export const UnitGroupsHeading: UIFieldServerComponent = async ({ req, i18n }) => {
  const labels = await unitGroupLabels(req)
  if (!Object.values(labels).some(Boolean)) return null
  return <h4 style={{ margin: '1.5rem 0 0.5rem' }}>{(i18n.t as (key: string) => string)('hauswerk:unitGroups')}</h4>
}

/** One group field, labelled from the settings and hidden when its label is empty (SPEC F-02). */
export const UnitGroupField: TextFieldServerComponent = async ({
  req,
  clientField,
  path,
  readOnly,
  permissions,
  schemaPath,
}) => {
  const labels = await unitGroupLabels(req)
  const label = labels[clientField.name as GroupKey]
  if (!label) return null
  return (
    <TextField
      field={{ ...clientField, label }}
      path={path}
      readOnly={readOnly}
      permissions={permissions}
      schemaPath={schemaPath}
    />
  )
}
