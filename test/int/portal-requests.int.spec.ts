import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { P } from '@/constants/permissions'
import { seedContext } from '@/seed/context'
import { factories, nextNumber } from '@/seed/factories'
import { portalPersonas } from '@/seed/personas'
import { changePassword, setLanguage } from '@/portal/models/account.server'
import { signIn } from '@/portal/models/auth.server'
import {
  checkAnswers,
  fileDamageReport,
  listRequests,
  portalForm,
  requestTargets,
  submitForm,
} from '@/portal/models/requests.server'

import { tinyPng } from '../helpers/access-matrix'
import { startSmtpReceiver } from '../helpers/mail'
import { testPayload } from '../helpers/payload'
import { type Actor, actorWithPermissions, demoPassword, portalUser } from '../helpers/personas'
import { rest } from '../helpers/rest'

/**
 * The portal's account, disabled sign-ins, requests and forms (SPEC F-50, F-54), through the model
 * functions the pages call; the status mail through a real SMTP server this file starts.
 */
const smtp = await startSmtpReceiver()
process.env.SMTP_URL = smtp.url
process.env.SERVER_URL = 'https://verwaltung.example'

let payload: Payload
let manager: Actor

const png = () => ({ name: `schaden-${nextNumber()}.png`, mimetype: 'image/png', data: tinyPng })

async function newPortalUser(language: 'de' | 'en' = 'de') {
  const ctx = await seedContext(payload)
  const person = await factories.person(ctx)
  const email = `portal-${nextNumber()}@mail.example`
  const created = await factories.portalUser(ctx, { email, password: demoPassword, person: person.id })
  if (language !== 'de') await payload.update({ collection: 'portal-users', id: created.id, data: { language } })
  return { id: created.id, email, person: person.id }
}

beforeAll(async () => {
  payload = await testPayload()
  manager = await actorWithPermissions(payload, [P.portalUsersManage, P.portalUsersRead, P.personsRead])
})

afterAll(async () => {
  await smtp.stop()
})

describe('a portal user whom staff disable is nobody', () => {
  it('their live session ends, REST answers as to nobody, and sign-in refuses them with the usual text', async () => {
    const account = await newPortalUser()
    const signedIn = await signIn(payload, account.email, demoPassword, '192.0.2.30')
    expect(signedIn.ok).toBe(true)
    if (!signedIn.ok) return
    const me = () => rest('GET', '/portal-users/me', { token: signedIn.token })
    expect((await me()).body.user?.id).toBe(account.id)

    // Staff without 900175 cannot set the flag.
    const reader = await actorWithPermissions(payload, [P.portalUsersRead])
    await rest('PATCH', `/portal-users/${account.id}`, { token: reader.token, body: { disabled: true } })
    expect((await me()).body.user?.id).toBe(account.id)

    const disabled = await rest('PATCH', `/portal-users/${account.id}`, {
      token: manager.token,
      body: { disabled: true },
    })
    expect(disabled.status).toBe(200)
    expect((await me()).body.user).toBeNull()
    expect((await rest('GET', '/requests', { token: signedIn.token })).body.docs ?? []).toHaveLength(0)
    expect(await signIn(payload, account.email, demoPassword, '192.0.2.31')).toEqual({ ok: false, reason: 'invalid' })

    await rest('PATCH', `/portal-users/${account.id}`, { token: manager.token, body: { disabled: false } })
    expect((await signIn(payload, account.email, demoPassword, '192.0.2.32')).ok).toBe(true)
  })
})

