import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signInLimits } from '@/auth/sign-in-throttle'
import { P } from '@/constants/permissions'
import { storedDate } from '@/lib/dates'
import { seedContext } from '@/seed/context'
import { factories, nextNumber } from '@/seed/factories'
import { portalPersonas } from '@/seed/personas'
import { acceptInvitation, requestPasswordReset, resetPassword, signIn, signOut } from '@/portal/models/auth.server'

import { demo } from '../helpers/demo'
import { linkToken, startSmtpReceiver } from '../helpers/mail'
import { testPayload } from '../helpers/payload'
import { type Actor, actorWithPermissions, portalToken } from '../helpers/personas'
import { rest } from '../helpers/rest'

/**
 * SPEC F-50 invitations, sign-in and password reset of portal users, with mail through a real
 * SMTP server this file starts (SMTP_URL) — set before Payload reads its configuration.
 */
const smtp = await startSmtpReceiver()
process.env.SMTP_URL = smtp.url
process.env.SERVER_URL = 'https://verwaltung.example'

let payload: Payload
let manager: Actor

const address = () => `person-${nextNumber()}@mail.example`

async function newPerson(portalEmail?: string) {
  return factories.person(await seedContext(payload), portalEmail ? { portalEmail } : {})
}

function invite(body: Record<string, unknown>, actor: Actor = manager) {
  return rest('POST', '/portal-users/invite', { token: actor.token, body })
}

async function portalUserOf(person: number) {
  const { docs } = await payload.find({
    collection: 'portal-users',
    where: { person: { equals: person } },
    depth: 0,
    showHiddenFields: true,
  })
  return docs[0]
}

beforeAll(async () => {
  payload = await testPayload()
  manager = await actorWithPermissions(payload, [
    P.portalUsersManage,
    P.portalUsersRead,
    P.objectsRead,
    P.unitsRead,
    P.tenanciesRead,
    P.personsRead,
  ])
})

afterAll(async () => {
  await smtp.stop()
})

