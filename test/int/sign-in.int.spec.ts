import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { signInLimits } from '@/auth/sign-in-throttle'
import { P } from '@/constants/permissions'
import { factories, nextNumber } from '@/seed/factories'
import { seedContext } from '@/seed/context'
import { portalPersonas, staffPersonas } from '@/seed/personas'

import { testPayload } from '../helpers/payload'
import { actorWithPermissions, demoPassword, staffUser } from '../helpers/personas'
import { login, request, rest } from '../helpers/rest'

/**
 * Issue 12 "Sign-in": the answer to a failed sign-in tells nothing about the account, failures
 * are limited per client, and one client's failures never lock another out (ADR 0053).
 * SERVER_URL is unset here, as on a fresh `npm start`.
 */

let client = 0
/** A request from its own client address (as our proxy writes it into X-Forwarded-For). */
function fromClient(address = `198.51.100.${++client}`) {
  return { 'X-Forwarded-For': address }
}

function signIn(collection: 'users' | 'portal-users', email: string, password: string, headers = fromClient()) {
  return rest('POST', `/${collection}/login`, { body: { email, password }, headers })
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await run()
  return performance.now() - start
}

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

describe('a failed sign-in tells nothing about the account', () => {
  it('an unknown address takes as long as a wrong password of an existing account', async () => {
    const wrong: number[] = []
    const unknown: number[] = []
    // Alternating, so that load on the machine falls on both alike.
    for (let i = 0; i < 7; i++) {
      wrong.push(await timed(() => signIn('portal-users', portalPersonas.tenant, 'not-the-password')))
      unknown.push(await timed(() => signIn('portal-users', `nobody-${nextNumber()}@example.test`, 'x')))
    }
    // Payload answered an unknown address about 10× faster than a password check (16 vs 190 ms);
    // the bounds are wide because the machine running the tests is shared.
    expect(median(unknown)).toBeGreaterThan(median(wrong) * 0.5)
    expect(median(unknown)).toBeLessThan(median(wrong) * 2)
  })

  it('answers an unknown address, a wrong password and a throttled client with the same status and text', async () => {
    const unknown = await signIn('users', `nobody-${nextNumber()}@example.test`, 'wrong-password')
    const wrong = await signIn('users', staffPersonas.clerk.email, 'wrong-password')
    const attacker = fromClient()
    for (let i = 0; i < signInLimits.perAddressAndClient; i++)
      await signIn('users', staffPersonas.clerk.email, 'wrong-password', attacker)
    // Even the right password: this client has to wait, and is told nothing else.
    const throttled = await signIn('users', staffPersonas.clerk.email, demoPassword, attacker)
    expect(wrong.status).toBe(401)
    for (const answer of [unknown, throttled]) {
      expect(answer.status).toBe(wrong.status)
      expect(answer.body).toEqual(wrong.body)
    }
  })
})

describe('failures are limited per client, never per account alone', () => {
  it('failures from foreign clients do not lock the owner out', async () => {
    for (let attacker = 0; attacker < 4; attacker++) {
      const headers = fromClient()
      for (let i = 0; i < signInLimits.perAddressAndClient + 1; i++)
        await signIn('portal-users', portalPersonas.owner, 'guessed-password', headers)
    }
    const owner = await signIn('portal-users', portalPersonas.owner, demoPassword)
    expect(owner.status).toBe(200)
    expect(owner.body.token).toBeTruthy()
  })

  it('a client that fails on many addresses is refused everywhere, also with a right password', async () => {
    const headers = fromClient()
    for (let i = 0; i < signInLimits.perClient; i++)
      await signIn('portal-users', `guess-${nextNumber()}@example.test`, 'guessed-password', headers)
    const refused = await signIn('portal-users', portalPersonas.provider, demoPassword, headers)
    expect(refused.status).toBe(401)
    // Another client signs in to the same account as usual.
    expect((await signIn('portal-users', portalPersonas.provider, demoPassword)).status).toBe(200)
  })

  it('the same client may try again once it signed in successfully', async () => {
    const headers = fromClient()
    for (let i = 0; i < signInLimits.perAddressAndClient - 1; i++)
      await signIn('portal-users', portalPersonas.tenantOwner, 'typo-password', headers)
    expect((await signIn('portal-users', portalPersonas.tenantOwner, demoPassword, headers)).status).toBe(200)
    for (let i = 0; i < signInLimits.perAddressAndClient - 1; i++)
      await signIn('portal-users', portalPersonas.tenantOwner, 'typo-password', headers)
    expect((await signIn('portal-users', portalPersonas.tenantOwner, demoPassword, headers)).status).toBe(200)
  })

  it('only the entry our own proxy appended to X-Forwarded-For counts: a forged one does not reset the limit', async () => {
    const real = `203.0.113.${nextNumber()}`
    for (let i = 0; i < signInLimits.perAddressAndClient; i++)
      await signIn('users', staffPersonas.auditor.email, 'guessed-password', {
        'X-Forwarded-For': `10.0.0.${i}, ${real}`,
      })
    const forged = await signIn('users', staffPersonas.auditor.email, demoPassword, {
      'X-Forwarded-For': `10.9.9.9, ${real}`,
    })
    expect(forged.status).toBe(401)
  })
})