describe('their own account', () => {
  it('changes the password only with the current one, and saves the language', async () => {
    const account = await newPortalUser()
    const user = await portalUserByEmail(account.email)
    expect(await changePassword(payload, user, demoPassword, 'kurz', '192.0.2.40')).toMatchObject({
      ok: false,
      reason: 'password-too-short',
    })
    expect(await changePassword(payload, user, 'nicht-das-passwort', 'ein-neues-passwort', '192.0.2.40')).toMatchObject(
      { ok: false, reason: 'current-wrong' },
    )
    expect(await changePassword(payload, user, demoPassword, 'ein-neues-passwort', '192.0.2.40')).toEqual({ ok: true })
    expect((await signIn(payload, account.email, 'ein-neues-passwort', '192.0.2.41')).ok).toBe(true)

    await setLanguage(payload, user, 'en')
    expect((await payload.findByID({ collection: 'portal-users', id: account.id, depth: 0 })).language).toBe('en')
  })
})

async function portalUserByEmail(email: string) {
  const { docs } = await payload.find({ collection: 'portal-users', where: { email: { equals: email } }, depth: 0 })
  return { ...docs[0], collection: 'portal-users' as const }
}

describe('damage reports', () => {
  it('files a report with a photo on their own tenancy; it is listed first with status "new"', async () => {
    const tenant = await portalUser(payload, 'tenant')
    const [target] = await requestTargets(payload, tenant)
    expect(target).toBeDefined()
    const subject = `Wasserfleck ${nextNumber()}`
    const filed = await fileDamageReport(
      payload,
      tenant,
      { subject, description: 'Im Bad an der Decke.', tenancy: target.tenancyId },
      [png()],
      'de',
    )
    expect(filed.ok).toBe(true)
    if (!filed.ok) return
    const stored = await payload.findByID({ collection: 'requests', id: filed.id, depth: 0 })
    expect(stored).toMatchObject({ kind: 'damage', status: 'new', tenancy: target.tenancyId })
    expect(stored.unit).toBeTruthy()
    expect(stored.object).toBeTruthy()
    const [first] = await listRequests(payload, tenant)
    expect(first).toMatchObject({ id: filed.id, subject, status: 'new', photos: 1 })
  })

  it("refuses another person's tenancy (not found, nothing written) and non-images (the field's message)", async () => {
    const tenant = await portalUser(payload, 'tenant')
    const other = await portalUser(payload, 'otherObject')
    const [foreign] = await requestTargets(payload, other)
    const before = (await payload.count({ collection: 'requests' })).totalDocs
    const input = { subject: 'Fremd', description: '', tenancy: foreign.tenancyId }
    expect(await fileDamageReport(payload, tenant, input, [], 'de')).toEqual({ ok: false, reason: 'not-found' })

    const [own] = await requestTargets(payload, tenant)
    const fake = { name: 'foto.png', mimetype: 'image/png', data: Buffer.from('%PDF-1.4 kein Bild') }
    const refused = await fileDamageReport(
      payload,
      tenant,
      { subject: 'Kein Bild', description: '', tenancy: own.tenancyId },
      [fake],
      'en',
    )
    expect(refused).toMatchObject({ ok: false, reason: 'invalid', field: 'file' })
    if (refused.ok || refused.reason !== 'invalid') return
    expect(refused.message).toMatch(/content|image/i)
    expect((await payload.count({ collection: 'requests' })).totalDocs).toBe(before)

    const six = await fileDamageReport(
      payload,
      tenant,
      { subject: 'Sechs Fotos', description: '', tenancy: own.tenancyId },
      [png(), png(), png(), png(), png(), png()],
      'de',
    )
    expect(six).toMatchObject({ ok: false, reason: 'invalid' })
    expect((await payload.count({ collection: 'requests' })).totalDocs).toBe(before)
  })
})

