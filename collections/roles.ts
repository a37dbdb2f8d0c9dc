import type { CollectionConfig } from 'payload'

import { can } from '@/access/permissions'
import { canReadRoles } from '@/access/roles'
import { allPermissionCodes, P, permissionLabels } from '@/constants/permissions'
import { slugs } from '@/constants/slugs'
import { l } from '@/fields/label'

import { adminGroups } from './configuration/groups'

/** Roles carry permission codes (SPEC F-13); code asks for codes, never for a role's name. */
export const Roles: CollectionConfig = {
  slug: slugs.roles,
  labels: { singular: l('Rolle', 'Role'), plural: l('Rollen', 'Roles') },
  admin: { group: adminGroups.administration, useAsTitle: 'name', defaultColumns: ['name', 'readOnly', 'description'] },
  access: {
    read: canReadRoles,
    create: can(P.usersManage),
    update: can(P.usersManage),
    delete: can(P.usersManage),
  },
  fields: [
    { name: 'name', type: 'text', label: l('Name', 'Name'), required: true, unique: true },
    { name: 'description', type: 'textarea', label: l('Beschreibung', 'Description') },
    {
      name: 'readOnly',
      type: 'checkbox',
      label: l('Nur lesen (Prüfung)', 'Read only (audit)'),
      defaultValue: false,
      admin: {
        description: l(
          'Eine Rolle „nur lesen“ erhält keine ändernden Berechtigungen, auch wenn sie angehakt sind.',
          'A read-only role never grants a change, even when one is ticked.',
        ),
      },
    },
    {
      name: 'permissions',
      type: 'select',
      hasMany: true,
      label: l('Berechtigungen', 'Permissions'),
      options: allPermissionCodes.map((code) => ({
        value: String(code),
        label: { de: `${code} – ${permissionLabels[code].de}`, en: `${code} – ${permissionLabels[code].en}` },
      })),
    },
  ],
}