describe('the session cookie and cross-site requests', () => {
  it('the cookie is HttpOnly and SameSite=Lax', async () => {
    const response = await request('POST', '/users/login', {
      body: { email: staffPersonas.accounting.email, password: demoPassword },
      headers: fromClient(),
    })
    const cookie = response.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/payload-token=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
  })

  it('a cookie-authenticated PATCH from a foreign Origin is anonymous and changes nothing', async () => {
    const user = await staffUser(payload, 'accounting')
    const token = await login('users', staffPersonas.accounting.email, demoPassword)
    const patch = (origin: string, name: string) =>
      rest('PATCH', `/users/${user.id}`, {
        body: { name },
        headers: { Cookie: `payload-token=${token}`, Origin: origin },
      })
    const foreign = await patch('https://evil.example', 'Mallory')
    expect(foreign.status).toBe(403)
    expect((await payload.findByID({ collection: 'users', id: user.id, depth: 0 })).name).toBe(user.name)
    // From Hauswerk's own address the same request works.
    const own = await patch('http://localhost:3000', user.name)
    expect(own.status).toBe(200)
  })
})

describe('changing a password needs the current one (own account)', () => {
  it('staff: without or with a wrong current password refused, with it changed', async () => {
    const actor = await actorWithPermissions(payload, [P.objectsRead])
    const id = actor.user!.id
    const change = (body: Record<string, unknown>) => rest('PATCH', `/users/${id}`, { token: actor.token, body })
    const without = await change({ password: 'a-new-password-1' })
    expect(without.status).toBe(400)
    expect(JSON.stringify(without.body)).toContain('currentPassword')
    expect((await change({ password: 'a-new-password-1', currentPassword: 'wrong-password' })).status).toBe(400)
    expect((await signIn('users', actor.user!.email, demoPassword)).status).toBe(200)
    const changed = await change({ password: 'a-new-password-1', currentPassword: demoPassword })
    expect(changed.status).toBe(200)
    expect(JSON.stringify(changed.body)).not.toContain(demoPassword)
    // The session that changed it stays signed in (Payload ends only the others).
    expect((await rest('GET', '/users/me', { token: actor.token })).body.user?.id).toBe(id)
    expect((await signIn('users', actor.user!.email, 'a-new-password-1')).status).toBe(200)
  })

  it('portal users: the same, for their own sign-in', async () => {
    const ctx = await seedContext(payload)
    const person = await factories.person(ctx)
    const email = `portal-${nextNumber()}@example.test`
    await factories.portalUser(ctx, { email, password: demoPassword, person: person.id })
    const token = await login('portal-users', email, demoPassword)
    const me = await rest('GET', '/portal-users/me', { token })
    const change = (body: Record<string, unknown>) => rest('PATCH', `/portal-users/${me.body.user.id}`, { token, body })
    expect((await change({ password: 'a-new-password-2' })).status).toBe(400)
    expect((await change({ password: 'a-new-password-2', currentPassword: 'wrong-password' })).status).toBe(400)
    expect((await change({ password: 'a-new-password-2', currentPassword: demoPassword })).status).toBe(200)
    expect((await signIn('portal-users', email, 'a-new-password-2')).status).toBe(200)
  })

  it('guesses at the current password are throttled like sign-ins', async () => {
    const actor = await actorWithPermissions(payload, [P.objectsRead])
    const headers = fromClient()
    const change = (currentPassword: string) =>
      rest('PATCH', `/users/${actor.user!.id}`, {
        token: actor.token,
        headers,
        body: { password: 'a-new-password-3', currentPassword },
      })
    for (let i = 0; i < signInLimits.perAddressAndClient; i++)
      expect((await change(`guess-${i}-password`)).status).toBe(400)
    expect((await change(demoPassword)).status).toBe(400)
    expect((await signIn('users', actor.user!.email, demoPassword)).status).toBe(200)
  })

  it('staff who manage users set another user’s password without knowing it', async () => {
    const manager = await actorWithPermissions(payload, [P.usersManage, P.usersRead])
    const other = await actorWithPermissions(payload, [P.objectsRead])
    const response = await rest('PATCH', `/users/${other.user!.id}`, {
      token: manager.token,
      body: { password: 'set-by-admin-1' },
    })
    expect(response.status).toBe(200)
    expect((await signIn('users', other.user!.email, 'set-by-admin-1')).status).toBe(200)
  })

  it('a new password has at least 10 characters', async () => {
    const actor = await actorWithPermissions(payload, [P.objectsRead])
    const response = await rest('PATCH', `/users/${actor.user!.id}`, {
      token: actor.token,
      body: { password: 'short', currentPassword: demoPassword },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain('password')
  })
})
