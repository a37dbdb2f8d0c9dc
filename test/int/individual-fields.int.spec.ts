import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { allPermissionCodes, P, type PermissionCode } from '@/constants/permissions'
import type { Unit, User } from '@/payload-types'

import { portalIndividualFields, reportColumns } from '@/collections/individual-field-definitions/read'

import { testPayload } from '../helpers/payload'
import { demoPassword, staffToken, staffUser } from '../helpers/personas'
import { graphql, login, rest } from '../helpers/rest'

let payload: Payload
let unit: Unit
let otherUnit: Unit

/** A staff member whose role holds every permission but the ones named. */
async function administratorWithout(excluded: PermissionCode[], email: string) {
  const role = await payload.create({
    collection: 'roles',
    data: {
      name: `Admin ohne ${excluded.join('+')}`,
      permissions: allPermissionCodes.filter((c) => !excluded.includes(c)).map(String) as never,
    },
  })
  const user = await payload.create({
    collection: 'users',
    data: { email, name: email, password: demoPassword, roles: [role.id] },
  })
  const token = await login('users', email, demoPassword)
  const local = {
    ...(await payload.findByID({ collection: 'users', id: user.id, depth: 1 })),
    collection: 'users' as const,
  }
  return { token, user: local as User & { collection: 'users' } }
}

const choiceField = (key: string) => ({
  module: 'units',
  key,
  type: 'choice',
  label: { de: 'Heizungsart', en: 'Heating kind' },
  options: [
    { value: 'gas', label: { de: 'Gas', en: 'Gas' } },
    { value: 'district', label: { de: 'Fernwärme', en: 'District heating' } },
  ],
  inExports: true,
})

beforeAll(async () => {
  payload = await testPayload()
  const units = await payload.find({
    collection: 'units',
    where: { unitNumber: { in: ['1001/001', '1001/002'] } },
    sort: 'unitNumber',
    depth: 0,
  })
  ;[unit, otherUnit] = units.docs
})

describe('demo data', () => {
  it('seeds unit definitions and values that a new user sees', async () => {
    const definitions = await payload.find({
      collection: 'individual-field-definitions',
      where: { module: { equals: 'units' } },
      limit: 0,
    })
    expect(definitions.docs.map((d) => d.key)).toEqual(
      expect.arrayContaining(['radon_measured_on', 'key_safe_code', 'subsidy_file_number', 'window_type']),
    )
    expect(unit.individualFields).toMatchObject({
      radon_measured_on: '2024-11-15',
      subsidy_file_number: 'WBF-W-1996/101',
    })
  })
})

