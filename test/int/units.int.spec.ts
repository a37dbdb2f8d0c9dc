import { sql } from 'drizzle-orm'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { P } from '@/constants/permissions'
import { drizzleOf } from '@/db/client'
import { seedContext } from '@/seed/context'
import { factories, nextNumber } from '@/seed/factories'

import { describeAccess } from '../helpers/access-matrix'
import { demo } from '../helpers/demo'
import { testPayload } from '../helpers/payload'
import { actorWithPermissions, as, staffToken, staffUser } from '../helpers/personas'
import { graphql, rest } from '../helpers/rest'

describe('units: access per persona (SPEC F-02, F-13: 53009 read, 195100 create, 195101 edit, 195102 delete)', () => {
  describeAccess(
    {
      collection: 'units',
      createData: async ({ payload }) => ({
        object: await demo.object(payload, '1002'),
        unitNumber: `1002/N${nextNumber()}`,
        tenure: 'owned',
        holdingType: await demo.holdingType(payload, 3),
        status: await demo.status(payload, 20),
      }),
      existing: async (ctx) =>
        factories.unit(ctx, {
          object: await demo.object(ctx.payload, '2001'),
          holdingType: await demo.holdingType(ctx.payload, 3),
          status: await demo.status(ctx.payload, 10),
        }),
      change: () => ({ position: `Hof ${nextNumber()}` }),
    },
    {
      admin: 'RCUD',
      clerk: 'RCU',
      accounting: 'R',
      auditor: 'R',
      anonymous: '',
      'a role with 53009 and 195101 only': 'RU',
      'a read-only role with 53009 and 195101 ticked': 'R',
      'a role with 195101 but not 53009': 'U',
    },
    {
      actors: {
        'a role with 53009 and 195101 only': (payload) => actorWithPermissions(payload, [P.unitsRead, P.unitsUpdate]),
        'a read-only role with 53009 and 195101 ticked': (payload) =>
          actorWithPermissions(payload, [P.unitsRead, P.unitsUpdate], { readOnly: true }),
        'a role with 195101 but not 53009': (payload) => actorWithPermissions(payload, [P.unitsUpdate]),
      },
    },
  )
})

