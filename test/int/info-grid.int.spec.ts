import { createLocalReq, type Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'

import { infoGridRows, type InfoGridKey, type InfoGridPlace } from '@/admin/info-grid/entries'
import { P } from '@/constants/permissions'
import { idOf } from '@/fields/relationship'
import { Settings, infoGridEntryKeys } from '@/globals/settings'
import { nextNumber } from '@/seed/factories'

import { describeAccess } from '../helpers/access-matrix'
import { demo } from '../helpers/demo'
import { expectFieldError } from '../helpers/errors'
import { testPayload } from '../helpers/payload'
import { actorWithPermissions, staffToken, staffUser } from '../helpers/personas'
import { rest, whereQuery } from '../helpers/rest'

type Entry = { id?: string; key: InfoGridKey; label: string; active: boolean }

let payload: Payload
let original: Entry[]
beforeAll(async () => {
  payload = await testPayload()
  original = (await payload.findGlobal({ slug: 'settings' })).personAssignmentEntries as Entry[]
})

const entries = async () => (await payload.findGlobal({ slug: 'settings' })).personAssignmentEntries as Entry[]
const changed = (rows: Entry[], key: InfoGridKey, change: Partial<Entry>) =>
  rows.map((row) => (row.key === key ? { ...row, ...change } : row))

/** The grid as the admin renders it for a staff persona (a fresh request: settings are read once per request). */
async function grid(place: InfoGridPlace, persona: 'admin' | 'auditor' = 'admin') {
  const req = await createLocalReq({ user: await staffUser(payload, persona) }, payload)
  return infoGridRows(req, place)
}

describe('keys: access per persona, the tenancies’ codes (900120 read, 900122 record and change)', () => {
  describeAccess(
    {
      collection: 'keys',
      createData: async ({ payload }) => ({
        unit: await demo.unit(payload, '1001/004'),
        kind: `Kellerabteil ${nextNumber()}`,
        count: 1,
      }),
      existing: async ({ payload, req }) =>
        payload.create({
          collection: 'keys',
          data: { unit: await demo.unit(payload, '1001/004'), kind: `Wohnungstür ${nextNumber()}`, count: 2 },
          req,
        }),
      change: () => ({ number: `S-${nextNumber()}`, remark: 'zurückgegeben' }),
    },
    { admin: 'RCUD', clerk: 'RCUD', accounting: 'R', auditor: 'R', anonymous: '' },
  )
})

describe('a key handed over under a tenancy belongs to the tenancy’s unit', () => {
  it('refuses a tenancy of another unit', async () => {
    const response = await rest('POST', '/keys', {
      token: await staffToken('clerk'),
      body: { unit: await demo.unit(payload, '1001/004'), tenancy: await demo.tenantTenancy(payload), kind: 'Haustor' },
    })
    expectFieldError(response, 'tenancy', 'keyOtherUnit')
  })
})

describe('the info grid’s keys entry (manual "Infogrid": click 1 lists, click 2 adds)', () => {
  it('counts the keys of the unit and links to the list filtered to the unit', async () => {
    const unit = await demo.unit(payload, '1001/001')
    const keys = (await grid({ kind: 'unit', id: unit })).find((row) => row.key === 'keys')!
    // The demo hands over two kinds of key under the tenant's tenancy of 1001/001.
    expect(keys.count).toBe(2)
    expect(keys.href).toBe(`/admin/collections/keys?where[unit][equals]=${unit}`)
    expect(keys).toMatchObject({ collection: 'keys', initialData: { unit } })

    const token = await staffToken('clerk')
    const created = await rest('POST', '/keys', { token, body: { unit, kind: 'Briefkasten', count: 1 } })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    await rest('POST', '/keys', {
      token,
      body: { unit: await demo.unit(payload, '1001/004'), kind: 'Briefkasten', count: 1 },
    })

    const after = (await grid({ kind: 'unit', id: unit })).find((row) => row.key === 'keys')!
    expect(after.count).toBe(3)
    const list = await rest('GET', `/keys?${whereQuery({ unit: { equals: unit } })}`, { token })
    expect(list.body.totalDocs).toBe(3)
    expect(list.body.docs.every((key: { unit: unknown }) => idOf(key.unit) === unit)).toBe(true)
  })

  it('on a tenancy: its keys, and a new key belongs to the tenancy and its unit', async () => {
    const tenancy = await demo.tenantTenancy(payload)
    const unit = idOf((await payload.findByID({ collection: 'tenancies', id: tenancy, depth: 0 })).unit)
    const keys = (await grid({ kind: 'tenancy', id: tenancy, unit })).find((row) => row.key === 'keys')!
    expect(keys.count).toBe(2)
    expect(keys.href).toBe(`/admin/collections/keys?where[tenancy][equals]=${tenancy}`)
    expect(keys.initialData).toEqual({ tenancy, unit })
  })

  it('shows no number to a role that may not read tenancies', async () => {
    const actor = await actorWithPermissions(payload, [P.unitsRead])
    const req = await createLocalReq({ user: actor.user }, payload)
    const rows = await infoGridRows(req, { kind: 'unit', id: await demo.unit(payload, '1001/001') })
    expect(rows.find((row) => row.key === 'keys')!.count).toBeNull()
  })
})

describe('table 1580 decides which entries the grid shows, under which name (manual "1580 PersonenZuordnungMenu")', () => {
  afterEach(async () => {
    await payload.updateGlobal({ slug: 'settings', data: { personAssignmentEntries: original } })
  })

  it('lists every entry of the grid, in the grid’s order, active, under its display name', async () => {
    expect(original.map((row) => [row.key, row.active])).toEqual(infoGridEntryKeys.map((key) => [key.value, true]))
    const unit = await demo.unit(payload, '1001/001')
    expect((await grid({ kind: 'unit', id: unit })).map((row) => row.label)).toEqual([
      'Bestandsverhältnisse',
      'Funktionen',
      'Anliegen',
      'Notizen',
      'Dokumente',
      'Schlüssel',
    ])
    const tenancy = await demo.tenantTenancy(payload)
    expect((await grid({ kind: 'tenancy', id: tenancy })).map((row) => row.key)).toEqual([
      'functions',
      'postings',
      'requests',
      'notes',
      'documents',
      'keys',
    ])
  })

  it('hides an entry switched off (Aktiv = 0) on the unit and the tenancy', async () => {
    await payload.updateGlobal({
      slug: 'settings',
      data: { personAssignmentEntries: changed(original, 'keys', { active: false }) },
    })
    const unit = await demo.unit(payload, '1001/001')
    expect((await grid({ kind: 'unit', id: unit })).some((row) => row.key === 'keys')).toBe(false)
    const tenancy = await demo.tenantTenancy(payload)
    expect((await grid({ kind: 'tenancy', id: tenancy })).some((row) => row.key === 'keys')).toBe(false)
    expect((await grid({ kind: 'tenancy', id: tenancy })).some((row) => row.key === 'notes')).toBe(true)
  })

  it('shows the display name the table gives', async () => {
    await payload.updateGlobal({
      slug: 'settings',
      data: { personAssignmentEntries: changed(original, 'notes', { label: 'Vermerke' }) },
    })
    const rows = await grid({ kind: 'unit', id: await demo.unit(payload, '1001/001') })
    expect(rows.find((row) => row.key === 'notes')!.label).toBe('Vermerke')
  })

  it('keeps the key of an entry: the API refuses to change it, the settings form shows it read-only', async () => {
    const token = await staffToken('admin')
    const swapped = original.map((row) =>
      row.key === 'keys'
        ? { ...row, key: 'notes' as const }
        : row.key === 'notes'
          ? { ...row, key: 'keys' as const }
          : row,
    )
    const response = await rest('POST', '/globals/settings', { token, body: { personAssignmentEntries: swapped } })
    expectFieldError(
      response,
      `personAssignmentEntries.${original.findIndex((row) => row.key === 'notes')}.key`,
      'keyFixed',
    )
    expect((await entries()).map((row) => row.key)).toEqual(original.map((row) => row.key))

    const twice = [
      ...original.filter((row) => row.key !== 'documents'),
      { key: 'keys' as const, label: 'Nochmal', active: true },
    ]
    expect((await rest('POST', '/globals/settings', { token, body: { personAssignmentEntries: twice } })).status).toBe(
      400,
    )

    const table = Settings.fields
      .flatMap((field) => ('tabs' in field ? field.tabs.flatMap((tab) => tab.fields) : [field]))
      .find((field) => 'name' in field && field.name === 'personAssignmentEntries')
    expect((table as { maxRows?: number }).maxRows).toBe(infoGridEntryKeys.length)
    const row = (table as { fields: Array<{ fields: Array<{ name: string; admin?: { readOnly?: boolean } }> }> })
      .fields[0].fields
    expect(row.find((field) => field.name === 'key')!.admin?.readOnly).toBe(true)
  })

  it('101110 switches entries off; 900161 alone does not (manual, permission 101110)', async () => {
    const unit = await demo.unit(payload, '1001/001')
    const settingsOnly = await actorWithPermissions(payload, [P.settingsEdit])
    await rest('POST', '/globals/settings', {
      token: settingsOnly.token,
      body: { personAssignmentEntries: changed(original, 'keys', { active: false }) },
    })
    expect((await entries()).find((row) => row.key === 'keys')!.active).toBe(true)
    expect((await grid({ kind: 'unit', id: unit })).some((row) => row.key === 'keys')).toBe(true)

    const table1580 = await actorWithPermissions(payload, [P.personAssignmentMenuEdit])
    const response = await rest('POST', '/globals/settings', {
      token: table1580.token,
      body: { personAssignmentEntries: changed(original, 'keys', { active: false }) },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    expect((await grid({ kind: 'unit', id: unit })).some((row) => row.key === 'keys')).toBe(false)

    const nobody = await actorWithPermissions(payload, [P.unitsRead])
    const refused = await rest('POST', '/globals/settings', {
      token: nobody.token,
      body: { personAssignmentEntries: original },
    })
    expect(refused.status).toBe(403)
  })
})
