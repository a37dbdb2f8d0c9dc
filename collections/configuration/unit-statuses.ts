import type { CollectionBeforeChangeHook } from 'payload'

import { P } from '@/constants/permissions'
import { slugs } from '@/constants/slugs'
import { l } from '@/fields/label'
import { message } from '@/i18n/messages'
import { isActiveStatusCode, isValidStatusCode } from '@/lib/unit-status'

import { configurationTable } from './configuration-table'

/** `active` follows from the code here and nowhere else; units query it through `status.active`. */
const deriveActive: CollectionBeforeChangeHook = ({ data }) => {
  if (typeof data.code === 'number') data.active = isActiveStatusCode(data.code)
  return data
}

export const UnitStatuses = {
  ...configurationTable({
    slug: slugs.unitStatuses,
    labels: { singular: l('Einheitenstatus', 'Unit status'), plural: l('Einheitenstatus', 'Unit statuses') },
    useAsTitle: 'text',
    defaultSort: 'code',
    defaultColumns: ['code', 'text', 'active'],
    editPermission: P.unitStatusesEdit,
    fields: [
      {
        name: 'code',
        type: 'number',
        label: l('Code', 'Code'),
        required: true,
        unique: true,
        admin: { description: l('0–100 aktiv, 101–200 inaktiv', '0–100 active, 101–200 inactive') },
        validate: (value: unknown, { req }: { req: Parameters<typeof message>[0] }) =>
          isValidStatusCode(value) ? true : message(req, 'invalidStatusCode'),
      },
      { name: 'text', type: 'text', label: l('Bezeichnung', 'Text'), required: true },
      {
        name: 'active',
        type: 'checkbox',
        label: l('aktiv', 'active'),
        index: true,
        admin: { readOnly: true, description: l('ergibt sich aus dem Code', 'follows from the code') },
      },
    ],
  }),
  hooks: { beforeChange: [deriveActive] },
}
