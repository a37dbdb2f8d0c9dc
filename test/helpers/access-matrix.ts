import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { sameValue } from '@/lib/same-value'
import { type SeedContext, seedContext } from '@/seed/context'
import type { StaffPersona } from '@/seed/personas'

import { testPayload } from './payload'
import { type Actor, actorFor, as, type PortalActor } from './personas'
import { rest } from './rest'

/**
 * What an actor may do with a collection, as letters: R(ead), C(reate), U(pdate), D(elete).
 * A lower-case r reads only rows of its own: the subject's `existing` record, which nobody holds,
 * stays unseen. `''` means nothing. The matrix in each test file is the documentation of the
 * access rules.
 */
export type Grant = string

/** The shipped roles' personas and nobody; clerk2 (the clerk without 900114) proves the bank-data masking instead. */
export const personas = ['admin', 'clerk', 'accounting', 'auditor', 'anonymous'] as const satisfies readonly (
  StaffPersona | 'anonymous'
)[]
export type Persona = (typeof personas)[number]

type Data = Record<string, unknown>
type Upload = { data: Buffer; mimetype: string; name: string; size: number }

export type Subject = {
  collection: CollectionSlug
  /** Valid data for a new record; called once per attempt, so unique values can differ. */
  createData: (ctx: SeedContext) => Data | Promise<Data>
  /** A record that nothing points to, made by the system, to update and delete. */
  existing: (ctx: SeedContext) => Promise<{ id: number | string }>
  /** A change an allowed actor makes; called once per attempt. */
  change: () => Data
  /** For upload collections: the file sent with a new record. */
  file?: () => Upload
}

type Options = {
  /** Actors beyond the demo personas (e.g. a role with one permission), keyed by the matrix's name for them. */
  actors?: Record<string, (payload: Payload) => Promise<Actor>>
}

/**
 * One `describe` per actor, each proving every letter of its grant, and the absence of every
 * other, through the Local API (`overrideAccess: false` with the user) and through REST. A refused
 * write must also leave the database as it was.
 */