describe('the "active units" filter (status code ≤ 100) through REST, GraphQL and the Local API agrees with SQL', () => {
  let payload: Payload

  /** The ids Postgres itself gives for active or inactive units, straight from the status codes. */
  async function idsBySql(active: boolean): Promise<number[]> {
    const result = await drizzleOf(payload).execute(
      active
        ? sql`select u.id from units u join unit_statuses s on s.id = u.status_id where s.code <= 100 order by u.id`
        : sql`select u.id from units u join unit_statuses s on s.id = u.status_id where s.code > 100 order by u.id`,
    )
    return result.rows.map((row) => Number(row.id))
  }

  const sorted = (docs: Array<{ id: number }>) => docs.map((doc) => doc.id).sort((a, b) => a - b)

  beforeAll(async () => {
    payload = await testPayload()
  })

  it('REST where[active][equals]=true and =false split the units exactly as the status codes do', async () => {
    const token = await staffToken('clerk')
    const active = await rest('GET', '/units?where[active][equals]=true&pagination=false&depth=0', { token })
    const inactive = await rest('GET', '/units?where[active][equals]=false&pagination=false&depth=0', { token })
    expect(active.status).toBe(200)
    expect(sorted(active.body.docs)).toEqual(await idsBySql(true))
    expect(sorted(inactive.body.docs)).toEqual(await idsBySql(false))
    expect(inactive.body.docs.length).toBeGreaterThan(0)
    expect(active.body.docs.every((unit: { active: boolean }) => unit.active === true)).toBe(true)
    expect(inactive.body.docs.every((unit: { active: boolean }) => unit.active === false)).toBe(true)
  })

  it('the Local API as a user and GraphQL give the same units', async () => {
    const clerk = await staffUser(payload, 'clerk')
    const local = await payload.find({
      collection: 'units',
      where: { active: { equals: true } },
      pagination: false,
      depth: 0,
      ...as({ user: clerk }),
    })
    expect(sorted(local.docs)).toEqual(await idsBySql(true))

    const gql = await graphql<{ Units: { totalDocs: number } }>(
      '{ Units(where: { active: { equals: true } }) { totalDocs } }',
      { token: await staffToken('clerk') },
    )
    expect(gql.body.errors).toBeUndefined()
    expect(gql.body.data?.Units.totalDocs).toBe((await idsBySql(true)).length)
  })

  it('combines with other filters the way the unit overview uses it (one object, one staircase)', async () => {
    const token = await staffToken('clerk')
    const object = await demo.object(payload, '1001')
    const response = await rest(
      'GET',
      `/units?where[and][0][object][equals]=${object}&where[and][1][active][equals]=true&pagination=false&depth=0`,
      { token },
    )
    const result = await drizzleOf(payload).execute(
      sql`select count(*)::int as n from units u join unit_statuses s on s.id = u.status_id where s.code <= 100 and u.object_id = ${object}`,
    )
    expect(response.body.docs.length).toBe(Number(result.rows[0].n))
    expect(response.body.docs.length).toBeGreaterThan(20)
  })

  it('follows a unit’s new status at once', async () => {
    const token = await staffToken('clerk')
    const own = await factories.unit(await seedContext(payload), {
      object: await demo.object(payload, '1002'),
      holdingType: await demo.holdingType(payload, 5),
      status: await demo.status(payload, 20),
    })
    const changed = await rest('PATCH', `/units/${own.id}`, {
      token,
      body: { status: await demo.status(payload, 110) },
    })
    expect(changed.status).toBe(200)
    expect(changed.body.doc.active).toBe(false)
    const active = await rest('GET', `/units?where[active][equals]=true&where[id][equals]=${own.id}`, { token })
    expect(active.body.totalDocs).toBe(0)
  })

  it('follows a change of the status table: code 50 → 160 turns its units inactive', async () => {
    const token = await staffToken('admin')
    const status50 = await demo.status(payload, 50)
    const unitsWith50 = await payload.count({ collection: 'units', where: { status: { equals: status50 } } })
    expect(unitsWith50.totalDocs).toBeGreaterThan(0)
    const before = (await idsBySql(true)).length

    const changed = await rest('PATCH', `/unit-statuses/${status50}`, { token, body: { code: 160 } })
    expect(changed.status).toBe(200)
    expect(changed.body.doc.active).toBe(false)
    const after = await rest('GET', '/units?where[active][equals]=true&limit=1', { token })
    expect(after.body.totalDocs).toBe(before - unitsWith50.totalDocs)
    expect(after.body.totalDocs).toBe((await idsBySql(true)).length)

    await rest('PATCH', `/unit-statuses/${status50}`, { token, body: { code: 50 } })
  })

  it('cannot be set by hand: "active" of a status follows its code whatever the request says', async () => {
    const token = await staffToken('admin')
    const status20 = await demo.status(payload, 20)
    const response = await rest('PATCH', `/unit-statuses/${status20}`, { token, body: { active: false } })
    expect(response.status).toBe(200)
    expect(response.body.doc.active).toBe(true)
    expect((await payload.findByID({ collection: 'unit-statuses', id: status20, depth: 0 })).active).toBe(true)
    const status110 = await demo.status(payload, 110)
    await rest('PATCH', `/unit-statuses/${status110}`, { token, body: { active: true } })
    expect((await payload.findByID({ collection: 'unit-statuses', id: status110, depth: 0 })).active).toBe(false)
    const created = await rest('POST', '/unit-statuses', { token, body: { code: 199, text: 'Test', active: true } })
    expect(created.status).toBe(201)
    expect(created.body.doc.active).toBe(false)
  })
})

describe('units through GraphQL (spot checks)', () => {
  it('a user without 195101 cannot change a unit by mutation, and it stays unchanged', async () => {
    const payload = await testPayload()
    const unit = await demo.unit(payload, '1002/003')
    const before = await payload.findByID({ collection: 'units', id: unit, depth: 0 })
    const response = await graphql(`mutation { updateUnit(id: ${unit}, data: { position: "Garten" }) { id } }`, {
      token: await staffToken('accounting'),
    })
    expect(response.body.errors?.[0].message).toMatch(/not allowed/)
    expect((await payload.findByID({ collection: 'units', id: unit, depth: 0 })).position).toBe(before.position)
  })

  it('anonymous GraphQL sees no units', async () => {
    const response = await graphql('{ Units { totalDocs } }')
    expect(response.body.errors?.[0].message).toMatch(/not allowed/)
    expect(response.body.data?.Units ?? null).toBeNull()
  })
})