describe('administrator (150040, 150042)', () => {
  let token: string
  beforeAll(async () => {
    token = await staffToken('admin')
  })

  it('defines a choice field for units over REST, and a clerk can then fill it', async () => {
    const created = await rest('POST', '/individual-field-definitions', { token, body: choiceField('heating_kind') })
    expect(created.status).toBe(201)
    const clerk = await staffToken('clerk')
    const filled = await rest('PATCH', `/units/${unit.id}`, {
      token: clerk,
      body: { individualFields: { heating_kind: 'gas' } },
    })
    expect(filled.status).toBe(200)
    expect(filled.body.doc.individualFields).toMatchObject({ heating_kind: 'gas', radon_measured_on: '2024-11-15' })
  })

  it('refuses a key with spaces, naming the key', async () => {
    const response = await rest('POST', '/individual-field-definitions', {
      token,
      body: { module: 'units', key: 'key safe', type: 'text', label: { de: 'X' } },
    })
    expect(response.status).toBe(400)
    expect(response.body.errors[0].data.errors[0].path).toBe('key')
  })

  it('refuses a key that is a built-in field name of the module', async () => {
    for (const key of ['unit_number', 'netarea', 'heating']) {
      const response = await rest('POST', '/individual-field-definitions', {
        token,
        body: { module: 'units', key, type: 'text', label: { de: 'X' } },
      })
      expect(response.status, key).toBe(400)
      expect(response.body.errors[0].data.errors[0]).toMatchObject({ path: 'key' })
    }
    // The same key is fine for a module without such a field.
    const tenancies = await rest('POST', '/individual-field-definitions', {
      token,
      body: { module: 'tenancies', key: 'net_area', type: 'number', decimals: 2, label: { de: 'Fläche' } },
    })
    expect(tenancies.status).toBe(201)
  })

  it('refuses a choice field without options and a default that does not fit', async () => {
    const noOptions = await rest('POST', '/individual-field-definitions', {
      token,
      body: { module: 'units', key: 'no_options', type: 'choice', label: { de: 'X' } },
    })
    expect(noOptions.status).toBe(400)
    expect(noOptions.body.errors[0].data.errors[0].path).toBe('options')
    const badDefault = await rest('POST', '/individual-field-definitions', {
      token,
      body: { module: 'units', key: 'bad_default', type: 'number', label: { de: 'X' }, defaultValue: 'viele' },
    })
    expect(badDefault.status).toBe(400)
    expect(badDefault.body.errors[0].data.errors[0].path).toBe('defaultValue')
  })

  it('renames a label freely but refuses a change that would orphan values, with the count', async () => {
    const definition = (
      await payload.find({ collection: 'individual-field-definitions', where: { key: { equals: 'window_type' } } })
    ).docs[0]
    const renamed = await rest('PATCH', `/individual-field-definitions/${definition.id}`, {
      token,
      body: { label: { de: 'Fenster', en: 'Windows' } },
    })
    expect(renamed.status).toBe(200)

    const used = await payload.count({
      collection: 'units',
      where: { 'individualFields.window_type': { equals: 'wood' } },
    })
    expect(used.totalDocs).toBeGreaterThan(0)
    const withoutWood = await rest('PATCH', `/individual-field-definitions/${definition.id}`, {
      token,
      language: 'en',
      body: { options: definition.options!.filter((o) => o.value !== 'wood') },
    })
    expect(withoutWood.status).toBe(400)
    expect(withoutWood.body.errors[0].data.errors[0].message).toContain(`${used.totalDocs} records`)

    const toNumber = await rest('PATCH', `/individual-field-definitions/${definition.id}`, {
      token,
      body: { type: 'number' },
    })
    expect(toNumber.status).toBe(400)
    const stored = await payload.findByID({ collection: 'individual-field-definitions', id: definition.id })
    expect(stored.type).toBe('choice')
    expect(stored.options).toHaveLength(3)
  })

  it('refuses to change the key or the module of a definition', async () => {
    const definition = (
      await payload.find({ collection: 'individual-field-definitions', where: { key: { equals: 'radon_level' } } })
    ).docs[0]
    const key = await rest('PATCH', `/individual-field-definitions/${definition.id}`, { token, body: { key: 'radon' } })
    expect(key.status).toBe(400)
    const module = await rest('PATCH', `/individual-field-definitions/${definition.id}`, {
      token,
      body: { module: 'objects' },
    })
    expect(module.status).toBe(400)
  })

  it('archives instead of deleting a field with values; the values stay readable and fixed', async () => {
    const definition = (
      await payload.find({
        collection: 'individual-field-definitions',
        where: { key: { equals: 'subsidy_file_number' } },
      })
    ).docs[0]
    const deleted = await rest('DELETE', `/individual-field-definitions/${definition.id}`, { token, language: 'en' })
    expect(deleted.status).toBe(400)
    expect(deleted.body.errors[0].data.errors[0].message).toMatch(/\d+ records have a value/)

    const archived = await rest('PATCH', `/individual-field-definitions/${definition.id}`, {
      token,
      body: { archived: true },
    })
    expect(archived.status).toBe(200)
    const read = await rest('GET', `/units/${otherUnit.id}?depth=0`, { token })
    expect(read.body.individualFields.subsidy_file_number).toBe('WBF-W-1996/102')

    // A form sends the archived value back unchanged: fine. Changing it is refused.
    const same = await rest('PATCH', `/units/${otherUnit.id}`, {
      token,
      body: { individualFields: read.body.individualFields },
    })
    expect(same.status).toBe(200)
    const changed = await rest('PATCH', `/units/${otherUnit.id}`, {
      token,
      body: { individualFields: { subsidy_file_number: 'neu' } },
    })
    expect(changed.status).toBe(400)
    expect(changed.body.errors[0].data.errors[0].path).toBe('individualFields.subsidy_file_number')

    // Without values a definition can be deleted.
    const unused = await rest('POST', '/individual-field-definitions', {
      token,
      body: { module: 'units', key: 'unused_field', type: 'text', label: { de: 'Unbenutzt' } },
    })
    const removed = await rest('DELETE', `/individual-field-definitions/${unused.body.doc.id}`, { token })
    expect(removed.status).toBe(200)
  })
})

