import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { type PortalPersona } from '@/seed/personas'

import { demo } from '../helpers/demo'
import { testPayload } from '../helpers/payload'
import { portalToken, staffToken, staffUser } from '../helpers/personas'
import { rest } from '../helpers/rest'

/**
 * Issue 12, "framework collections": the collections, global and endpoints Payload adds itself
 * kept its defaults (any signed-in user, portal users included).
 */
let payload: Payload
let object: number
let ids: Record<'admin' | 'clerk' | 'accounting' | 'auditor', number>
const locks = 'payload-locked-documents'

beforeAll(async () => {
  payload = await testPayload()
  object = await demo.object(payload, '1001')
  ids = {
    admin: (await staffUser(payload, 'admin')).id,
    clerk: (await staffUser(payload, 'clerk')).id,
    accounting: (await staffUser(payload, 'accounting')).id,
    auditor: (await staffUser(payload, 'auditor')).id,
  }
})

/** A lock as the admin takes it when a staff user starts editing (Payload writes it through the database). */
const lockOf = async (holder: keyof typeof ids) =>
  (
    await payload.create({
      collection: locks,
      data: { document: { relationTo: 'objects', value: object }, user: { relationTo: 'users', value: ids[holder] } },
    })
  ).id
const stored = (id: number) => payload.findByID({ collection: locks, id, depth: 0, disableErrors: true })
const lockCount = async () => (await payload.count({ collection: locks })).totalDocs
const portal: PortalPersona[] = ['tenant', 'owner', 'provider', 'allocationOffice']

describe('edit locks (payload-locked-documents)', () => {
  it.each(portal)('%s reads no lock, forges none in a clerk’s name and deletes none', async (persona) => {
    const token = await portalToken(persona)
    const lock = await lockOf('clerk')
    expect((await rest('GET', `/${locks}`, { token })).status).toBe(403)
    expect((await rest('GET', `/${locks}/${lock}`, { token })).status).toBe(403)
    const before = await lockCount()
    const forged = await rest('POST', `/${locks}`, {
      token,
      body: { document: { relationTo: 'objects', value: object }, user: { relationTo: 'users', value: ids.clerk } },
    })
    expect(forged.status).toBe(403)
    expect((await rest('DELETE', `/${locks}?where[id][exists]=true`, { token })).status).toBe(403)
    expect((await rest('DELETE', `/${locks}/${lock}`, { token })).status).toBe(403)
    expect(await lockCount()).toBe(before)
    expect(await stored(lock)).not.toBeNull()
  })

  it('anonymous reads and changes no lock', async () => {
    const lock = await lockOf('clerk')
    expect((await rest('GET', `/${locks}`)).status).toBe(403)
    expect((await rest('DELETE', `/${locks}/${lock}`)).status).toBe(403)
    expect(await stored(lock)).not.toBeNull()
  })

  it.each(['accounting', 'auditor'] as const)(
    'the read-only %s sees locks but takes, takes over and releases none',
    async (persona) => {
      const token = await staffToken(persona)
      const lock = await lockOf('clerk')
      expect((await rest('GET', `/${locks}/${lock}`, { token })).status).toBe(200)
      const own = await rest('POST', `/${locks}`, {
        token,
        body: {
          document: { relationTo: 'objects', value: object },
          user: { relationTo: 'users', value: ids[persona] },
        },
      })
      expect(own.status).toBe(403)
      const takeOver = await rest('PATCH', `/${locks}/${lock}`, {
        token,
        body: { user: { relationTo: 'users', value: ids[persona] } },
      })
      expect(takeOver.status).toBe(403)
      expect((await rest('DELETE', `/${locks}/${lock}`, { token })).status).toBe(403)
      const after = await stored(lock)
      expect(after?.user).toMatchObject({ value: ids.clerk })
    },
  )

  it('a clerk takes a lock in their own name only, takes over the admin’s and releases only their own', async () => {
    const token = await staffToken('clerk')
    const forged = await rest('POST', `/${locks}`, {
      token,
      body: { document: { relationTo: 'objects', value: object }, user: { relationTo: 'users', value: ids.admin } },
    })
    expect(forged.status).toBe(403)
    const own = await rest('POST', `/${locks}`, {
      token,
      body: { document: { relationTo: 'objects', value: object }, user: { relationTo: 'users', value: ids.clerk } },
    })
    expect(own.status, JSON.stringify(own.body)).toBe(201)

    const admins = await lockOf('admin')
    expect((await rest('DELETE', `/${locks}/${admins}`, { token })).status).toBe(403)
    const handOver = await rest('PATCH', `/${locks}/${admins}`, {
      token,
      body: { user: { relationTo: 'users', value: ids.auditor } },
    })
    expect(handOver.status).toBe(403)
    const takeOver = await rest('PATCH', `/${locks}/${admins}`, {
      token,
      body: { user: { relationTo: 'users', value: ids.clerk } },
    })
    expect(takeOver.status, JSON.stringify(takeOver.body)).toBe(200)
    expect((await rest('DELETE', `/${locks}/${admins}`, { token })).status).toBe(200)
    expect(await stored(admins)).toBeNull()
  })
})

