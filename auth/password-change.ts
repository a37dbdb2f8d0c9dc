import type { CollectionBeforeOperationHook, CollectionBeforeValidateHook, TextField } from 'payload'

import { l } from '@/fields/label'
import { fieldError } from '@/i18n/messages'

import { clientAddress } from './client-address'
import { minPasswordLength, passwordMatches, passwordTooShort } from './password'
import { recordSignInFailure, signInThrottled } from './sign-in-throttle'

/**
 * Sent with a new `password` when people change their own: a stolen session alone cannot take
 * over the account. Never stored, never read back.
 */
export const currentPasswordField: TextField = {
  name: 'currentPassword',
  type: 'text',
  virtual: true,
  label: l('Aktuelles Passwort', 'Current password'),
  // Never handed back. (Read access would be the wrong tool: without it the admin hides the field.)
  hooks: { afterRead: [() => undefined] },
  admin: {
    // The form data holds no id: one's own account is the one with one's own address.
    condition: (data, _siblingData, { user }) => Boolean(user?.email && data?.email === user.email),
    description: l('Nur zum Ändern des eigenen Passworts nötig.', 'Only needed to change your own password.'),
    components: { Field: '@/admin/account/current-password-field#CurrentPasswordField' },
  },
}

/** The same for portal users, who never see the admin. */
export const portalCurrentPasswordField: TextField = { ...currentPasswordField, admin: { hidden: true } }

/**
 * Staff users and portal users changing their OWN password must give the current one. Staff
 * whose update access covers other accounts (900170 users, 900175 portal users) may set another
 * account's password without it: that is how an administrator helps someone locked out of their
 * mail (ADR 0053). Every new password meets the length policy.
 */
export const checkPasswordChange: CollectionBeforeValidateHook = async ({
  collection,
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (!data || typeof data.password !== 'string') return data
  const { currentPassword, ...rest } = data as typeof data & { currentPassword?: unknown }
  if (passwordTooShort(data.password)) throw fieldError(req, 'password', 'passwordTooShort', { min: minPasswordLength })
  const own = operation === 'update' && req.user?.collection === collection.slug && req.user.id === originalDoc?.id
  if (!own) return rest
  if (typeof currentPassword !== 'string' || currentPassword === '')
    throw fieldError(req, 'currentPassword', 'currentPasswordRequired')
  // System read: the stored hash, which no access rule ever hands out.
  const stored = await req.payload.db.findOne<{ id: number; email?: string; hash?: unknown; salt?: unknown }>({
    collection: collection.slug,
    req,
    where: { id: { equals: originalDoc.id } },
  })
  // Guesses at the current password count like failed sign-ins: a stolen session is no oracle.
  const address = stored?.email ?? ''
  const client = clientAddress(req)
  const throttled = await signInThrottled(req, address, client)
  if (!stored || throttled || !(await passwordMatches(stored, currentPassword))) {
    await recordSignInFailure(req, address, client)
    throw fieldError(req, 'currentPassword', 'currentPasswordWrong')
  }
  return rest
}

/** Payload's reset-password endpoint sets a password without the update path: same policy. */
export const resetPasswordPolicy: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'resetPassword') return args
  const password = (args as { data?: { password?: unknown } }).data?.password
  if (passwordTooShort(password)) throw fieldError(req, 'password', 'passwordTooShort', { min: minPasswordLength })
  return args
}
