import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { idOf } from '@/fields/relationship'
import { nextNumber } from '@/seed/factories'
import { staffPersonas } from '@/seed/personas'

import { demo } from '../helpers/demo'
import { testPayload } from '../helpers/payload'
import { type Actor, actorFor, as, demoPassword } from '../helpers/personas'
import { rest } from '../helpers/rest'

/**
 * Staff accounts. The matrix here has a third answer besides "all" and "none": "own account".
 *
 * | persona    | read | create | update            | delete |
 * | ---------- | ---- | ------ | ----------------- | ------ |
 * | admin      | all  | yes    | all, roles too    | yes    |
 * | clerk      | own  | no     | own, never roles  | no     |
 * | accounting | own  | no     | own, never roles  | no     |
 * | auditor    | all  | no     | own, never roles  | no     |
 * | anonymous  | none | no     | no                | no     |
 */
const newUser = () => ({
  email: `neu-${nextNumber()}-${process.pid}@hauswerk.test`,
  password: demoPassword,
  name: 'Neu',
})

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

/** Another account, made by the system. */
const another = () => payload.create({ collection: 'users', data: newUser() })
const stored = (id: number) => payload.findByID({ collection: 'users', id, depth: 0, disableErrors: true })
const rolesOf = async (id: number) => ((await stored(id))?.roles ?? []).map((role) => idOf(role))

describe('administrator: manages every account', () => {
  let actor: Actor
  beforeAll(async () => {
    actor = await actorFor(payload, 'admin')
  })

  it('reads every account', async () => {
    const all = (await payload.count({ collection: 'users' })).totalDocs
    expect((await payload.find({ collection: 'users', ...as(actor) })).totalDocs).toBe(all)
    expect((await rest('GET', '/users?limit=1', { token: actor.token })).body.totalDocs).toBe(all)
  })

  it('creates accounts with roles', async () => {
    const clerkRole = await demo.role(payload, 'Sachbearbeitung')
    const local = await payload.create({
      collection: 'users',
      data: { ...newUser(), roles: [clerkRole] },
      ...as(actor),
    })
    expect(await rolesOf(local.id)).toEqual([clerkRole])
    const response = await rest('POST', '/users', { token: actor.token, body: { ...newUser(), roles: [clerkRole] } })
    expect(response.status).toBe(201)
    expect(await rolesOf(response.body.doc.id)).toEqual([clerkRole])
  })

  it('updates another account, roles included', async () => {
    const user = await another()
    const auditorRole = await demo.role(payload, 'Prüfung')
    const response = await rest('PATCH', `/users/${user.id}`, {
      token: actor.token,
      body: { name: 'Geändert', roles: [auditorRole] },
    })
    expect(response.status).toBe(200)
    expect((await stored(user.id))?.name).toBe('Geändert')
    expect(await rolesOf(user.id)).toEqual([auditorRole])
  })

  it('deletes accounts', async () => {
    const [first, second] = [await another(), await another()]
    await payload.delete({ collection: 'users', id: first.id, ...as(actor) })
    expect((await rest('DELETE', `/users/${second.id}`, { token: actor.token })).status).toBe(200)
    expect(await stored(first.id)).toBeNull()
    expect(await stored(second.id)).toBeNull()
  })
})

for (const persona of ['clerk', 'accounting', 'auditor'] as const) {
  const readsAll = persona === 'auditor'
  describe(`${persona}: ${readsAll ? 'reads every account' : 'reads only their own account'}, edits only their own, never roles`, () => {
    let actor: Actor
    let self: number
    beforeAll(async () => {
      actor = await actorFor(payload, persona)
      self = actor.user!.id
    })

    it(readsAll ? 'reads every account' : 'reads only their own account', async () => {
      const all = (await payload.count({ collection: 'users' })).totalDocs
      const local = await payload.find({ collection: 'users', depth: 0, ...as(actor) })
      const response = await rest('GET', '/users?depth=0', { token: actor.token })
      expect(response.status).toBe(200)
      if (readsAll) {
        expect(local.totalDocs).toBe(all)
        expect(response.body.totalDocs).toBe(all)
      } else {
        expect(local.docs.map((user) => user.email)).toEqual([staffPersonas[persona].email])
        expect(response.body.docs.map((user: { id: number }) => user.id)).toEqual([self])
        const other = await another()
        expect((await rest('GET', `/users/${other.id}`, { token: actor.token })).status).toBe(404)
        await expect(payload.findByID({ collection: 'users', id: other.id, ...as(actor) })).rejects.toMatchObject({
          status: 404,
        })
      }
      const me = await rest('GET', '/users/me', { token: actor.token })
      expect(me.body.user.email).toBe(staffPersonas[persona].email)
    })

    it('cannot create accounts, and nothing is written', async () => {
      const before = (await payload.count({ collection: 'users' })).totalDocs
      await expect(payload.create({ collection: 'users', data: newUser(), ...as(actor) })).rejects.toMatchObject({
        status: 403,
      })
      expect((await rest('POST', '/users', { token: actor.token, body: newUser() })).status).toBe(403)
      expect((await payload.count({ collection: 'users' })).totalDocs).toBe(before)
    })

    it('edits their own name, but a role sent along is ignored', async () => {
      const rolesBefore = await rolesOf(self)
      const administrator = await demo.role(payload, 'Administrator')
      const response = await rest('PATCH', `/users/${self}`, {
        token: actor.token,
        body: { name: `${staffPersonas[persona].name} (geändert)`, roles: [administrator] },
      })
      expect(response.status).toBe(200)
      expect((await stored(self))?.name).toBe(`${staffPersonas[persona].name} (geändert)`)
      expect(await rolesOf(self)).toEqual(rolesBefore)
      await payload.update({ collection: 'users', id: self, data: { roles: [administrator] }, ...as(actor) })
      expect(await rolesOf(self)).toEqual(rolesBefore)
    })

    it('cannot edit or delete another account, nor delete their own', async () => {
      const other = await another()
      await expect(
        payload.update({ collection: 'users', id: other.id, data: { name: 'x' }, ...as(actor) }),
      ).rejects.toMatchObject({ status: 403 })
      const patch = await rest('PATCH', `/users/${other.id}`, { token: actor.token, body: { name: 'x' } })
      expect(patch.status).toBe(403)
      expect((await stored(other.id))?.name).toBe('Neu')
      expect((await rest('DELETE', `/users/${other.id}`, { token: actor.token })).status).toBe(403)
      expect((await rest('DELETE', `/users/${self}`, { token: actor.token })).status).toBe(403)
      expect(await stored(other.id)).not.toBeNull()
      expect(await stored(self)).not.toBeNull()
    })
  })
}

describe('anonymous: no account, and no way to make one', () => {
  it('cannot read, sign up, update or delete', async () => {
    const other = await another()
    const before = (await payload.count({ collection: 'users' })).totalDocs
    expect((await rest('GET', '/users')).status).toBe(403)
    await expect(payload.find({ collection: 'users', overrideAccess: false })).rejects.toMatchObject({ status: 403 })
    expect((await rest('POST', '/users', { body: newUser() })).status).toBe(403)
    expect((await rest('PATCH', `/users/${other.id}`, { body: { name: 'x' } })).status).toBe(403)
    expect((await rest('DELETE', `/users/${other.id}`)).status).toBe(403)
    expect((await payload.count({ collection: 'users' })).totalDocs).toBe(before)
    expect((await stored(other.id))?.name).toBe('Neu')
  })
})
