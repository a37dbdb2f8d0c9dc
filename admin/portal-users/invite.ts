'use client'

import { postJson } from '../lib/api'

export type InvitedPerson = { id: number; name: string; email?: string }

export type InviteAnswer = {
  counts: { mail: number; withoutAddress: number; hasSignIn: number; failed: number }
  mail: InvitedPerson[]
  withoutAddress: InvitedPerson[]
  hasSignIn: InvitedPerson[]
}

/** `POST /api/portal-users/invite` (auth/invite-endpoint.ts): one person or an object's holders. */
export function invite(target: { person: number } | { object: number }, preview: boolean): Promise<InviteAnswer> {
  return postJson<InviteAnswer>('/api/portal-users/invite', { ...target, preview })
}

/** Payload's `t` with Hauswerk's keys (i18n/translations.ts). */
export type Translate = (key: string, vars?: Record<string, unknown>) => string