describe('administrator without 150040', () => {
  let token: string
  let user: User & { collection: 'users' }
  beforeAll(async () => {
    ;({ token, user } = await administratorWithout([P.unitFieldsManage], 'admin-ohne-150040@demo.hauswerk.test'))
  })

  it('cannot define unit fields over REST or the Local API, but tenancy fields', async () => {
    const units = await rest('POST', '/individual-field-definitions', { token, body: choiceField('not_allowed') })
    expect(units.status).toBe(403)
    await expect(
      payload.create({
        collection: 'individual-field-definitions',
        data: choiceField('not_allowed') as never,
        user,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
    const tenancies = await rest('POST', '/individual-field-definitions', {
      token,
      body: { module: 'tenancies', key: 'deposit_note', type: 'text', label: { de: 'Kautionsnotiz' } },
    })
    expect(tenancies.status).toBe(201)
    expect(
      await payload.count({ collection: 'individual-field-definitions', where: { key: { equals: 'not_allowed' } } }),
    ).toEqual({ totalDocs: 0 })
  })

  it('cannot change or delete unit definitions', async () => {
    const definition = (
      await payload.find({ collection: 'individual-field-definitions', where: { key: { equals: 'radon_level' } } })
    ).docs[0]
    const changed = await rest('PATCH', `/individual-field-definitions/${definition.id}`, {
      token,
      body: { label: { de: 'X' } },
    })
    expect(changed.status).toBeGreaterThanOrEqual(403)
    const deleted = await rest('DELETE', `/individual-field-definitions/${definition.id}`, { token })
    expect(deleted.status).toBeGreaterThanOrEqual(403)
    const stored = await payload.findByID({ collection: 'individual-field-definitions', id: definition.id })
    expect(stored.label.de).toBe('Radonkonzentration')
  })

  it('still fills unit values: that needs the unit edit permission only', async () => {
    const response = await rest('PATCH', `/units/${unit.id}`, {
      token,
      body: { individualFields: { radon_level: 120 } },
    })
    expect(response.status).toBe(200)
  })
})

describe('administrator without 150042', () => {
  it('cannot define tenancy fields, but unit fields', async () => {
    const { token } = await administratorWithout([P.tenancyFieldsManage], 'admin-ohne-150042@demo.hauswerk.test')
    const tenancies = await rest('POST', '/individual-field-definitions', {
      token,
      body: { module: 'tenancies', key: 'not_allowed_either', type: 'text', label: { de: 'X' } },
    })
    expect(tenancies.status).toBe(403)
    const units = await rest('POST', '/individual-field-definitions', {
      token,
      body: { module: 'units', key: 'cellar_number', type: 'text', label: { de: 'Kellernummer' } },
    })
    expect(units.status).toBe(201)
  })
})

describe('clerk', () => {
  let token: string
  let user: User & { collection: 'users' }
  beforeAll(async () => {
    token = await staffToken('clerk')
    user = await staffUser(payload, 'clerk')
  })

  it('reads definitions but cannot define fields', async () => {
    expect((await rest('GET', '/individual-field-definitions?limit=1', { token })).status).toBe(200)
    expect(
      (await rest('POST', '/individual-field-definitions', { token, body: choiceField('clerk_field') })).status,
    ).toBe(403)
  })

  it('gets a 400 naming the field for each bad value, and nothing of the request is written', async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ radon_level: 'hoch' }, 'individualFields.radon_level'],
      [{ radon_level: 12.5 }, 'individualFields.radon_level'],
      [{ radon_measured_on: '31.02.2025' }, 'individualFields.radon_measured_on'],
      [{ window_type: 'glass' }, 'individualFields.window_type'],
      [{ no_such_field: 'x' }, 'individualFields.no_such_field'],
      [{ key_safe_code: 'a\nb' }, 'individualFields.key_safe_code'],
    ]
    for (const [values, path] of cases) {
      const response = await rest('PATCH', `/units/${otherUnit.id}`, {
        token,
        body: { floor: 'geändert', individualFields: values },
      })
      expect(response.status, JSON.stringify(values)).toBe(400)
      expect(response.body.errors[0].data.errors.map((e: { path: string }) => e.path)).toContain(path)
    }
    const stored = await payload.findByID({ collection: 'units', id: otherUnit.id, depth: 0 })
    expect(stored.floor).toBe(otherUnit.floor)
    expect(stored.individualFields).toEqual(otherUnit.individualFields)
  })

  it('gets a 400 for a missing required value, and the default on create', async () => {
    const admin = await staffToken('admin')
    const required = await rest('POST', '/individual-field-definitions', {
      token: admin,
      body: {
        module: 'units',
        key: 'smoke_detectors',
        type: 'number',
        required: true,
        defaultValue: '2',
        label: { de: 'Rauchmelder' },
      },
    })
    expect(required.status).toBe(201)
    const missing = await rest('PATCH', `/units/${otherUnit.id}`, {
      token,
      body: { individualFields: { window_type: 'wood' } },
    })
    expect(missing.status).toBe(400)
    expect(missing.body.errors[0].data.errors[0].path).toBe('individualFields.smoke_detectors')
    const created = await payload.create({
      collection: 'units',
      user,
      overrideAccess: false,
      data: {
        object: unit.object,
        unitNumber: '1001/NEU',
        holdingType: unit.holdingType,
        status: unit.status,
        tenure: 'rental',
      },
    })
    expect(created.individualFields).toMatchObject({ smoke_detectors: 2 })
    // An update that does not send individual fields is not held up by the new required field.
    const other = await rest('PATCH', `/units/${otherUnit.id}`, { token, body: { floor: '3' } })
    expect(other.status, JSON.stringify(other.body)).toBe(200)
    await payload.update({
      collection: 'individual-field-definitions',
      where: { key: { equals: 'smoke_detectors' } },
      data: { required: false },
    })
  })

  it('writes values through GraphQL and the Local API with the same rules', async () => {
    const ok = await graphql(
      `mutation { updateUnit(id: ${otherUnit.id}, data: { individualFields: { window_type: "plastic" } }) { individualFields } }`,
      { token },
    )
    expect(ok.body.errors).toBeUndefined()
    expect(ok.body.data?.updateUnit.individualFields.window_type).toBe('plastic')
    const bad = await graphql(
      `mutation { updateUnit(id: ${otherUnit.id}, data: { individualFields: { window_type: "glass" } }) { id } }`,
      { token },
    )
    expect(bad.body.errors?.[0].message).toBeTruthy()
    await expect(
      payload.update({
        collection: 'units',
        id: otherUnit.id,
        user,
        overrideAccess: false,
        data: { individualFields: { radon_level: 'x' } } as never,
      }),
    ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'individualFields.radon_level' })] } })
  })

  it('clears a value with null and keeps the others (the object is a patch)', async () => {
    const response = await rest('PATCH', `/units/${unit.id}`, {
      token,
      body: { individualFields: { radon_level: null } },
    })
    expect(response.status).toBe(200)
    expect(response.body.doc.individualFields.radon_level).toBeUndefined()
    expect(response.body.doc.individualFields.radon_measured_on).toBe('2024-11-15')
  })
})

