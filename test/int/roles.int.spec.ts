import { describe, expect, it } from 'vitest'

import { P } from '@/constants/permissions'
import { nextNumber } from '@/seed/factories'

import { describeAccess } from '../helpers/access-matrix'
import { demo } from '../helpers/demo'
import { testPayload } from '../helpers/payload'
import { actorWithPermissions, staffToken } from '../helpers/personas'
import { graphql, rest } from '../helpers/rest'

describe('roles: access per persona (900171 read, 900170 manage)', () => {
  describeAccess(
    {
      collection: 'roles',
      createData: () => ({ name: `Hausbetreuung ${nextNumber()}`, permissions: [String(P.unitsRead)] }),
      existing: ({ payload, req }) =>
        payload.create({ collection: 'roles', data: { name: `Praktikum ${nextNumber()}`, permissions: [] }, req }),
      change: () => ({ description: `Beschreibung ${nextNumber()}` }),
    },
    { admin: 'RCUD', clerk: '', accounting: '', auditor: 'R', anonymous: '' },
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

  it('GraphQL refuses the roles to a clerk as REST does', async () => {
    const response = await graphql('{ Roles { docs { name permissions } } }', { token: await staffToken('clerk') })
    expect(response.body.errors?.[0].message).toMatch(/not allowed/)
    expect(response.body.data?.Roles ?? null).toBeNull()
  })
})
