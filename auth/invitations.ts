import { createHash, randomBytes } from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '@/fields/relationship'
import { activeOnWhere } from '@/lib/active-where'
import { settingsFor, today } from '@/globals/settings-reader'

import { invitationMail, type MailLanguage, portalLinks } from './mails'

export type InvitedPerson = { id: number; name: string; email?: string }

/** What inviting a set of persons does (the preview) or did. */
export type InvitationResult = {
  /** Get (or, in a preview, would get) an invitation mail. */
  mail: InvitedPerson[]
  /** Have no invitation e-mail address (persons, "E-Mail für Portal-Einladung"): listed, not mailed. */
  withoutAddress: InvitedPerson[]
  /** Already chose a password: nothing sent. */
  hasSignIn: InvitedPerson[]
  /** Could not be invited (e.g. the address belongs to another person's sign-in), with the reason. */
  failed: Array<InvitedPerson & { message: string }>
}

export const defaultInvitationValidDays = 14

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** The current tenants and owners of an object, as the staff member may read them. */
export async function currentHolders(req: PayloadRequest, object: number): Promise<number[]> {
  const { docs } = await req.payload.find({
    collection: 'tenancies',
    where: {
      and: [
        { 'unit.object': { equals: object } },
        { kind: { in: ['tenant', 'owner'] } },
        activeOnWhere('moveIn', 'moveOut', (await today(req))),
      ],
    },
    select: { holders: true },
    depth: 0,
    pagination: false,
    req,
    user: req.user,
    overrideAccess: false,
  })
  const ids = docs.flatMap((tenancy) => (tenancy.holders ?? []).map(idOf))
  return [...new Set(ids.filter((id): id is number => typeof id === 'number'))]
}

type Planned = InvitedPerson & { portalUser?: number; email?: string }

/** Sorts persons into those to mail, those without an address and those already signed up. */
async function plan(req: PayloadRequest, personIds: number[]) {
  const access = { req, user: req.user, overrideAccess: false, depth: 0, pagination: false } as const
  const persons = personIds.length
    ? (
        await req.payload.find({
          collection: 'persons',
          where: { id: { in: personIds } },
          select: { displayName: true, portalEmail: true },
          sort: 'displayName',
          ...access,
        })
      ).docs
    : []
  const portalUsers = personIds.length
    ? (
        await req.payload.find({
          collection: 'portal-users',
          where: { person: { in: personIds } },
          select: { person: true, invitationExpiresAt: true },
          ...access,
        })
      ).docs
    : []
  const byPerson = new Map(portalUsers.map((portalUser) => [idOf(portalUser.person), portalUser]))
  const mail: Planned[] = []
  const withoutAddress: InvitedPerson[] = []
  const hasSignIn: InvitedPerson[] = []
  for (const person of persons) {
    const entry = { id: person.id, name: person.displayName ?? String(person.id) }
    const portalUser = byPerson.get(person.id)
    // A sign-in without a pending invitation has its password already: nothing to send.
    if (portalUser && !portalUser.invitationExpiresAt) hasSignIn.push(entry)
    else if (!person.portalEmail) withoutAddress.push(entry)
    else mail.push({ ...entry, email: person.portalEmail, portalUser: portalUser?.id })
  }
  return { mail, withoutAddress, hasSignIn }
}

/**
 * Creates the person's portal sign-in (no usable password yet) or renews its pending invitation,
 * and mails the single-use link. The caller has checked the staff member's permission.
 */