describe('portal and report helpers', () => {
  it('give the portal-visible fields of a record for a user, and the export columns', async () => {
    const clerk = await staffUser(payload, 'clerk')
    const req = await createLocalReq({ user: clerk }, payload)
    const shown = await portalIndividualFields(req, 'units', unit.id)
    expect(shown.map((field) => field.key)).toEqual(['window_type'])
    expect(shown[0].text).toBe('Kunststoff')
    const columns = await reportColumns(req, 'units')
    expect(columns.map((column) => column.key)).not.toContain('key_safe_code')
    expect(columns.find((column) => column.key === 'radon_measured_on')?.text(unit.individualFields as never)).toBe(
      '15.11.2024',
    )
  })

  it('refuse a reader without access to the record', async () => {
    const req = await createLocalReq({}, payload)
    await expect(portalIndividualFields(req, 'units', unit.id)).rejects.toThrow()
  })
})

describe('auditor (read only)', () => {
  it('reads values but cannot change them', async () => {
    const token = await staffToken('auditor')
    const read = await rest('GET', `/units/${unit.id}?depth=0`, { token })
    expect(read.body.individualFields.radon_measured_on).toBe('2024-11-15')
    const write = await rest('PATCH', `/units/${unit.id}`, { token, body: { individualFields: { radon_level: 99 } } })
    expect(write.status).toBe(403)
  })
})

describe('anonymous', () => {
  it('sees neither definitions nor values and changes nothing', async () => {
    expect((await rest('GET', '/individual-field-definitions')).status).toBe(403)
    expect((await rest('GET', '/units?where[individualFields.window_type][equals]=wood')).status).toBe(403)
    expect((await rest('POST', '/individual-field-definitions', { body: choiceField('anonymous_field') })).status).toBe(
      403,
    )
    expect((await rest('PATCH', `/units/${unit.id}`, { body: { individualFields: { radon_level: 1 } } })).status).toBe(
      403,
    )
  })
})