describe('forms staff define', () => {
  it('a submission creates the form submission and a request linked to person, unit and object', async () => {
    const form = await payload.create({
      collection: 'forms',
      data: {
        title: `Ratenansuchen ${nextNumber()}`,
        fields: [
          { blockType: 'text', name: 'reason', label: 'Grund', required: true, helpText: 'Kurz, bitte.' },
          { blockType: 'number', name: 'rates', label: 'Raten', required: false },
          {
            blockType: 'select',
            name: 'month',
            label: 'Ab Monat',
            required: true,
            options: [
              { label: 'Jänner', value: 'jan' },
              { label: 'Februar', value: 'feb' },
            ],
          },
        ],
        confirmationType: 'message',
        confirmationMessage: {
          root: {
            type: 'root',
            version: 1,
            direction: null,
            format: '',
            indent: 0,
            children: [
              {
                type: 'paragraph',
                version: 1,
                direction: null,
                format: '',
                indent: 0,
                children: [
                  { type: 'text', version: 1, text: 'Danke', format: 0, detail: 0, mode: 'normal', style: '' },
                ],
              },
            ],
          },
        },
      } as never,
    })
    const shape = await portalForm(payload, form.id)
    expect(shape?.fields.map((field) => [field.name, field.required, field.helpText])).toEqual([
      ['reason', true, 'Kurz, bitte.'],
      ['rates', false, ''],
      ['month', true, ''],
    ])
    if (!shape) return
    expect(checkAnswers(shape, { rates: 'x', month: 'mar' })).toEqual({
      reason: 'required',
      rates: 'number',
      month: 'option',
    })

    const tenant = await portalUser(payload, 'tenant')
    const [target] = await requestTargets(payload, tenant)
    const answers = { reason: 'Kurzarbeit', rates: '3', month: 'feb' }
    expect(checkAnswers(shape, answers)).toEqual({})
    const submitted = await submitForm(payload, tenant, shape, answers, target.tenancyId, 'de')
    expect(submitted.ok).toBe(true)
    if (!submitted.ok) return
    const request = await payload.findByID({ collection: 'requests', id: submitted.id, depth: 0 })
    expect(request).toMatchObject({ subject: shape.title, tenancy: target.tenancyId, status: 'new' })
    expect(request.description).toContain('Grund: Kurzarbeit')
    const submission = await payload.findByID({
      collection: 'form-submissions',
      id: Number(request.formSubmission),
      depth: 0,
    })
    expect(submission.submissionData).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'reason', value: 'Kurzarbeit' })]),
    )

    // A tenancy not theirs: nothing written, neither submission nor request.
    const other = await portalUser(payload, 'otherObject')
    const [foreign] = await requestTargets(payload, other)
    const before = (await payload.count({ collection: 'form-submissions' })).totalDocs
    expect(await submitForm(payload, tenant, shape, answers, foreign.tenancyId, 'de')).toEqual({
      ok: false,
      reason: 'not-found',
    })
    expect((await payload.count({ collection: 'form-submissions' })).totalDocs).toBe(before)
  })
})

describe('the status mail', () => {
  it('tells the person in their language, with a link to their requests, when staff change the status', async () => {
    const account = await newPortalUser('en')
    const request = await payload.create({
      collection: 'requests',
      data: { subject: `Heizung ${nextNumber()}`, kind: 'damage', status: 'new', person: account.person },
    })
    await payload.update({ collection: 'requests', id: request.id, data: { description: 'Notiz' } })
    await payload.update({ collection: 'requests', id: request.id, data: { status: 'inProgress' } })
    const mail = await smtp.waitFor(account.email)
    expect(mail.subject).toBe(`Your request “${request.subject}”: in progress`)
    expect(mail.text).toContain('https://verwaltung.example/requests')
    expect(smtp.to(account.email)).toHaveLength(1)

    // German for a German sign-in (the demo tenant).
    const tenant = await portalUser(payload, 'tenant')
    const own = await payload.create({
      collection: 'requests',
      data: { subject: `Lift ${nextNumber()}`, kind: 'damage', status: 'new', person: Number(tenant.person) },
    })
    await payload.update({ collection: 'requests', id: own.id, data: { status: 'answered' } })
    const german = await smtp.waitFor(portalPersonas.tenant)
    expect(german.subject).toBe(`Ihr Anliegen „${own.subject}“: beantwortet`)
  })
})
