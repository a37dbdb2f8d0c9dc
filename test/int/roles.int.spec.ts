import { describe, expect, it } from 'vitest'

import { P } from '@/constants/permissions'
import { idOf } from '@/fields/relationship'
import { nextNumber } from '@/seed/factories'

import { describeAccess } from '../helpers/access-matrix'
import { demo } from '../helpers/demo'
import { testPayload } from '../helpers/payload'
import { actorFor, actorWithPermissions, as, demoPassword, staffToken } from '../helpers/personas'
import { graphql, rest } from '../helpers/rest'

describe('roles: access per persona (900171 read, 900170 manage; other staff read the roles they hold)', () => {
  describeAccess(
    {
      collection: 'roles',
      createData: () => ({ name: `Hausbetreuung ${nextNumber()}`, permissions: [String(P.unitsRead)] }),
      existing: ({ payload, req }) =>
        payload.create({ collection: 'roles', data: { name: `Praktikum ${nextNumber()}`, permissions: [] }, req }),
      change: () => ({ description: `Beschreibung ${nextNumber()}` }),
    },
    { admin: 'RCUD', clerk: 'r', accounting: 'r', auditor: 'R', anonymous: '' },
  )
})

describe('what a role grants', () => {
  it('a role applies to the next request: granting 195101 lets its user edit units at once', async () => {
    const payload = await testPayload()
    const actor = await actorWithPermissions(payload, [P.unitsRead])
    const unit = await demo.unit(payload, '1002/002')
    const refused = await rest('PATCH', `/units/${unit}`, { token: actor.token, body: { position: 'Süd' } })
    expect(refused.status).toBe(403)
    const role = actor.user!.roles![0] as { id: number }
    await payload.update({
      collection: 'roles',
      id: role.id,
      data: { permissions: [`${P.unitsRead}`, `${P.unitsUpdate}`] },
    })
    const allowed = await rest('PATCH', `/units/${unit}`, { token: actor.token, body: { position: 'Süd' } })
    expect(allowed.status).toBe(200)
  })

  it('a read-only role never grants a change, whatever is ticked (the auditor’s safeguard)', async () => {
    const payload = await testPayload()
    const actor = await actorWithPermissions(payload, [P.personsRead, P.personsUpdate, P.usersManage], {
      readOnly: true,
    })
    const person = (await payload.find({ collection: 'persons', limit: 1, depth: 0 })).docs[0]
    expect((await rest('GET', `/persons/${person.id}`, { token: actor.token })).status).toBe(200)
    expect(
      (await rest('PATCH', `/persons/${person.id}`, { token: actor.token, body: { portalEmail: 'x@y.at' } })).status,
    ).toBe(403)
    expect(
      (await rest('POST', '/roles', { token: actor.token, body: { name: 'Alles', permissions: [] } })).status,
    ).toBe(403)
  })

})

describe('the roles one holds (the own account page names them)', () => {
  it('a clerk reads exactly the roles they hold, by name, on the Local API, REST and GraphQL', async () => {
    const payload = await testPayload()
    const clerk = await actorFor(payload, 'clerk')
    const held = (clerk.user!.roles ?? []).map(idOf)
    expect(held.length).toBeGreaterThan(0)

    const local = await payload.find({ collection: 'roles', depth: 0, pagination: false, ...as(clerk) })
    expect(local.docs.map((role) => role.id).sort()).toEqual([...held].sort())
    expect(local.docs.map((role) => role.name)).toEqual(['Sachbearbeitung'])

    const token = await staffToken('clerk')
    const listed = await rest('GET', '/roles?pagination=false&depth=0', { token })
    expect(listed.status).toBe(200)
    expect(listed.body.docs.map((role: { name: string }) => role.name)).toEqual(['Sachbearbeitung'])
    const me = await rest('GET', '/users/me?depth=1', { token })
    expect(me.body.user.roles.map((role: { name?: string }) => role.name)).toEqual(['Sachbearbeitung'])

    const response = await graphql('{ Roles { docs { name } } }', { token })
    expect(response.body.errors).toBeUndefined()
    expect(response.body.data.Roles.docs).toEqual([{ name: 'Sachbearbeitung' }])
    // A sign-in's password hashing (600,000 rounds) alone takes seconds on a busy machine.
  }, 90_000)

  it('another role stays closed to them, on every way in', async () => {
    const payload = await testPayload()
    const clerk = await actorFor(payload, 'clerk')
    const administrator = await demo.role(payload, 'Administrator')
    await expect(
      payload.findByID({ collection: 'roles', id: administrator, depth: 0, ...as(clerk) }),
    ).rejects.toMatchObject({ status: 404 })
    const token = await staffToken('clerk')
    expect((await rest('GET', `/roles/${administrator}`, { token })).status).toBe(404)
    const filtered = await rest('GET', `/roles?where[name][equals]=Administrator`, { token })
    expect(filtered.body.docs).toEqual([])
    const response = await graphql(`{ Role(id: ${administrator}) { name } }`, { token })
    expect(response.body.data?.Role ?? null).toBeNull()
  })

  it('a member of staff without a role reads none', async () => {
    const payload = await testPayload()
    const n = nextNumber()
    const email = `ohne-rolle-${n}-${process.pid}@hauswerk.test`
    const created = await payload.create({
      collection: 'users',
      data: { email, password: demoPassword, name: `Ohne Rolle ${n}` },
    })
    const user = { ...created, collection: 'users' as const }
    await expect(payload.find({ collection: 'roles', ...as({ user }) })).rejects.toMatchObject({ status: 403 })
  })
})
