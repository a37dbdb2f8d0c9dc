import type { CheckboxField, CollectionAfterChangeHook, CollectionBeforeLoginHook } from 'payload'

import { canField } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { l } from '@/fields/label'

import { SignInRefused } from './sign-in'

/**
 * Staff (900175) close a portal sign-in without deleting it. A disabled portal user is nobody:
 * every session ends at once (`endSessionsOfDisabled`), so Payload's JWT strategy resolves no
 * user on any path (portal, REST, GraphQL); sign-in and password reset refuse them with the text
 * of a wrong password (`hardenSignIn`, `refuseDisabled`).
 */
export const disabledField: CheckboxField = {
  name: 'disabled',
  type: 'checkbox',
  label: l('Zugang gesperrt', 'Access disabled'),
  defaultValue: false,
  index: true,
  access: { create: canField(P.portalUsersManage), update: canField(P.portalUsersManage) },
  admin: {
    position: 'sidebar',
    description: l(
      'Gesperrte Zugänge können sich nicht anmelden; laufende Sitzungen enden sofort.',
      'Disabled accounts cannot sign in; running sessions end at once.',
    ),
  },
}

export function isDisabled(user: unknown): boolean {
  return Boolean((user as { disabled?: unknown } | null | undefined)?.disabled)
}

/** Drops the sessions of a disabled sign-in (a system write, like Payload's own logout). */
export const endSessionsOfDisabled: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  if (!isDisabled(doc)) return doc
  await req.payload.db.updateOne({
    collection: collection.slug,
    id: doc.id,
    data: { sessions: [] },
    req,
    returning: false,
  })
  return doc
}

/** Password reset signs the person in: not when disabled (login itself refuses in `hardenSignIn`). */
export const refuseDisabled: CollectionBeforeLoginHook = ({ req, user }) => {
  if (isDisabled(user)) throw new SignInRefused(req.t, 'invalid')
  return user
}