async function sendInvitation(req: PayloadRequest, person: Planned, language: MailLanguage): Promise<void> {
  const token = randomBytes(32).toString('base64url')
  const validDays = (await settingsFor(req)).invitationValidDays ?? defaultInvitationValidDays
  const expiresAt = new Date(Date.now() + validDays * 24 * 60 * 60 * 1000)
  const data = {
    email: person.email!,
    language,
    invitationTokenHash: tokenHash(token),
    invitationExpiresAt: expiresAt.toISOString(),
  }
  // System writes: the token fields are closed to every user (auth/invitation-fields.ts).
  if (person.portalUser) {
    await req.payload.update({ collection: 'portal-users', id: person.portalUser, data, req, overrideAccess: true })
  } else {
    await req.payload.create({
      collection: 'portal-users',
      data: { ...data, person: person.id, password: randomBytes(32).toString('base64url') },
      req,
      overrideAccess: true,
    })
  }
  const mail = await invitationMail(req, {
    language,
    name: person.name,
    link: portalLinks.invitation(token),
    expiresAt,
  })
  await req.payload.sendEmail({ to: person.email, ...mail })
}

/** Invites the persons (or, with `preview`, only says what would happen). */
export async function invitePersons(
  req: PayloadRequest,
  personIds: number[],
  { preview, language }: { preview: boolean; language: MailLanguage },
): Promise<InvitationResult> {
  const planned = await plan(req, personIds)
  const strip = ({ id, name, email }: Planned): InvitedPerson => ({ id, name, email })
  const result: InvitationResult = {
    mail: planned.mail.map(strip),
    withoutAddress: planned.withoutAddress,
    hasSignIn: planned.hasSignIn,
    failed: [],
  }
  if (preview) return result
  result.mail = []
  for (const person of planned.mail) {
    try {
      await sendInvitation(req, person, language)
      result.mail.push(strip(person))
    } catch (error) {
      req.payload.logger.warn({ err: error, msg: `Invitation of person ${person.id} failed` })
      result.failed.push({ ...strip(person), message: error instanceof Error ? error.message : String(error) })
    }
  }
  return result
}

export type AcceptInvitationFailure = 'invalid' | 'expired'

/** Whether an invitation link can still be used, without using it (the page says so before the form). */
export async function invitationState(payload: Payload, token: string): Promise<'valid' | AcceptInvitationFailure> {
  // System read, as in `redeemInvitation`: the token is the credential.
  const { docs } = await payload.find({
    collection: 'portal-users',
    where: { invitationTokenHash: { equals: tokenHash(token) } },
    select: { invitationExpiresAt: true, disabled: true },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const invited = docs[0]
  if (!invited || invited.disabled) return 'invalid'
  if (!invited.invitationExpiresAt || new Date(invited.invitationExpiresAt) <= new Date()) return 'expired'
  return 'valid'
}

/**
 * Turns a valid invitation token into the portal user it belongs to and clears it, so that the
 * link works once. A token that was never issued or already used is 'invalid'; one past its
 * date 'expired' (staff can send a new one).
 */
export async function redeemInvitation(
  payload: Payload,
  token: string,
  password: string,
): Promise<{ ok: true; email: string } | { ok: false; reason: AcceptInvitationFailure }> {
  const hash = tokenHash(token)
  // System read: the token is the credential here; nobody is signed in yet.
  const { docs } = await payload.find({
    collection: 'portal-users',
    where: { invitationTokenHash: { equals: hash } },
    select: { email: true, invitationExpiresAt: true, disabled: true },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const invited = docs[0]
  // A sign-in that staff disabled meanwhile cannot be taken up either.
  if (!invited || invited.disabled) return { ok: false, reason: 'invalid' }
  if (!invited.invitationExpiresAt || new Date(invited.invitationExpiresAt) <= new Date())
    return { ok: false, reason: 'expired' }
  // Only while the token is still stored: a link used meanwhile changes nothing.
  const { docs: changed } = await payload.update({
    collection: 'portal-users',
    where: { and: [{ id: { equals: invited.id } }, { invitationTokenHash: { equals: hash } }] },
    data: { password, invitationTokenHash: null, invitationExpiresAt: null },
    depth: 0,
    overrideAccess: true,
  })
  if (changed.length === 0) return { ok: false, reason: 'invalid' }
  return { ok: true, email: invited.email }
}
