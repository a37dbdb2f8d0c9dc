import type { CollectionSlug, FlattenedField, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'
import { portalToken, staffToken } from '../helpers/personas'
import { request, type RestResponse, rest } from '../helpers/rest'

/**
 * Requests that are wrong in shape rather than in a field's value answer a 4xx with a message,
 * never 500 "Something went wrong." (issue 12, SPEC rule 6).
 */
let payload: Payload
let portal: string
let clerk: string
beforeAll(async () => {
  payload = await testPayload()
  portal = await portalToken('tenant')
  clerk = await staffToken('clerk')
})

function expectClientError(response: RestResponse, status = 400) {
  expect(response.status, JSON.stringify(response.body)).toBe(status)
  const message: string = response.body?.errors?.[0]?.message ?? ''
  expect(message).not.toBe('')
  expect(message).not.toMatch(/something went wrong/i)
}

const hopTarget = (field: FlattenedField): CollectionSlug | undefined =>
  field.type === 'join'
    ? (field.collection as CollectionSlug)
    : (field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string'
      ? (field.relationTo as CollectionSlug)
      : undefined

/** Every path hop → hop → a text field of the third collection, from the master data the portal reads. */
function twoHopPaths(slug: CollectionSlug): string[] {
  const fieldsOf = (collection: CollectionSlug) => payload.collections[collection].config.flattenedFields
  return fieldsOf(slug).flatMap((first) => {
    const middle = hopTarget(first)
    if (!middle) return []
    return fieldsOf(middle).flatMap((second) => {
      const last = hopTarget(second)
      const text = last && fieldsOf(last).find((field) => field.type === 'text' && field.name !== 'id')
      return text ? [`${first.name}.${second.name}.${text.name}`] : []
    })
  })
}

describe('filters through two relationship hops', () => {
  it.each(['units', 'tenancies', 'objects', 'persons'] as const)(
    'on %s answer portal users and staff without a 500',
    async (slug) => {
      const paths = twoHopPaths(slug)
      expect(paths.length).toBeGreaterThan(0)
      for (const path of paths) {
        for (const token of [portal, clerk]) {
          const response = await rest('GET', `/${slug}?depth=0&limit=1&where[${path}][equals]=Lang`, { token })
          expect(response.status, `${path}: ${JSON.stringify(response.body)}`).toBeLessThan(500)
        }
      }
    },
  )

  it('refuses the path by name to a portal user; staff get their answer', async () => {
    const path = 'tenancies.holders.lastName'
    const refused = await rest('GET', `/units?where[${path}][equals]=Lang`, { token: portal })
    expectClientError(refused)
    expect(refused.body.errors[0].message).toContain(path)
    expect((await rest('GET', `/units?depth=0&where[${path}][equals]=Lang`, { token: clerk })).status).toBe(200)
  })
})

describe('a where of the wrong shape', () => {
  it.each([
    'where[or]=x',
    'where[OR]=x',
    'where[and][0]=x',
    'where[tenancies][contains][holders][equals]=8',
    'where[unitNumber]=x',
  ])('%s is a 400 naming the path', async (query) => {
    for (const token of [clerk, portal]) expectClientError(await rest('GET', `/units?${query}`, { token }))
  })

  it('also in a join’s where', async () => {
    expectClientError(await rest('GET', '/units?joins[tenancies][where][or]=x', { token: clerk }))
  })
})

describe('a body that is not a JSON object', () => {
  it('JSON text sent as text/plain is a 400 and creates nothing', async () => {
    const before = (await payload.count({ collection: 'notes' })).totalDocs
    const response = await request('POST', '/notes', {
      token: clerk,
      body: new Blob([JSON.stringify({ subject: 'Schlüssel' })]).stream(),
      headers: { 'Content-Type': 'text/plain' },
    })
    expectClientError({ status: response.status, body: await response.json() })
    expect((await payload.count({ collection: 'notes' })).totalDocs).toBe(before)
  })

  it('a JSON string instead of an object is a 400', async () => {
    expectClientError(await rest('POST', '/notes', { token: clerk, body: JSON.stringify({ subject: 'x' }) }))
  })
})

describe('other routes', () => {
  it('an upload whose file name holds a NUL byte is a 400', async () => {
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array([0x25, 0x50, 0x44, 0x46])], { type: 'application/pdf' }),
      'a\u0000b.pdf',
    )
    form.append('_payload', JSON.stringify({ title: 'NUL', category: 'letter' }))
    const response = await request('POST', '/documents', { token: clerk, form })
    expectClientError({ status: response.status, body: await response.json() })
  })

  it('e-mail verification of portal users (there is none) is a 400', async () => {
    expectClientError(await rest('POST', '/portal-users/verify/abc'))
  })

  it.each(['/globals/settings/versions', '/persons/versions', '/units/versions/1'])(
    '%s (nothing keeps versions) is a 403 for portal users and staff',
    async (path) => {
      for (const token of [portal, clerk]) expectClientError(await rest('GET', path, { token }), 403)
    },
  )
})
