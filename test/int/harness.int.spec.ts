import { describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'
import { graphql, rest } from '../helpers/rest'
import { staffToken } from '../helpers/personas'

describe('test harness', () => {
  it('gives each file a seeded database of its own', async () => {
    const payload = await testPayload()
    const objects = await payload.count({ collection: 'objects' })
    expect(objects.totalDocs).toBe(3)
    expect(process.env.DATABASE_URL).toMatch(/hauswerk_test_/)
  })

  it('answers REST and GraphQL through Payload’s handlers', async () => {
    const token = await staffToken('admin')
    const units = await rest('GET', '/units?limit=1&depth=0', { token })
    expect(units.status).toBe(200)
    expect(units.body.totalDocs).toBeGreaterThan(50)
    const gql = await graphql('{ Objects { totalDocs } }', { token })
    expect(gql.body.errors).toBeUndefined()
    expect(gql.body.data?.Objects).toEqual({ totalDocs: 3 })
  })
})
