import type { CollectionConfig } from 'payload'

import { can, canField } from '@/access/permissions'
import { canReadUsers, canUpdateUsers, canUseAdmin } from '@/access/users'
import { P } from '@/constants/permissions'
import { slugs } from '@/constants/slugs'
import { l } from '@/fields/label'

import { adminGroups } from './configuration/groups'

/** Staff of the property manager: they sign in to the admin. */
export const Users: CollectionConfig = {
  slug: slugs.users,
  labels: { singular: l('Benutzer', 'User'), plural: l('Benutzer', 'Users') },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
  },
  admin: { group: adminGroups.administration, useAsTitle: 'name', defaultColumns: ['name', 'email', 'roles'] },
  access: {
    admin: canUseAdmin,
    read: canReadUsers,
    create: can(P.usersManage),
    update: canUpdateUsers,
    delete: can(P.usersManage),
    unlock: can(P.usersManage),
  },
  fields: [
    { name: 'name', type: 'text', label: l('Name', 'Name'), required: true },
    {
      name: 'roles',
      type: 'relationship',
      relationTo: slugs.roles,
      hasMany: true,
      label: l('Rollen', 'Roles'),
      saveToJWT: false,
      access: { create: canField(P.usersManage), update: canField(P.usersManage) },
    },
  ],
}