export function describeAccess(subject: Subject, matrix: Record<string, Grant>, options: Options = {}) {
  const { collection } = subject
  const missing = personas.filter((persona) => !(persona in matrix))
  if (missing.length > 0) throw new Error(`The matrix of ${collection} leaves out ${missing.join(', ')}`)
  let payload: Payload
  let system: SeedContext

  beforeAll(async () => {
    payload = await testPayload()
    system = await seedContext(payload)
  })

  const stored = (id: number | string) =>
    payload.findByID({ collection, id, depth: 0, disableErrors: true }) as Promise<Data | null>

  const restCreate = async (actor: Actor) => {
    const data = await subject.createData(system)
    if (!subject.file) return rest('POST', `/${collection}`, { token: actor.token, body: data })
    const upload = subject.file()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(upload.data)], { type: upload.mimetype }), upload.name)
    form.append('_payload', JSON.stringify(data))
    return rest('POST', `/${collection}`, { token: actor.token, form })
  }

  for (const [name, grant] of Object.entries(matrix)) {
    describe(`${name} (${grant || 'no access'})`, () => {
      let actor: Actor
      beforeAll(async () => {
        actor = options.actors?.[name] ? await options.actors[name](payload) : await actorFor(payload, name as Persona)
      })

      if (grant.includes('R')) {
        it('reads the list and single records', async () => {
          const record = await subject.existing(system)
          const list = await payload.find({ collection, depth: 0, limit: 1, ...as(actor) })
          expect(list.totalDocs).toBeGreaterThan(0)
          const one = await payload.findByID({ collection, id: record.id, depth: 0, ...as(actor) })
          expect(one.id).toBe(record.id)

          const restList = await rest('GET', `/${collection}?limit=1&depth=0`, { token: actor.token })
          expect(restList.status).toBe(200)
          expect(restList.body.totalDocs).toBe(list.totalDocs)
          const restOne = await rest('GET', `/${collection}/${record.id}?depth=0`, { token: actor.token })
          expect(restOne.status).toBe(200)
          expect(restOne.body.id).toBe(record.id)
        })
      } else if (grant.includes('r')) {
        it('reads only rows of its own: a record nobody holds is not found', async () => {
          const record = await subject.existing(system)
          const list = await payload.find({ collection, depth: 0, pagination: false, ...as(actor) })
          expect(list.docs.map((doc) => doc.id)).not.toContain(record.id)
          await expect(
            payload.findByID({ collection, id: record.id, depth: 0, ...as(actor) }),
          ).rejects.toMatchObject({ status: 404 })

          const restList = await rest('GET', `/${collection}?pagination=false&depth=0`, { token: actor.token })
          expect(restList.status).toBe(200)
          expect(restList.body.docs.map((doc: { id: number | string }) => doc.id)).not.toContain(record.id)
          expect((await rest('GET', `/${collection}/${record.id}?depth=0`, { token: actor.token })).status).toBe(404)
        })
      } else {
        it('cannot read the list, a single record or the count', async () => {
          const record = await subject.existing(system)
          await expect(payload.find({ collection, depth: 0, ...as(actor) })).rejects.toMatchObject({ status: 403 })
          await expect(payload.findByID({ collection, id: record.id, ...as(actor) })).rejects.toMatchObject({
            status: 403,
          })
          await expect(payload.count({ collection, ...as(actor) })).rejects.toMatchObject({ status: 403 })

          const restList = await rest('GET', `/${collection}?depth=0`, { token: actor.token })
          expect(restList.status).toBe(403)
          expect(restList.body.docs).toBeUndefined()
          expect((await rest('GET', `/${collection}/${record.id}`, { token: actor.token })).status).toBe(403)
        })
      }

      if (grant.includes('C')) {
        it('creates records', async () => {
          const data = await subject.createData(system)
          const created = await payload.create({
            collection,
            data: data as never,
            file: subject.file?.(),
            depth: 0,
            ...as(actor),
          })
          expect(await stored(created.id)).not.toBeNull()

          const response = await restCreate(actor)
          expect(response.status, JSON.stringify(response.body)).toBe(201)
          expect(await stored(response.body.doc.id)).not.toBeNull()
        })
      } else {
        it('cannot create records, and nothing is written', async () => {
          const before = (await payload.count({ collection })).totalDocs
          const data = await subject.createData(system)
          await expect(
            payload.create({ collection, data: data as never, file: subject.file?.(), ...as(actor) }),
          ).rejects.toMatchObject({ status: 403 })
          expect((await restCreate(actor)).status).toBe(403)
          expect((await payload.count({ collection })).totalDocs).toBe(before)
        })
      }

      if (grant.includes('U')) {
        it('updates records', async () => {
          const record = await subject.existing(system)
          for (const path of ['local', 'rest'] as const) {
            const change = subject.change()
            if (path === 'local') {
              await payload.update({ collection, id: record.id, data: change as never, depth: 0, ...as(actor) })
            } else {
              const response = await rest('PATCH', `/${collection}/${record.id}`, { token: actor.token, body: change })
              expect(response.status, JSON.stringify(response.body)).toBe(200)
            }
            const after = await stored(record.id)
            for (const [key, value] of Object.entries(change)) expect(sameValue(after?.[key], value), key).toBe(true)
          }
        })
      } else {
        it('cannot update records, and nothing changes', async () => {
          const record = await subject.existing(system)
          const before = await stored(record.id)
          await expect(
            payload.update({ collection, id: record.id, data: subject.change() as never, ...as(actor) }),
          ).rejects.toMatchObject({ status: 403 })
          const response = await rest('PATCH', `/${collection}/${record.id}`, {
            token: actor.token,
            body: subject.change(),
          })
          expect(response.status).toBe(403)
          expect(await stored(record.id)).toEqual(before)
        })
      }

      if (grant.includes('D')) {
        it('deletes records', async () => {
          const [first, second] = [await subject.existing(system), await subject.existing(system)]
          await payload.delete({ collection, id: first.id, ...as(actor) })
          const response = await rest('DELETE', `/${collection}/${second.id}`, { token: actor.token })
          expect(response.status, JSON.stringify(response.body)).toBe(200)
          expect(await stored(first.id)).toBeNull()
          expect(await stored(second.id)).toBeNull()
        })
      } else {
        it('cannot delete records, and they stay', async () => {
          const record = await subject.existing(system)
          await expect(payload.delete({ collection, id: record.id, ...as(actor) })).rejects.toMatchObject({
            status: 403,
          })
          expect((await rest('DELETE', `/${collection}/${record.id}`, { token: actor.token })).status).toBe(403)
          expect(await stored(record.id)).not.toBeNull()
        })
      }
    })
  }
}

