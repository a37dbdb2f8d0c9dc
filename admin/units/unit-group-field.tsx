import { TextField } from '@payloadcms/ui'
import type { Payload, TextFieldServerComponent, UIFieldServerComponent } from 'payload'
import { cache } from 'react'

import { unitGroupKeys } from '@/collections/units/group-fields'

type GroupKey = (typeof unitGroupKeys)[number]

// Configuration, not personal data: read as the system, once per request.
const unitGroupLabels = cache(async (payload: Payload): Promise<Record<GroupKey, string>> => {
  const settings = await payload.findGlobal({ slug: 'settings', depth: 0, overrideAccess: true })
  const labels = settings.unitGroupLabels ?? {}
  return Object.fromEntries(unitGroupKeys.map((key) => [key, (labels[key] ?? '').trim()])) as Record<GroupKey, string>
})

/** The heading of the group block, hidden when no group has a label. */
export const UnitGroupsHeading: UIFieldServerComponent = async ({ payload, i18n }) => {
  const labels = await unitGroupLabels(payload)
  if (!Object.values(labels).some(Boolean)) return null
  return <h4 style={{ margin: '1.5rem 0 0.5rem' }}>{(i18n.t as (key: string) => string)('hauswerk:unitGroups')}</h4>
}

/** One group field, labelled from the settings and hidden when its label is empty (SPEC F-02). */
export const UnitGroupField: TextFieldServerComponent = async ({
  payload,
  clientField,
  path,
  readOnly,
  permissions,
  schemaPath,
}) => {
  const labels = await unitGroupLabels(payload)
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
