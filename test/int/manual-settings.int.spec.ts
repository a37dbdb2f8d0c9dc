import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { loadHolderRows } from '@/admin/unit-overview/load'
import { P } from '@/constants/permissions'
import { parseOverviewQuery } from '@/admin/unit-overview/query'
import { idOf } from '@/fields/relationship'
import { activeOnWhere } from '@/lib/active-where'
import { defaultTimeZone, todayIn } from '@/lib/dates'
import { type SeedContext, seedContext } from '@/seed/context'

import { demo } from '../helpers/demo'
import { expectFieldError } from '../helpers/errors'
import { testPayload } from '../helpers/payload'
import { actorWithPermissions, staffToken, staffUser } from '../helpers/personas'
import { rest } from '../helpers/rest'

/** Settings and functions of the manual that must act, not only be stored. */
let payload: Payload
let system: SeedContext
beforeAll(async () => {
  payload = await testPayload()
  system = await seedContext(payload)
})

describe('allocation offices for whole objects, from the object list (manual "Einheiten", SPEC F-09)', () => {
  const unitsOf = async (object: number) =>
    (
      await payload.find({
        collection: 'units',
        where: { object: { equals: object } },
        pagination: false,
        depth: 0,
        sort: 'unitNumber',
      })
    ).docs

  it('"only where empty" fills units without an office and keeps the others; "overwrite" sets all', async () => {
    const token = await staffToken('clerk')
    const object = await demo.object(payload, '1002')
    const [first, ...rest_] = await unitsOf(object)
    const vienna = await demo.office(payload, 'Wohnservice Wien')
    const berlin = await demo.office(payload, 'Wohnungsamt Friedrichshain-Kreuzberg')
    await payload.update({ collection: 'units', id: first.id, data: { allocationOffice: berlin } })
    for (const unit of rest_)
      await payload.update({ collection: 'units', id: unit.id, data: { allocationOffice: null } })

    const onlyEmpty = await rest('POST', '/objects/assign-allocation-office', {
      token,
      body: { objects: [object], allocationOffice: vienna, overwrite: false },
    })
    expect(onlyEmpty.status, JSON.stringify(onlyEmpty.body)).toBe(200)
    expect(onlyEmpty.body).toEqual({ updated: rest_.length })
    const afterFill = await unitsOf(object)
    expect(idOf(afterFill[0].allocationOffice)).toBe(berlin)
    expect(afterFill.slice(1).every((unit) => idOf(unit.allocationOffice) === vienna)).toBe(true)

    const overwrite = await rest('POST', '/objects/assign-allocation-office', {
      token,
      body: { objects: [object], allocationOffice: vienna, overwrite: true },
    })
    expect(overwrite.body).toEqual({ updated: rest_.length + 1 })
    expect((await unitsOf(object)).every((unit) => idOf(unit.allocationOffice) === vienna)).toBe(true)
  }, 120_000)

  it('needs permission to edit units, and names an object that does not exist', async () => {
    const body = { objects: [await demo.object(payload, '1002')], allocationOffice: 1, overwrite: true }
    expect(
      (await rest('POST', '/objects/assign-allocation-office', { token: await staffToken('auditor'), body })).status,
    ).toBe(403)
    const office = await demo.office(payload, 'Wohnservice Wien')
    expectFieldError(
      await rest('POST', '/objects/assign-allocation-office', {
        token: await staffToken('clerk'),
        body: { objects: [999999], allocationOffice: office, overwrite: true },
      }),
      'objects',
      'idsNotFound',
    )
  })
})

describe('the holders tab of the unit overview: "also inactive" like the units tab (manual, SPEC F-03)', () => {
  it('leaves out holders of inactive units unless asked', async () => {
    const tenancy = (
      await payload.find({
        collection: 'tenancies',
        where: {
          and: [
            { 'unit.object': { equals: await demo.object(payload, '1002') } },
            { kind: { equals: 'tenant' } },
            activeOnWhere('moveIn', 'moveOut', todayIn(defaultTimeZone)),
          ],
        },
        limit: 1,
        depth: 0,
      })
    ).docs[0]
    const unit = idOf(tenancy.unit)!
    await payload.update({ collection: 'units', id: unit, data: { status: await demo.status(payload, 110) } })
    const req = await createLocalReq({ user: await staffUser(payload, 'admin') }, payload)
    const object = await demo.object(payload, '1002')
    const rows = (inactive?: '1') =>
      loadHolderRows({ id: object, query: parseOverviewQuery({ tab: 'holders', inactive }), req })
    expect((await rows()).some((row) => row.tenancyId === tenancy.id)).toBe(false)
    expect((await rows('1')).some((row) => row.tenancyId === tenancy.id)).toBe(true)
  })
})

