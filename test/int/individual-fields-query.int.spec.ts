import { handleEndpoints, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Unit } from '@/payload-types'

import { testPayload } from '../helpers/payload'
import { staffToken, staffUser } from '../helpers/personas'
import { graphql, rest } from '../helpers/rest'

let payload: Payload
let units: Unit[]

const valueOf = (unit: Unit, key: string) => (unit.individualFields as Record<string, unknown> | null)?.[key]

/** The plugin's download endpoint answers with a CSV file, not JSON. */
async function exportCsv(token: string | undefined, data: Record<string, unknown>) {
  const { default: config } = await import('@payload-config')
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'Accept-Language': 'de' }
  if (token) headers.Authorization = `JWT ${token}`
  const request = new Request('http://localhost:3000/api/exports/download', {
    method: 'POST',
    headers,
    body: JSON.stringify({ data: { collectionSlug: 'units', format: 'csv', ...data } }),
  })
  const response = await handleEndpoints({ config, request })
  return { status: response.status, text: await response.text() }
}

beforeAll(async () => {
  payload = await testPayload()
  units = (await payload.find({ collection: 'units', limit: 0, depth: 0 })).docs
})

describe('clerk filtering and sorting over REST', () => {
  let token: string
  beforeAll(async () => {
    token = await staffToken('clerk')
  })

  const ids = (docs: Array<{ id: number }>) => docs.map((doc) => doc.id).sort((a, b) => a - b)
  const expected = (predicate: (unit: Unit) => boolean) => ids(units.filter(predicate))

  it('filters by a choice with equals and in', async () => {
    const wood = await rest('GET', '/units?where[individualFields.window_type][equals]=wood&limit=0&depth=0', { token })
    expect(wood.status).toBe(200)
    expect(wood.body.totalDocs).toBeGreaterThan(0)
    expect(ids(wood.body.docs)).toEqual(expected((unit) => valueOf(unit, 'window_type') === 'wood'))

    const either = await rest('GET', '/units?where[individualFields.window_type][in]=wood,plastic&limit=0&depth=0', {
      token,
    })
    expect(ids(either.body.docs)).toEqual(
      expected((unit) => ['wood', 'plastic'].includes(valueOf(unit, 'window_type') as string)),
    )

    const notWood = await rest('GET', '/units?where[individualFields.window_type][not_equals]=wood&limit=0&depth=0', {
      token,
    })
    expect(notWood.body.totalDocs).toBe(units.length - wood.body.totalDocs)
  })

  it('compares numbers and dates, and asks whether a value exists', async () => {
    const high = await rest('GET', '/units?where[individualFields.radon_level][greater_than]=200&limit=0&depth=0', {
      token,
    })
    expect(ids(high.body.docs)).toEqual(expected((unit) => Number(valueOf(unit, 'radon_level') ?? 0) > 200))
    expect(high.body.totalDocs).toBeGreaterThan(0)

    const early = await rest(
      'GET',
      '/units?where[individualFields.radon_measured_on][less_than]=2025-01-01&limit=0&depth=0',
      { token },
    )
    expect(ids(early.body.docs)).toEqual(
      expected((unit) => String(valueOf(unit, 'radon_measured_on') ?? '9') < '2025-01-01'),
    )

    const subsidised = await rest(
      'GET',
      '/units?where[individualFields.subsidy_file_number][exists]=true&limit=0&depth=0',
      { token },
    )
    expect(subsidised.body.totalDocs).toBe(8)
    const none = await rest('GET', '/units?where[individualFields.subsidy_file_number][exists]=false&limit=0&depth=0', {
      token,
    })
    expect(none.body.totalDocs).toBe(units.length - 8)
  })

  it('finds text with umlauts and quotes, case-insensitively', async () => {
    const unit = units.find((candidate) => candidate.unitNumber === '1001/003')!
    await payload.update({
      collection: 'units',
      id: unit.id,
      data: { individualFields: { key_safe_code: "Schlüssel bei Frau Müller ('Hof')" } },
    })
    const found = await rest(
      'GET',
      `/units?where[individualFields.key_safe_code][like]=${encodeURIComponent("müller ('hof')")}&depth=0`,
      { token },
    )
    expect(found.status).toBe(200)
    expect(found.body.docs.map((doc: Unit) => doc.id)).toEqual([unit.id])
  })

  it('sorts by an individual field, values first, across pages', async () => {
    const withLevel = units.filter((unit) => valueOf(unit, 'radon_level') !== undefined)
    const ascending = await rest('GET', '/units?sort=individualFields.radon_level&limit=0&depth=0', { token })
    expect(ascending.status).toBe(200)
    const levels = ascending.body.docs.map((doc: Unit) => valueOf(doc, 'radon_level'))
    const numbers = levels.filter((level: unknown) => level !== undefined)
    expect(numbers).toEqual([...numbers].sort((a: number, b: number) => a - b))
    expect(levels.slice(0, withLevel.length).every((level: unknown) => level !== undefined)).toBe(true)

    const pageOne = await rest('GET', '/units?sort=-individualFields.radon_level&limit=5&page=1&depth=0', { token })
    const pageTwo = await rest('GET', '/units?sort=-individualFields.radon_level&limit=5&page=2&depth=0', { token })
    expect(pageOne.body.totalDocs).toBe(units.length)
    expect(pageOne.body.hasNextPage).toBe(true)
    const firstTen = [...pageOne.body.docs, ...pageTwo.body.docs].map((doc: Unit) => valueOf(doc, 'radon_level'))
    expect(firstTen).toEqual([...firstTen].sort((a, b) => Number(b) - Number(a)))
    const descending = [...withLevel].sort(
      (a, b) => Number(valueOf(b, 'radon_level')) - Number(valueOf(a, 'radon_level')),
    )
    expect(firstTen).toEqual(descending.slice(0, 10).map((unit) => valueOf(unit, 'radon_level')))
  })

  it('combines a filter, a sort by an individual field and a relationship path', async () => {
    const response = await rest(
      'GET',
      '/units?where[individualFields.window_type][equals]=plastic&where[object.number][equals]=1001&sort=-individualFields.radon_level,unitNumber&limit=0&depth=0',
      { token },
    )
    expect(response.status).toBe(200)
    const levels = response.body.docs.map((doc: Unit) => Number(valueOf(doc, 'radon_level')))
    expect(levels.length).toBeGreaterThan(0)
    expect(levels).toEqual([...levels].sort((a, b) => b - a))
    expect(response.body.docs.every((doc: Unit) => valueOf(doc, 'window_type') === 'plastic')).toBe(true)
  })

  it('filters tenancies by an individual field of their unit', async () => {
    const response = await rest(
      'GET',
      '/tenancies?where[unit.individualFields.window_type][equals]=wood&limit=0&depth=1',
      { token },
    )
    expect(response.status).toBe(200)
    expect(response.body.totalDocs).toBeGreaterThan(0)
    expect(response.body.docs.every((doc: { unit: Unit }) => valueOf(doc.unit, 'window_type') === 'wood')).toBe(true)
  })

  it('refuses a malformed query with a 400 naming the path', async () => {
    for (const query of [
      'where[individualFields.window_type.deeper][equals]=x',
      'where[individualFields.Bad%20Key][equals]=x',
      'where[individualFields.radon_level][near]=1,2',
    ]) {
      const response = await rest('GET', `/units?${query}&depth=0`, { token })
      expect(response.status, query).toBe(400)
    }
  })
})

