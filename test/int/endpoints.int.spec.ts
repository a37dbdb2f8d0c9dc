import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { idOf } from '@/fields/relationship'
import { defaultTimeZone, storedDate, todayIn } from '@/lib/dates'
import { type SeedContext, seedContext } from '@/seed/context'
import { factories } from '@/seed/factories'
import { portalPersonas } from '@/seed/personas'

import { demo } from '../helpers/demo'
import { expectFieldError } from '../helpers/errors'
import { testPayload } from '../helpers/payload'
import { staffToken } from '../helpers/personas'
import { rest } from '../helpers/rest'

let payload: Payload
let system: SeedContext
beforeAll(async () => {
  payload = await testPayload()
  system = await seedContext(payload)
})

describe('POST /api/units/assign-allocation-office (SPEC F-03, needs 195101)', () => {
  let units: number[]
  let berlin: number
  const officeOf = async (id: number) =>
    idOf((await payload.findByID({ collection: 'units', id, depth: 0 })).allocationOffice)
  const officesOf = (ids: number[]) => Promise.all(ids.map(officeOf))

  beforeAll(async () => {
    units = [
      await demo.unit(payload, '1002/001'),
      await demo.unit(payload, '1002/002'),
      await demo.unit(payload, '1001/010'),
    ]
    berlin = await demo.office(payload, 'Wohnungsamt Friedrichshain-Kreuzberg')
  })

  it.each(['accounting', 'auditor', 'anonymous'] as const)(
    'refuses %s with 403 and changes nothing',
    async (persona) => {
      const token = persona === 'anonymous' ? undefined : await staffToken(persona)
      const before = await officesOf(units)
      const response = await rest('POST', '/units/assign-allocation-office', {
        token,
        body: { units, allocationOffice: berlin },
      })
      expect(response.status).toBe(403)
      expect(await officesOf(units)).toEqual(before)
    },
  )

  it('assigns one office to many units at once, imported ones included, and removes it again', async () => {
    const token = await staffToken('clerk')
    const assigned = await rest('POST', '/units/assign-allocation-office', {
      token,
      body: { units, allocationOffice: berlin },
    })
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200)
    expect(assigned.body).toEqual({ updated: 3 })
    expect(await officesOf(units)).toEqual([berlin, berlin, berlin])

    const removed = await rest('POST', '/units/assign-allocation-office', {
      token,
      body: { units, allocationOffice: null },
    })
    expect(removed.body).toEqual({ updated: 3 })
    expect(await officesOf(units)).toEqual([null, null, null])
  })

  it.each([
    [{}, 'units'],
    [{ units: [], allocationOffice: 1 }, 'units'],
    [{ units: ['1002/001'], allocationOffice: 1 }, 'units.0'],
    [{ units: [1.5], allocationOffice: 1 }, 'units.0'],
    [{ units: [1] }, 'allocationOffice'],
    [{ units: [1], allocationOffice: 'Wien' }, 'allocationOffice'],
  ])('validates its body: %j is a 400 naming %s', async (body, field) => {
    const response = await rest('POST', '/units/assign-allocation-office', { token: await staffToken('clerk'), body })
    expectFieldError(response, field)
  })

  it('refuses a body that is not JSON', async () => {
    const response = await rest('POST', '/units/assign-allocation-office', {
      token: await staffToken('clerk'),
      headers: { 'Content-Type': 'application/json' },
    })
    expectFieldError(response, 'body')
  })

  it('with one unit id that does not exist, refuses and changes none of the others', async () => {
    const before = await officesOf(units)
    const response = await rest('POST', '/units/assign-allocation-office', {
      token: await staffToken('clerk'),
      body: { units: [...units, 999999], allocationOffice: berlin },
    })
    expectFieldError(response, 'units')
    expect(JSON.stringify(response.body)).toContain('999999')
    expect(await officesOf(units)).toEqual(before)
  })

  it('with one unit that fails validation, rolls back the units already changed', async () => {
    // A unit whose stored data breaks a rule (written past validation, as an old import might):
    // saving it again fails, and the whole assignment must roll back.
    const broken = await factories.unit(system, {
      object: await demo.object(payload, '1002'),
      holdingType: await demo.holdingType(payload, 3),
      status: await demo.status(payload, 20),
    })
    await payload.db.updateOne({
      collection: 'units',
      id: broken.id,
      data: { holdingSubType: await demo.subType(payload, 'Kleinwohnung') },
      req: system.req,
    })
    const before = await officesOf(units)
    const response = await rest('POST', '/units/assign-allocation-office', {
      token: await staffToken('clerk'),
      body: { units: [...units, broken.id], allocationOffice: berlin },
    })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.body)).toContain(String(broken.id))
    expect(await officesOf(units)).toEqual(before)
    expect(await officeOf(broken.id)).toBeNull()
  })

  it('refuses an allocation office that does not exist, changing nothing', async () => {
    const before = await officesOf(units)
    const response = await rest('POST', '/units/assign-allocation-office', {
      token: await staffToken('clerk'),
      body: { units, allocationOffice: 999999 },
    })
    expect(response.status).toBe(400)
    expect(await officesOf(units)).toEqual(before)
  })
})

