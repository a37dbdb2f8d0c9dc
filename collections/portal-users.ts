import type { CollectionConfig, Validate } from 'payload'

import { can, canField } from '@/access/permissions'
import { canReadPortalUsers, neverAdmin } from '@/access/portal-users'
import { disabledField, endSessionsOfDisabled, refuseDisabled } from '@/auth/disabled'
import { inviteEndpoint } from '@/auth/invite-endpoint'
import { invitationFields } from '@/auth/invitation-fields'
import { portalForgotPassword } from '@/auth/mails'
import { checkPasswordChange, portalCurrentPasswordField, resetPasswordPolicy } from '@/auth/password-change'
import { sessionCookies } from '@/auth/session'
import { hardenSignIn } from '@/auth/sign-in'
import { P } from '@/constants/permissions'
import { slugs } from '@/constants/slugs'
import { idOf, relation } from '@/fields/relationship'
import { l } from '@/fields/label'
import { message } from '@/i18n/messages'

import { adminGroups } from './configuration/groups'

/** One portal sign-in per person (SPEC F-50): a clear message rather than a constraint error. */
const onePerPerson: Validate = async (value, { id, req }) => {
  const person = idOf(value)
  if (!person) return true
  const { totalDocs } = await req.payload.count({
    collection: 'portal-users',
    where: { and: [{ person: { equals: person } }, ...(id ? [{ id: { not_equals: id } }] : [])] },
    req,
    overrideAccess: true,
  })
  return totalDocs === 0 ? true : message(req, 'personHasPortalUser')
}

/**
 * Portal sign-ins of tenants, owners, service providers and allocation office contacts: a
 * separate auth collection from staff `users`, each tied to exactly one person. What a portal
 * user may see follows from that person (access/portal-scope.ts). Portal users never reach the
 * admin.
 */
export const PortalUsers: CollectionConfig = {
  slug: slugs.portalUsers,
  labels: { singular: l('Portal-Zugang', 'Portal user'), plural: l('Portal-Zugänge', 'Portal users') },
  // Sign-in throttling per client replaces Payload's per-account lock (ADR 0053).
  auth: {
    maxLoginAttempts: 0,
    tokenExpiration: 60 * 60 * 8,
    // The user as the JWT strategy resolves it on every portal request (ADR 0050): the person as
    // an id, which is all anything reads of it (`personOf`), not populated two levels deep.
    depth: 0,
    cookies: sessionCookies(),
    forgotPassword: portalForgotPassword,
  },
  hooks: {
    beforeOperation: [hardenSignIn, resetPasswordPolicy],
    beforeValidate: [checkPasswordChange],
    beforeLogin: [refuseDisabled],
    afterChange: [endSessionsOfDisabled],
  },
  endpoints: [inviteEndpoint],
  admin: {
    group: adminGroups.administration,
    useAsTitle: 'email',
    defaultColumns: ['email', 'person', 'disabled', 'createdAt'],
  },
  access: {
    // Staff only; what a portal user may do with their own sign-in is its portal view (access/portal-views.ts).
    admin: neverAdmin,
    read: canReadPortalUsers,
    create: can(P.portalUsersManage),
    update: can(P.portalUsersManage),
    delete: can(P.portalUsersManage),
    unlock: can(P.portalUsersManage),
  },
  fields: [
    // Payload's own e-mail field, named here so that the portal view covers it: staff change it.
    { name: 'email', type: 'email' },
    relation('person', slugs.persons, l('Person', 'Person'), {
      required: true,
      unique: true,
      validate: onePerPerson,
      // Saved into the token, so that access rules need no extra read of the portal user.
      saveToJWT: true,
      access: { update: canField(P.portalUsersManage) },
    }),
    {
      name: 'language',
      type: 'select',
      label: l('Sprache', 'Language'),
      defaultValue: 'de',
      options: [
        { label: l('Deutsch', 'German'), value: 'de' },
        { label: l('Englisch', 'English'), value: 'en' },
      ],
    },
    disabledField,
    ...invitationFields,
    portalCurrentPasswordField,
  ],
}