describe('clerk over GraphQL and the Local API', () => {
  it('sorts through GraphQL', async () => {
    const token = await staffToken('clerk')
    const response = await graphql(
      `
        {
          Units(sort: "individualFields.radon_level", limit: 3) {
            docs {
              individualFields
            }
          }
        }
      `,
      { token },
    )
    expect(response.body.errors).toBeUndefined()
    const levels = (response.body.data as { Units: { docs: Unit[] } }).Units.docs.map((doc) =>
      Number(valueOf(doc, 'radon_level')),
    )
    expect(levels).toEqual([...levels].sort((a, b) => a - b))
  })

  it('filters through the Local API as the user', async () => {
    const user = await staffUser(payload, 'clerk')
    const result = await payload.find({
      collection: 'units',
      user,
      overrideAccess: false,
      where: { 'individualFields.window_type': { equals: 'wood' } },
      limit: 0,
    })
    expect(result.docs.length).toBe(units.filter((unit) => valueOf(unit, 'window_type') === 'wood').length)
  })
})

describe('administrator exporting the unit list as CSV', () => {
  it('gets one column per individual field marked for exports', async () => {
    const token = await staffToken('admin')
    const csv = await exportCsv(token, { where: { 'individualFields.window_type': { equals: 'wood' } } })
    expect(csv.status).toBe(200)
    const [header, ...rows] = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n')
    const columns = header.split(';')
    expect(columns).toEqual(
      expect.arrayContaining(['unitNumber', 'individualFields_window_type', 'individualFields_radon_level']),
    )
    expect(columns).not.toContain('individualFields')
    // The key-safe code is marked "not in exports".
    expect(columns).not.toContain('individualFields_key_safe_code')
    const windowColumn = columns.indexOf('individualFields_window_type')
    expect(rows.length).toBe(units.filter((unit) => valueOf(unit, 'window_type') === 'wood').length)
    expect(rows.every((row) => row.split(';')[windowColumn] === 'wood')).toBe(true)
  })
})

describe('anonymous', () => {
  it('cannot export', async () => {
    const csv = await exportCsv(undefined, {})
    expect(csv.status).toBe(403)
    expect(csv.text).not.toContain('individualFields_')
  })
})