describe('the deposit account (manual "Kaution")', () => {
  it('requires its BIC whenever an IBAN is entered, also when no module checks IBAN/BIC', async () => {
    const before = await payload.findGlobal({ slug: 'settings' })
    await payload.updateGlobal({ slug: 'settings', data: { ibanCheckModules: [] }, req: system.req })
    try {
      const tenancy = await demo.tenantTenancy(payload)
      const response = await rest('PATCH', `/tenancies/${tenancy}`, {
        token: await staffToken('admin'),
        body: { securities: { deposit: { account: { iban: 'AT022050302101023600', bic: null } } } },
      })
      expectFieldError(response, 'securities.deposit.account.bic', 'bicRequired')
    } finally {
      await payload.updateGlobal({ slug: 'settings', data: { ibanCheckModules: before.ibanCheckModules } })
    }
  })
})

describe('permission codes 101110 (table 1580) and 101123 (table 1700) gate those tables', () => {
  const entries = (settings: { personAssignmentEntries?: unknown; unitReportMenuEntries?: unknown }) => ({
    assignment: settings.personAssignmentEntries as Array<{ id: string; key: string; label: string; active: boolean }>,
    reports: settings.unitReportMenuEntries as Array<{ id: string; key: string; label: string; active: boolean }>,
  })
  const relabel = <T extends { label: string }>(rows: T[], label: string) =>
    rows.map((row, index) => (index === 0 ? { ...row, label } : row))

  it('101110 edits the person assignment entries and nothing else of the settings', async () => {
    const actor = await actorWithPermissions(payload, [P.personAssignmentMenuEdit])
    const before = entries(await payload.findGlobal({ slug: 'settings' }))
    const response = await rest('POST', '/globals/settings', {
      token: actor.token,
      body: {
        personAssignmentEntries: relabel(before.assignment, 'Vermerk (geändert)'),
        unitReportMenuEntries: relabel(before.reports, 'Nicht erlaubt'),
        contractDataViewEnabled: false,
      },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    const after = await payload.findGlobal({ slug: 'settings' })
    expect(entries(after).assignment[0].label).toBe('Vermerk (geändert)')
    expect(entries(after).reports[0].label).toBe(before.reports[0].label)
    expect(after.contractDataViewEnabled).not.toBe(false)
  })

  it('101123 edits the unit report menu; 900161 alone edits neither table', async () => {
    const reports = await actorWithPermissions(payload, [P.unitReportMenuEdit])
    const before = entries(await payload.findGlobal({ slug: 'settings' }))
    await rest('POST', '/globals/settings', {
      token: reports.token,
      body: { unitReportMenuEntries: relabel(before.reports, 'Leerstände') },
    })
    expect(entries(await payload.findGlobal({ slug: 'settings' })).reports[0].label).toBe('Leerstände')

    const settingsOnly = await actorWithPermissions(payload, [P.settingsEdit])
    await rest('POST', '/globals/settings', {
      token: settingsOnly.token,
      body: {
        personAssignmentEntries: relabel(before.assignment, 'Nein'),
        unitReportMenuEntries: relabel(before.reports, 'Nein'),
      },
    })
    const after = entries(await payload.findGlobal({ slug: 'settings' }))
    expect(after.assignment[0].label).not.toBe('Nein')
    expect(after.reports[0].label).toBe('Leerstände')
  })

  it('a role without any of the three codes changes no setting', async () => {
    const actor = await actorWithPermissions(payload, [P.unitsRead])
    const response = await rest('POST', '/globals/settings', {
      token: actor.token,
      body: { contractDataViewEnabled: false },
    })
    expect(response.status).toBe(403)
  })
})
