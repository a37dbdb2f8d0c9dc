import type { Field } from 'payload'

import { l } from '@/fields/label'

export const unitGroupKeys = ['group1', 'group2', 'group3', 'group4'] as const

/**
 * Four free group fields whose labels come from the settings (SPEC F-02): a field whose label is
 * empty is hidden, and with all four empty the whole group is hidden.
 */
export const unitGroupFields: Field[] = [
  {
    name: 'groupsHeading',
    type: 'ui',
    admin: { components: { Field: '@/admin/units/unit-group-field#UnitGroupsHeading' } },
  },
  {
    type: 'row',
    fields: unitGroupKeys.map((key): Field => ({
      name: key,
      type: 'text',
      label: l(`Gruppe ${key.slice(-1)}`, `Group ${key.slice(-1)}`),
      index: true,
      admin: { width: '25%', components: { Field: '@/admin/units/unit-group-field#UnitGroupField' } },
    })),
  },
]
