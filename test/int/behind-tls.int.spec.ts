import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { P } from '@/constants/permissions'
import { acceptInvitation } from '@/portal/models/auth.server'
import { seedContext } from '@/seed/context'
import { factories, nextNumber } from '@/seed/factories'
import { staffPersonas } from '@/seed/personas'

import { linkToken, outboxMails } from '../helpers/mail'
import { testPayload } from '../helpers/payload'
import { actorWithPermissions, demoPassword } from '../helpers/personas'
import { request, rest } from '../helpers/rest'

/**
 * Hauswerk as run in production behind TLS (SERVER_URL https://) and, as on a fresh start,
 * without SMTP_URL: mail goes to the outbox folder in the data directory.
 */
process.env.SERVER_URL = 'https://hauswerk.example'
delete process.env.SMTP_URL

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

describe('behind TLS', () => {
  it('the session cookie is Secure, HttpOnly and SameSite=Lax', async () => {
    const response = await request('POST', '/users/login', {
      body: { email: staffPersonas.clerk.email, password: demoPassword },
      headers: { 'X-Forwarded-For': '198.51.100.1' },
    })
    expect(response.status).toBe(200)
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/;\s*Secure/i)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
  })

  it('the cookie counts from the public address, not from a foreign one', async () => {
    const token = (
      await rest('POST', '/users/login', { body: { email: staffPersonas.clerk.email, password: demoPassword } })
    ).body.token as string
    const me = (origin: string) =>
      rest('GET', '/users/me', { headers: { Cookie: `payload-token=${token}`, Origin: origin } })
    expect((await me('https://hauswerk.example')).body.user?.email).toBe(staffPersonas.clerk.email)
    expect((await me('https://evil.example')).body.user).toBeNull()
  })
})

describe('an invitation through the outbox', () => {
  it('lands as a file in <data dir>/outbox with an https link to the portal that works once', async () => {
    const manager = await actorWithPermissions(payload, [P.portalUsersManage, P.personsRead])
    const email = `outbox-${nextNumber()}@mail.example`
    const person = await factories.person(await seedContext(payload), { portalEmail: email })
    const response = await rest('POST', '/portal-users/invite', { token: manager.token, body: { person: person.id } })
    expect(response.status).toBe(200)
    const outbox = path.join(process.env.HAUSWERK_DATA_DIR!, 'outbox')
    const mail = outboxMails(outbox).find((candidate) => candidate.to.includes(email))
    expect(mail).toBeDefined()
    const { link, token } = linkToken(mail!, 'invitation')
    expect(link).toBe(`https://hauswerk.example/invitation/${token}`)
    expect((await acceptInvitation(payload, token, 'aus-dem-postausgang')).ok).toBe(true)
    expect(await acceptInvitation(payload, token, 'aus-dem-postausgang')).toEqual({ ok: false, reason: 'invalid' })
  })
})
