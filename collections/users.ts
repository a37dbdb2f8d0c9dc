import type { CollectionConfig } from 'payload'

import { can, canField } from '@/access/permissions'
import { canReadUsers, canUpdateUsers, canUseAdmin } from '@/access/users'
import { checkPasswordChange, currentPasswordField, resetPasswordPolicy } from '@/auth/password-change'
import { sessionCookies } from '@/auth/session'
import { hardenSignIn } from '@/auth/sign-in'
import { P } from '@/constants/permissions'
import { slugs } from '@/constants/slugs'
import { l } from '@/fields/label'
import { relationCell } from '@/fields/relationship'

import { adminGroups } from './configuration/groups'

/** Staff of the property manager: they sign in to the admin. */
export const Users: CollectionConfig = {
  slug: slugs.users,
  labels: { singular: l('Benutzer', 'User'), plural: l('Benutzer', 'Users') },
  // Sign-in throttling per client replaces Payload's per-account lock (ADR 0053).
  auth: { maxLoginAttempts: 0, cookies: sessionCookies() },
  hooks: { beforeOperation: [hardenSignIn, resetPasswordPolicy], beforeValidate: [checkPasswordChange] },
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
      admin: { components: { Cell: relationCell } },
      access: { create: canField(P.usersManage), update: canField(P.usersManage) },
    },
    currentPasswordField,
    // The checks of Payload's new-password fields in the admin form (the policy, at the field).
    {
      name: 'passwordRules',
      type: 'ui',
      admin: { disableListColumn: true, components: { Field: '@/admin/account/password-rules#PasswordRules' } },
    },
  ],
}