describe('preferences (payload-preferences)', () => {
  it.each(portal)('%s stores and reads none', async (persona) => {
    const token = await portalToken(persona)
    expect((await rest('POST', '/payload-preferences/probe', { token, body: { value: { a: 1 } } })).status).toBe(403)
    expect((await rest('GET', '/payload-preferences/probe', { token })).status).toBe(403)
    expect((await rest('GET', '/payload-preferences', { token })).status).toBe(403)
    expect((await rest('POST', '/payload-preferences', { token, body: { key: 'probe', value: {} } })).status).toBe(403)
  })

  it('each staff user, the auditor included, keeps their own and sees no one else’s', async () => {
    const auditor = await staffToken('auditor')
    const clerk = await staffToken('clerk')
    expect(
      (await rest('POST', '/payload-preferences/columns', { token: auditor, body: { value: { a: 1 } } })).status,
    ).toBe(200)
    expect((await rest('GET', '/payload-preferences/columns', { token: auditor })).body.value).toEqual({ a: 1 })
    expect((await rest('GET', '/payload-preferences/columns', { token: clerk })).body.value).toBeNull()
    const list = await rest('GET', '/payload-preferences?limit=100', { token: clerk })
    expect(list.status).toBe(200)
    expect(list.body.docs.every((doc: { user: { value: unknown } }) => doc.user.value === ids.clerk)).toBe(true)
  })

  it('a staff user deletes their own preference by key, and only theirs', async () => {
    const auditor = await staffToken('auditor')
    const clerk = await staffToken('clerk')
    await rest('POST', '/payload-preferences/to-forget', { token: auditor, body: { value: { b: 2 } } })
    expect((await rest('DELETE', '/payload-preferences/to-forget', { token: clerk })).status).toBe(404)
    const deleted = await rest('DELETE', '/payload-preferences/to-forget', { token: auditor })
    expect(deleted.status, JSON.stringify(deleted.body)).toBe(200)
    expect((await rest('GET', '/payload-preferences/to-forget', { token: auditor })).body.value).toBeNull()
  })
})

describe('jobs (payload-jobs, its endpoints and the stats global)', () => {
  const paths = ['/payload-jobs/run?queue=nothing-queued', '/payload-jobs/handle-schedules?queue=nothing-queued']

  it.each(portal)('%s runs and reads nothing', async (persona) => {
    const token = await portalToken(persona)
    for (const path of paths) expect((await rest('GET', path, { token })).status, path).toBe(401)
    expect((await rest('GET', '/payload-jobs', { token })).status).toBe(403)
    expect((await rest('GET', '/globals/payload-jobs-stats', { token })).status).toBe(403)
  })

  it.each(['accounting', 'auditor', 'anonymous'] as const)('%s runs no jobs', async (persona) => {
    const token = persona === 'anonymous' ? undefined : await staffToken(persona)
    for (const path of paths) expect((await rest('GET', path, { token })).status, path).toBe(401)
    expect((await rest('GET', '/payload-jobs', { token })).status).toBe(403)
  })

  it('staff who run the import read the jobs and run the queue; nobody queues or edits one through the API', async () => {
    const token = await staffToken('admin')
    expect((await rest('GET', paths[0], { token })).status).toBe(200)
    expect((await rest('GET', '/payload-jobs', { token })).status).toBe(200)
    const queued = await rest('POST', '/payload-jobs', { token, body: { taskSlug: 'hauswerkImport', input: {} } })
    expect(queued.status).toBe(403)
    expect((await rest('POST', '/globals/payload-jobs-stats', { token, body: { stats: {} } })).status).toBe(403)
  })
})

// Last in this file: it empties the portal users of this file's database.
describe('first-register of portal users', () => {
  it('makes no portal user even when there is none yet (a fresh install)', async () => {
    // Straight through the database: receipts and the access log refuse deleting the portal users they name.
    await payload.db.deleteMany({ collection: 'portal-users', where: {} })
    expect((await payload.count({ collection: 'portal-users' })).totalDocs).toBe(0)
    const person = await demo.person(payload, 'tenant@demo.hauswerk.test')
    const response = await rest('POST', '/portal-users/first-register', {
      body: { email: 'intruder@example.test', password: 'intruder-password', person },
    })
    expect(response.status).toBe(403)
    expect((await payload.count({ collection: 'portal-users' })).totalDocs).toBe(0)
  })
})