/** The HTTP status a Local API call fails with (200 if it does not fail). */
async function statusOf(call: Promise<unknown>): Promise<number> {
  return call.then(
    () => 200,
    (error: { status?: number }) => error.status ?? 500,
  )
}

/** A 1×1 PNG: an upload that passes every file check, so that only access decides. */
export const tinyPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

export const pngUpload = (name = 'foto.png'): Upload => ({
  data: tinyPng,
  mimetype: 'image/png',
  name,
  size: tinyPng.length,
})

/** A create through REST, as multipart with the file for upload collections. */
export function restCreate(collection: CollectionSlug, token: string | undefined, data: Data, file?: Upload) {
  if (!file) return rest('POST', `/${collection}`, { token, body: data })
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(file.data)], { type: file.mimetype }), file.name)
  form.append('_payload', JSON.stringify(data))
  return rest('POST', `/${collection}`, { token, form })
}

/**
 * The actor can neither create in the collection nor update or delete the given record, through
 * the Local API and REST; nothing is written. A refused update of a row outside a `where` may
 * answer 404 instead of 403.
 */
export async function expectWritesRefused(
  payload: Payload,
  actor: Actor | PortalActor,
  collection: CollectionSlug,
  record: { id: number | string } | undefined,
  { upload = false } = {},
) {
  // Virtual lists (a person's public contacts) get new row ids on every read: compare without them.
  const stored = async (id: number | string) =>
    JSON.stringify(await payload.findByID({ collection, id, depth: 0, disableErrors: true }), (key, value) =>
      key === 'id' && typeof value === 'string' ? undefined : value,
    )
  const before = (await payload.count({ collection })).totalDocs
  const file = upload ? pngUpload() : undefined
  await expect(
    payload.create({ collection, data: {} as never, file, ...as(actor) }),
    `create ${collection}`,
  ).rejects.toMatchObject({ status: 403 })
  expect((await restCreate(collection, actor.token, {}, file)).status, `REST create ${collection}`).toBe(403)
  expect((await payload.count({ collection })).totalDocs, `count of ${collection}`).toBe(before)
  if (!record) return
  const original = await stored(record.id)
  expect([403, 404], `update ${collection}`).toContain(
    await statusOf(payload.update({ collection, id: record.id, data: {} as never, ...as(actor) })),
  )
  expect([403, 404], `REST update ${collection}`).toContain(
    (await rest('PATCH', `/${collection}/${record.id}`, { token: actor.token, body: {} })).status,
  )
  expect([403, 404], `delete ${collection}`).toContain(
    await statusOf(payload.delete({ collection, id: record.id, ...as(actor) })),
  )
  expect([403, 404], `REST delete ${collection}`).toContain(
    (await rest('DELETE', `/${collection}/${record.id}`, { token: actor.token })).status,
  )
  expect(await stored(record.id), `${collection} ${record.id} unchanged`).toEqual(original)
}