describe('POST /api/allocation-offices/sync-municipalities (SPEC F-09, needs 50333)', () => {
  const offices = async () => (await payload.count({ collection: 'allocation-offices' })).totalDocs

  it.each(['accounting', 'auditor', 'anonymous'] as const)(
    'refuses %s with 403 and creates nothing',
    async (persona) => {
      const token = persona === 'anonymous' ? undefined : await staffToken(persona)
      const before = await offices()
      expect((await rest('POST', '/allocation-offices/sync-municipalities', { token })).status).toBe(403)
      expect(await offices()).toBe(before)
    },
  )

  it('when one office cannot be created, creates none', async () => {
    // Both names the sync would give Graz are taken: its create fails after others succeeded.
    const blockers = await Promise.all(
      ['Graz', 'Graz (60101)'].map((name) =>
        payload.create({ collection: 'allocation-offices', data: { name }, req: system.req }),
      ),
    )
    const before = await offices()
    const response = await rest('POST', '/allocation-offices/sync-municipalities', { token: await staffToken('admin') })
    expect(response.status).toBe(400)
    expect(await offices()).toBe(before)
    for (const blocker of blockers) await payload.delete({ collection: 'allocation-offices', id: blocker.id })
  })

  it('creates the missing offices and says how many; a second run creates none', async () => {
    // Two municipalities of one name: each gets its office, the second named with its code.
    for (const code of ['99901', '99902'])
      await payload.create({ collection: 'municipalities', data: { code, name: 'Neudorf' }, req: system.req })
    const municipalities = (await payload.count({ collection: 'municipalities' })).totalDocs
    const covered = (
      await payload.count({ collection: 'allocation-offices', where: { municipality: { exists: true } } })
    ).totalDocs
    const before = await offices()
    const token = await staffToken('clerk')

    const first = await rest('POST', '/allocation-offices/sync-municipalities', { token })
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    expect(first.body.created).toBe(municipalities - covered)
    expect(first.body.created).toBeGreaterThan(0)
    expect(await offices()).toBe(before + first.body.created)
    const graz = await payload.find({ collection: 'allocation-offices', where: { name: { equals: 'Graz' } }, depth: 1 })
    expect(graz.docs[0]).toMatchObject({ workflowName: 'Gemeinde Graz', municipality: { code: '60101' } })

    const neudorf = await payload.find({ collection: 'allocation-offices', where: { name: { like: 'Neudorf' } } })
    const names = neudorf.docs.map((office) => office.name)
    expect(names).toHaveLength(2)
    expect(names).toContain('Neudorf')
    expect(names.some((name) => /^Neudorf \(9990[12]\)$/.test(name))).toBe(true)

    const second = await rest('POST', '/allocation-offices/sync-municipalities', { token })
    expect(second.body.created).toBe(0)
    expect(await offices()).toBe(before + first.body.created)
  })
})

describe('POST /api/functions/:id/end (SPEC F-08 "set end date", needs 900132)', () => {
  const openFunction = async (extra: Record<string, unknown> = {}) =>
    factories.function(system, {
      functionType: await demo.functionType(payload, 60),
      person: await demo.person(payload, portalPersonas.provider),
      object: await demo.object(payload, '1002'),
      from: storedDate('2024-01-01'),
      ...extra,
    })
  const untilOf = async (id: number) => (await payload.findByID({ collection: 'functions', id })).until ?? null

  it.each(['accounting', 'auditor', 'anonymous'] as const)(
    'refuses %s with 403 and changes nothing',
    async (persona) => {
      const fn = await openFunction()
      const token = persona === 'anonymous' ? undefined : await staffToken(persona)
      expect((await rest('POST', `/functions/${fn.id}/end`, { token })).status).toBe(403)
      expect(await untilOf(fn.id)).toBeNull()
    },
  )

  it('ends a function today', async () => {
    const fn = await openFunction()
    const response = await rest('POST', `/functions/${fn.id}/end`, { token: await staffToken('clerk') })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect(response.body.doc.until).toBe(storedDate(todayIn(defaultTimeZone)))
    expect(await untilOf(fn.id)).toBe(storedDate(todayIn(defaultTimeZone)))
  })

  it("ends a function on the company's day, not the UTC day (issue 13: one today(req))", async () => {
    // 23:30 UTC on 31 March is already 1 April in Vienna (CEST, settings.timeZone).
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-03-31T23:30:00.000Z'))
    try {
      const fn = await openFunction()
      const response = await rest('POST', `/functions/${fn.id}/end`, { token: await staffToken('clerk') })
      expect(response.status, JSON.stringify(response.body)).toBe(200)
      expect(await untilOf(fn.id)).toBe(storedDate('2026-04-01'))
    } finally {
      vi.useRealTimers()
    }
  })

  it('ends a function on a given day', async () => {
    const fn = await openFunction()
    const response = await rest('POST', `/functions/${fn.id}/end`, {
      token: await staffToken('clerk'),
      body: { until: '2026-12-31' },
    })
    expect(response.status).toBe(200)
    expect(await untilOf(fn.id)).toBe(storedDate('2026-12-31'))
  })

  it('refuses a day that is not YYYY-MM-DD, and one before the start', async () => {
    const fn = await openFunction()
    const token = await staffToken('clerk')
    expectFieldError(await rest('POST', `/functions/${fn.id}/end`, { token, body: { until: '31.12.2026' } }), 'until')
    expectFieldError(
      await rest('POST', `/functions/${fn.id}/end`, { token, body: { until: '2023-12-31' } }),
      'until',
      'endBeforeStart',
    )
    expect(await untilOf(fn.id)).toBeNull()
  })

  it('refuses ending a function imported from accounting (F-11)', async () => {
    const fn = await openFunction({ source: 'accounting', externalKey: 'F-END-1' })
    const response = await rest('POST', `/functions/${fn.id}/end`, { token: await staffToken('admin') })
    expectFieldError(response, 'until', 'ownedByAccounting')
    expect(await untilOf(fn.id)).toBeNull()
  })

  it('answers 404 for a function that does not exist', async () => {
    expect((await rest('POST', '/functions/999999/end', { token: await staffToken('clerk') })).status).toBe(404)
  })
})