describe('inviting all current holders of an object, with a preview', () => {
  const people: Record<'mailed' | 'coHolder' | 'noAddress' | 'signedUp' | 'former', number> = {} as never
  const emails: Record<string, string> = {}
  let object: number

  beforeAll(async () => {
    const ctx = await seedContext(payload)
    object = (await factories.object(ctx)).id
    const unit = async () =>
      (
        await factories.unit(ctx, {
          object,
          holdingType: await demo.holdingType(payload, 1),
          status: await demo.status(payload, 10),
        })
      ).id
    emails.mailed = address()
    emails.coHolder = address()
    emails.signedUp = address()
    emails.former = address()
    people.mailed = (await newPerson(emails.mailed)).id
    people.coHolder = (await newPerson(emails.coHolder)).id
    people.noAddress = (await newPerson()).id
    people.signedUp = (await newPerson(emails.signedUp)).id
    people.former = (await newPerson(emails.former)).id
    await factories.portalUser(ctx, { email: emails.signedUp, password: 'has-a-password', person: people.signedUp })
    const first = await unit()
    await factories.tenancy(ctx, {
      unit: first,
      holders: [people.mailed, people.noAddress],
      moveIn: storedDate('2024-01-01'),
    })
    const second = await unit()
    await factories.tenancy(ctx, {
      unit: second,
      holders: [people.former],
      moveIn: storedDate('2020-01-01'),
      moveOut: storedDate('2023-12-31'),
    })
    await factories.tenancy(ctx, { unit: second, holders: [people.coHolder], moveIn: storedDate('2024-01-01') })
    await factories.tenancy(ctx, {
      unit: second,
      kind: 'owner',
      holders: [people.signedUp],
      moveIn: storedDate('2015-01-01'),
    })
  })

  it('the preview counts who gets a mail, who lacks an address and who has a sign-in, and sends nothing', async () => {
    const response = await invite({ object, preview: true })
    expect(response.status).toBe(200)
    expect(response.body.counts).toEqual({ mail: 2, withoutAddress: 1, hasSignIn: 1, failed: 0 })
    expect(response.body.withoutAddress.map((person: { id: number }) => person.id)).toEqual([people.noAddress])
    expect(smtp.to(emails.mailed)).toHaveLength(0)
    expect(await portalUserOf(people.mailed)).toBeUndefined()
  })

  it('inviting mails the current holders with an address, lists the one without, skips former holders', async () => {
    const response = await invite({ object })
    expect(response.status).toBe(200)
    expect(response.body.counts).toEqual({ mail: 2, withoutAddress: 1, hasSignIn: 1, failed: 0 })
    expect(response.body.mail.map((person: { id: number }) => person.id).sort()).toEqual(
      [people.mailed, people.coHolder].sort(),
    )
    const mail = await smtp.waitFor(emails.mailed)
    expect(mail.subject).toMatch(/^Ihr Zugang zum Portal von \S/)
    expect(mail.text).toContain('Guten Tag')
    expect(linkToken(mail, 'invitation').link).toMatch(/^https:\/\/verwaltung\.example\/invitation\/[A-Za-z0-9_-]{43}$/)
    await smtp.waitFor(emails.coHolder)
    expect(smtp.to(emails.former)).toHaveLength(0)
    expect(smtp.to(emails.signedUp)).toHaveLength(0)
    expect(await portalUserOf(people.noAddress)).toBeUndefined()
  })

  it('the invited person has a sign-in without a usable password, and the token is stored only hashed', async () => {
    const portalUser = await portalUserOf(people.mailed)
    expect(portalUser.email).toBe(emails.mailed)
    const { token } = linkToken(smtp.to(emails.mailed)[0], 'invitation')
    expect(portalUser.invitationTokenHash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(portalUser)).not.toContain(token)
    const days = (new Date(portalUser.invitationExpiresAt!).getTime() - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(13.9)
    expect(days).toBeLessThanOrEqual(14)
    expect((await signIn(payload, emails.mailed, token, '192.0.2.10')).ok).toBe(false)
  })

  it('accepting sets the password (at least 10 characters) and signs in; the link works once', async () => {
    const { token } = linkToken(smtp.to(emails.mailed)[0], 'invitation')
    expect(await acceptInvitation(payload, token, 'kurz')).toEqual({
      ok: false,
      reason: 'password-too-short',
      minLength: 10,
    })
    const accepted = await acceptInvitation(payload, token, 'mein-neues-passwort')
    expect(accepted.ok).toBe(true)
    if (!accepted.ok) return
    expect(accepted.token).toBeTruthy()
    expect(accepted.user.email).toBe(emails.mailed)
    expect((await rest('GET', '/portal-users/me', { token: accepted.token })).body.user.id).toBe(accepted.user.id)
    expect(await acceptInvitation(payload, token, 'ein-anderes-passwort')).toEqual({ ok: false, reason: 'invalid' })
    expect((await signIn(payload, emails.mailed, 'mein-neues-passwort', '192.0.2.11')).ok).toBe(true)
  })

  it('after accepting, the person counts as signed up and gets no second invitation', async () => {
    const response = await invite({ object, preview: true })
    expect(response.body.counts).toEqual({ mail: 1, withoutAddress: 1, hasSignIn: 2, failed: 0 })
  })
})

describe('inviting one person', () => {
  it('uses the validity from the settings and the chosen language', async () => {
    await payload.updateGlobal({ slug: 'settings', data: { invitationValidDays: 3 } })
    const email = address()
    const person = (await newPerson(email)).id
    const response = await invite({ person, language: 'en' })
    expect(response.body.counts.mail).toBe(1)
    const mail = await smtp.waitFor(email)
    expect(mail.subject).toMatch(/^Your access to the \S.* portal$/)
    const days = (new Date((await portalUserOf(person)).invitationExpiresAt!).getTime() - Date.now()) / 86_400_000
    expect(Math.round(days)).toBe(3)
    await payload.updateGlobal({ slug: 'settings', data: { invitationValidDays: 14 } })
  })

  it('an expired link is refused as expired; a new invitation replaces it', async () => {
    const email = address()
    const person = (await newPerson(email)).id
    await invite({ person })
    const { token } = linkToken(await smtp.waitFor(email), 'invitation')
    const portalUser = await portalUserOf(person)
    // System write: the link's date passes.
    await payload.update({
      collection: 'portal-users',
      id: portalUser.id,
      data: { invitationExpiresAt: new Date(Date.now() - 1000).toISOString() },
      overrideAccess: true,
    })
    expect(await acceptInvitation(payload, token, 'mein-neues-passwort')).toEqual({ ok: false, reason: 'expired' })
    expect((await invite({ person })).body.counts.mail).toBe(1)
    const renewed = smtp.to(email)
    expect(renewed).toHaveLength(2)
    const { token: fresh } = linkToken(renewed[1], 'invitation')
    expect(await acceptInvitation(payload, token, 'mein-neues-passwort')).toEqual({ ok: false, reason: 'invalid' })
    expect((await acceptInvitation(payload, fresh, 'mein-neues-passwort')).ok).toBe(true)
  })

  it('a person without an invitation address is listed, not mailed', async () => {
    const person = (await newPerson()).id
    const response = await invite({ person })
    expect(response.status).toBe(200)
    expect(response.body.counts).toEqual({ mail: 0, withoutAddress: 1, hasSignIn: 0, failed: 0 })
    expect(await portalUserOf(person)).toBeUndefined()
  })

  it('an unknown token is invalid', async () => {
    expect(await acceptInvitation(payload, 'no-such-token', 'mein-neues-passwort')).toEqual({
      ok: false,
      reason: 'invalid',
    })
  })
})

describe('who may invite', () => {
  it('staff without 900175, portal users and anonymous callers are refused (403), and nothing is sent', async () => {
    const email = address()
    const person = (await newPerson(email)).id
    const readOnly = await actorWithPermissions(payload, [P.portalUsersRead, P.personsRead, P.objectsRead])
    const tenant = { token: await portalToken('tenant') }
    for (const actor of [readOnly, tenant, {}]) {
      expect((await invite({ person }, actor)).status).toBe(403)
      expect((await invite({ object: await demo.object(payload, '1001'), preview: true }, actor)).status).toBe(403)
    }
    expect(await portalUserOf(person)).toBeUndefined()
    expect(smtp.to(email)).toHaveLength(0)
  })

  it('a malformed request is a 400 naming the field', async () => {
    const response = await invite({ person: 'x' })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('person')
    expect((await invite({})).status).toBe(400)
  })

  it('nobody plants a known token through the API', async () => {
    const portalUser = await portalUserOf(await demo.person(payload, portalPersonas.owner))
    const admin = await actorWithPermissions(payload, [P.portalUsersManage, P.portalUsersRead])
    await rest('PATCH', `/portal-users/${portalUser.id}`, {
      token: admin.token,
      body: { invitationTokenHash: 'a'.repeat(64), invitationExpiresAt: '2099-01-01T00:00:00.000Z' },
    })
    const after = await portalUserOf(await demo.person(payload, portalPersonas.owner))
    expect(after.invitationTokenHash ?? null).toBeNull()
    expect(after.invitationExpiresAt ?? null).toBeNull()
  })
})

describe('portal sign-in, sign-out and password reset (model functions)', () => {
  it('signIn: wrong password and too many attempts are typed failures; another client still signs in', async () => {
    const client = `192.0.2.${nextNumber()}`
    expect(await signIn(payload, portalPersonas.tenant, 'wrong-password', client)).toEqual({
      ok: false,
      reason: 'invalid',
    })
    for (let i = 1; i < signInLimits.perAddressAndClient; i++)
      await signIn(payload, portalPersonas.tenant, 'wrong-password', client)
    expect(await signIn(payload, portalPersonas.tenant, 'hauswerk-demo', client)).toEqual({
      ok: false,
      reason: 'throttled',
    })
    const other = await signIn(payload, portalPersonas.tenant, 'hauswerk-demo', `192.0.2.${nextNumber()}`)
    expect(other.ok).toBe(true)
  })

  it('signOut ends the session of that token', async () => {
    const signedIn = await signIn(payload, portalPersonas.newTenant, 'hauswerk-demo', `192.0.2.${nextNumber()}`)
    if (!signedIn.ok) throw new Error('sign-in failed')
    const headers = new Headers({ Authorization: `JWT ${signedIn.token}` })
    const { user } = await payload.auth({ headers })
    expect(user?.id).toBe(signedIn.user.id)
    await signOut(payload, user as never)
    expect((await payload.auth({ headers })).user).toBeNull()
  })

  it('a reset request answers the same for any address; the mail links to the portal, once', async () => {
    const unknown = `nobody-${nextNumber()}@mail.example`
    expect(requestPasswordReset(payload, unknown)).toEqual({ ok: true })
    expect(requestPasswordReset(payload, portalPersonas.formerTenant)).toEqual({ ok: true })
    const mail = await smtp.waitFor(portalPersonas.formerTenant)
    expect(mail.subject).toMatch(/^Neues Passwort für das Portal von \S/)
    const { link, token } = linkToken(mail, 'reset')
    expect(link).toBe(`https://verwaltung.example/reset/${token}`)
    expect(mail.text + mail.html).not.toContain('/admin')
    expect(await resetPassword(payload, token, 'kurz')).toMatchObject({ ok: false, reason: 'password-too-short' })
    const reset = await resetPassword(payload, token, 'ganz-neues-passwort')
    expect(reset.ok).toBe(true)
    expect(await resetPassword(payload, token, 'noch-ein-passwort')).toEqual({ ok: false, reason: 'invalid' })
    const client = `192.0.2.${nextNumber()}`
    expect((await signIn(payload, portalPersonas.formerTenant, 'ganz-neues-passwort', client)).ok).toBe(true)
    expect(smtp.to(unknown)).toHaveLength(0)
  })
})
