import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { activeOnWhere, inactiveOnWhere } from '@/lib/active-where'
import { addDays, defaultTimeZone, isActiveOn, storedDate, todayIn } from '@/lib/dates'
import { type SeedContext, seedContext } from '@/seed/context'
import { factories, nextNumber } from '@/seed/factories'
import { portalPersonas } from '@/seed/personas'

import { describeAccess } from '../helpers/access-matrix'
import { demo } from '../helpers/demo'
import { testPayload } from '../helpers/payload'
import { as, staffToken, staffUser } from '../helpers/personas'
import { rest, whereQuery } from '../helpers/rest'

/** A unit nobody holds yet, so a new tenancy cannot overlap another. */
async function freshUnit(ctx: SeedContext, object: '1001' | '1002' | '2001' = '2001') {
  return factories.unit(ctx, {
    object: await demo.object(ctx.payload, object),
    holdingType: await demo.holdingType(ctx.payload, 1),
    status: await demo.status(ctx.payload, 10),
  })
}

describe('tenancies: access per persona (SPEC F-06: 900120 read, 900121 create, 900122 edit, 900123 delete)', () => {
  describeAccess(
    {
      collection: 'tenancies',
      createData: async (ctx) => ({
        unit: (await freshUnit(ctx)).id,
        kind: 'tenant',
        holders: [await demo.person(ctx.payload, portalPersonas.tenant)],
        moveIn: '2024-03-01',
      }),
      existing: async (ctx) =>
        factories.tenancy(ctx, { unit: (await freshUnit(ctx)).id, kind: 'vacancy', moveIn: storedDate('2024-01-01') }),
      change: () => ({ reference: `MV-${nextNumber()}`, vacancyComment: 'Besichtigung' }),
    },
    { admin: 'RCUD', clerk: 'RCUD', accounting: 'R', auditor: 'R', anonymous: '' },
  )
})

describe('the active window of tenancies (lib/active-where.ts) selects what isActiveOn says', () => {
  let payload: Payload
  let all: Array<{ id: number; moveIn?: string | null; moveOut?: string | null }>
  const year = Number(todayIn(defaultTimeZone).slice(0, 4))
  // The demo's edges: the former tenant moved out on 30 June last year, a vacancy ran through July.
  const days = [
    todayIn(defaultTimeZone),
    `${year - 1}-06-30`,
    `${year - 1}-07-01`,
    `${year - 1}-07-31`,
    `${year - 1}-08-01`,
    '2019-04-01',
    '2019-03-31',
    '2014-12-31',
    '2099-01-01',
  ]

  beforeAll(async () => {
    payload = await testPayload()
    all = (await payload.find({ collection: 'tenancies', pagination: false, depth: 0 })).docs
  })

  it.each(days)('on %s, through the Local API as a clerk', async (day) => {
    const clerk = await staffUser(payload, 'clerk')
    const expected = all.filter((tenancy) => isActiveOn(tenancy.moveIn, tenancy.moveOut, day)).map((t) => t.id)
    const active = await payload.find({
      collection: 'tenancies',
      where: activeOnWhere('moveIn', 'moveOut', day),
      pagination: false,
      depth: 0,
      ...as({ user: clerk }),
    })
    expect(active.docs.map((t) => t.id).sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b))
    const inactive = await payload.count({
      collection: 'tenancies',
      where: inactiveOnWhere('moveIn', 'moveOut', day),
      ...as({ user: clerk }),
    })
    expect(inactive.totalDocs).toBe(all.length - expected.length)
  })

  it.each(days)('on %s, through REST with the query the admin’s "active today" button sends', async (day) => {
    const expected = all.filter((tenancy) => isActiveOn(tenancy.moveIn, tenancy.moveOut, day)).length
    const response = await rest('GET', `/tenancies?${whereQuery(activeOnWhere('moveIn', 'moveOut', day))}&limit=1`, {
      token: await staffToken('auditor'),
    })
    expect(response.status).toBe(200)
    expect(response.body.totalDocs).toBe(expected)
  })

  it('counts the move-out day and not the day after (the former tenant of 1001/003)', async () => {
    const former = await payload.find({
      collection: 'tenancies',
      where: { reference: { equals: 'MV-1001/003-a' } },
      depth: 0,
    })
    const id = former.docs[0].id
    const activeOn = async (day: string) =>
      (
        await payload.count({
          collection: 'tenancies',
          where: { and: [{ id: { equals: id } }, activeOnWhere('moveIn', 'moveOut', day)] },
        })
      ).totalDocs
    expect(await activeOn(`${year - 1}-06-30`)).toBe(1)
    expect(await activeOn(`${year - 1}-07-01`)).toBe(0)
    expect(await activeOn('2016-03-01')).toBe(1)
    expect(await activeOn(addDays('2016-03-01', -1))).toBe(0)
  })
})

describe('the move-in default (SPEC F-06)', () => {
  it('a tenancy without move-in starts on the object’s take-over date', async () => {
    const payload = await testPayload()
    const ctx = await seedContext(payload)
    const unit = await freshUnit(ctx, '1002')
    const response = await rest('POST', '/tenancies', {
      token: await staffToken('clerk'),
      body: { unit: unit.id, kind: 'vacancy' },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    // Object 1002 was taken over on 1 July 2018.
    expect(response.body.doc.moveIn).toBe(storedDate('2018-07-01'))
  })

  it('a given move-in stays, as the calendar day that was written', async () => {
    const payload = await testPayload()
    const unit = await freshUnit(await seedContext(payload), '1002')
    const response = await rest('POST', '/tenancies', {
      token: await staffToken('clerk'),
      body: { unit: unit.id, kind: 'vacancy', moveIn: '2025-03-01T00:30:00+01:00' },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.body.doc.moveIn).toBe(storedDate('2025-03-01'))
  })
})
