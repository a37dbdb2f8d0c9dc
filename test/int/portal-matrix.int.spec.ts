import type { CollectionSlug, Payload, Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { PortalUser } from '@/access/portal'
import type { Request } from '@/payload-types'
import { portalViews, portalWrites } from '@/access/portal-views'
import { maxPhotosPerRequest } from '@/access/requests'
import { collections } from '@/collections'
import { idOf } from '@/fields/relationship'
import { defaultTimeZone, todayIn } from '@/lib/dates'
import { seeAsUser } from '@/auth/see-as'
import { nextNumber } from '@/seed/factories'
import type { PortalPersona } from '@/seed/personas'

import { expectWritesRefused, pngUpload, restCreate } from '../helpers/access-matrix'
import { testPayload } from '../helpers/payload'
import {
  as,
  demoPassword,
  personOfPersona,
  portalActor,
  portalPersonaNames,
  type PortalActor,
  portalUser,
  staffUser,
} from '../helpers/personas'
import { graphql, login, request, rest } from '../helpers/rest'

/**
 * The portal's access matrix (issue 10, ADR 0022): for every portal persona and every domain
 * collection, the rows it reads are its own (or none), and it creates, updates and deletes
 * nothing except the allow-list `portalWrites` — proven through the Local API and REST.
 */

const domain = collections.map((collection) => collection.slug as CollectionSlug)
const uploads = new Set(collections.filter((collection) => collection.upload).map((collection) => collection.slug))

type Expected = { exact: number[] } | { within: number[] }

async function idsOf(payload: Payload, collection: CollectionSlug, where: Where): Promise<number[]> {
  const { docs } = await payload.find({ collection, where, depth: 0, pagination: false })
  return docs.map((doc) => Number(doc.id))
}

const unique = (values: unknown[]) => [
  ...new Set(
    values
      .map(idOf)
      .filter((id) => id !== null)
      .map(Number),
  ),
]

/** What a person's own rows are, by the system and independently of the access rules. */
async function ownRows(payload: Payload, collection: CollectionSlug, person: number, user: PortalUser) {
  const tenancies = async () =>
    (
      await payload.find({
        collection: 'tenancies',
        where: { and: [{ holders: { equals: person } }, { kind: { in: ['tenant', 'owner'] } }] },
        depth: 0,
        pagination: false,
      })
    ).docs
  const requests = () => idsOf(payload, 'requests', { person: { equals: person } })
  const roles = await otherRoles(payload, person, user)
  const expected: Partial<Record<CollectionSlug, () => Promise<Expected>>> = {
    persons: async () => ({ exact: [person] }),
    'portal-users': async () => ({ exact: [user.id] }),
    tenancies: async () => ({
      exact: unique([...(await tenancies()).map((tenancy) => tenancy.id), ...roles.allocatedTenancies]),
    }),
    units: async () => ({
      exact: unique([
        ...(await tenancies()).map((tenancy) => tenancy.unit),
        ...roles.allocatedUnits.map((unit) => unit.id),
        ...roles.functions.map((held) => held.unit),
      ]),
    }),
    'allocation-offices': async () => ({ exact: roles.offices }),
    functions: async () => ({ exact: roles.functions.map((held) => held.id) }),
    'function-types': async () => ({ exact: unique(roles.functions.map((held) => held.functionType)) }),
    'holding-types': async () => ({ exact: unique(roles.allocatedUnits.map((unit) => unit.holdingType)) }),
    'vacancy-reasons': async () => ({ exact: roles.vacancyReasons }),
    objects: async () => {
      const units = unique((await tenancies()).map((tenancy) => tenancy.unit))
      const ofUnits = units.length
        ? (await payload.find({ collection: 'units', where: { id: { in: units } }, depth: 0, pagination: false })).docs
        : []
      const functions = (
        await payload.find({
          collection: 'functions',
          where: { person: { equals: person } },
          depth: 1,
          pagination: false,
        })
      ).docs
      const served = functions.map((held) =>
        held.object ? held.object : typeof held.unit === 'object' && held.unit ? held.unit.object : null,
      )
      return {
        within: unique([
          ...ofUnits.map((unit) => unit.object),
          ...served,
          ...roles.allocatedUnits.map((unit) => unit.object),
        ]),
      }
    },
    documents: async () => {
      const releases = await payload.find({
        collection: 'document-releases',
        where: { person: { equals: person } },
        depth: 0,
        pagination: false,
      })
      return { within: unique(releases.docs.map((release) => release.document)) }
    },
    // Their tenancies' postings without reversals and the postings these reverse.
    postings: async () => {
      const own = (await tenancies()).map((tenancy) => tenancy.id)
      if (own.length === 0) return { exact: [] }
      const { docs } = await payload.find({
        collection: 'postings',
        where: { tenancy: { in: own } },
        depth: 0,
        pagination: false,
      })
      const hidden = new Set(
        docs
          .filter((posting) => posting.kind === 'reversal')
          .flatMap((posting) => [posting.id, idOf(posting.reverses)]),
      )
      return { exact: docs.filter((posting) => !hidden.has(posting.id)).map((posting) => posting.id) }
    },
    requests: async () => ({ exact: await requests() }),
    // F-86: the log rows and data-protection requests about their own person.
    'document-access-log': async () => ({ exact: await idsOf(payload, 'document-access-log', { personId: { equals: person } }) }),
    'privacy-requests': async () => ({ exact: await idsOf(payload, 'privacy-requests', { person: { equals: person } }) }),
    'request-photos': async () => {
      const own = await requests()
      return { exact: own.length ? await idsOf(payload, 'request-photos', { request: { in: own } }) : [] }
    },
  }
  const rule = expected[collection]
  if (!rule) throw new Error(`The test does not know the own rows of ${collection}`)
  return rule()
}

/**
 * The rows of a person's other roles (F-56, F-57), by the system: the offices whose portal user
 * they are, those offices' units, of these the vacancies active today and the terminations still
 * pending, and the functions they hold today.
 */
async function otherRoles(payload: Payload, person: number, user: PortalUser) {
  const day = todayIn(defaultTimeZone)
  const active = (from: string | null | undefined, until: string | null | undefined) =>
    (!from || from.slice(0, 10) <= day) && (!until || until.slice(0, 10) >= day)
  const offices = await idsOf(payload, 'allocation-offices', { portalUser: { equals: user.id } })
  const allocatedUnits = offices.length
    ? (
        await payload.find({
          collection: 'units',
          where: { allocationOffice: { in: offices } },
          depth: 0,
          pagination: false,
        })
      ).docs
    : []
  const ofUnits = allocatedUnits.length
    ? (
        await payload.find({
          collection: 'tenancies',
          where: { unit: { in: allocatedUnits.map((unit) => unit.id) } },
          depth: 0,
          pagination: false,
        })
      ).docs
    : []
  const allocated = ofUnits.filter((tenancy) =>
    tenancy.kind === 'vacancy'
      ? active(tenancy.moveIn, tenancy.moveOut)
      : Boolean(tenancy.termination?.noticeGivenOn || tenancy.termination?.effectiveOn) &&
        active(null, tenancy.moveOut) &&
        active(null, tenancy.termination?.effectiveOn),
  )
  const functions = (
    await payload.find({ collection: 'functions', where: { person: { equals: person } }, depth: 0, pagination: false })
  ).docs.filter((held) => active(held.from, held.until))
  return {
    offices,
    allocatedUnits,
    allocatedTenancies: allocated.map((tenancy) => tenancy.id),
    vacancyReasons: unique(
      allocated.filter((tenancy) => tenancy.kind === 'vacancy').map((tenancy) => tenancy.vacancyReason),
    ),
    functions,
  }
}

describe('the portal layer is declared in one place', () => {
  it('every view and every allowed write names a collection of the config', () => {
    for (const slug of Object.keys(portalViews)) expect(domain).toContain(slug)
    for (const slug of Object.keys(portalWrites)) expect([...domain, 'form-submissions']).toContain(slug)
  })
})

describe.each(portalPersonaNames)('portal persona %s', (persona: PortalPersona) => {
  let payload: Payload
  let actor: PortalActor
  let person: number

  beforeAll(async () => {
    payload = await testPayload()
    actor = await portalActor(payload, persona)
    person = await personOfPersona(payload, persona)
  })

  it.each(domain)('%s: reads only its own rows, or nothing at all', async (collection) => {
    const restList = await rest('GET', `/${collection}?depth=0&pagination=false`, { token: actor.token })
    if (!(collection in portalViews)) {
      await expect(payload.find({ collection, depth: 0, ...as(actor) })).rejects.toMatchObject({ status: 403 })
      await expect(payload.count({ collection, ...as(actor) })).rejects.toMatchObject({ status: 403 })
      expect(restList.status).toBe(403)
      expect(restList.body.docs).toBeUndefined()
      return
    }
    const { docs } = await payload.find({ collection, depth: 0, pagination: false, ...as(actor) })
    const seen = docs.map((doc) => Number(doc.id)).sort((a, b) => a - b)
    expect(restList.status).toBe(200)
    expect(restList.body.docs.map((doc: { id: number }) => doc.id).sort((a: number, b: number) => a - b)).toEqual(seen)
    const expected = await ownRows(payload, collection, person, actor.user)
    if ('exact' in expected) expect(seen).toEqual([...expected.exact].sort((a, b) => a - b))
    else for (const id of seen) expect(expected.within).toContain(id)
  })

  it.each(domain)('%s: creates, updates and deletes nothing', async (collection) => {
    // A row the persona may read where it has one (its own rows are not writable either),
    // another sign-in for portal users (its own sign-in has its own test below).
    const own =
      collection in portalViews && collection !== 'portal-users'
        ? (await payload.find({ collection, depth: 0, limit: 1, ...as(actor) })).docs[0]
        : undefined
    const any = (
      await payload.find({
        collection,
        depth: 0,
        limit: 1,
        where: collection === 'portal-users' ? { id: { not_equals: actor.user.id } } : {},
      })
    ).docs[0]
    await expectWritesRefused(payload, actor, collection, own ?? any, { upload: uploads.has(collection) })
  })
})

describe.each(portalPersonaNames)('portal persona %s: the allowed writes', (persona: PortalPersona) => {
  let payload: Payload
  let actor: PortalActor
  let person: number
  let otherPerson: number
  let foreignUnit: number

  beforeAll(async () => {
    payload = await testPayload()
    actor = await portalActor(payload, persona)
    person = await personOfPersona(payload, persona)
    otherPerson = await personOfPersona(payload, persona === 'tenant' ? 'otherObject' : 'tenant')
    const { docs } = await payload.find({ collection: 'units', depth: 0, limit: 1, ...as(actor) })
    foreignUnit = (
      await payload.find({
        collection: 'units',
        depth: 0,
        limit: 1,
        where: docs[0] ? { id: { not_equals: docs[0].id } } : {},
      })
    ).docs[0].id
  })

  /** The persona's first tenancy and its unit, if it has one (an allocation office reads others' too). */
  async function ownTenancy() {
    const { docs } = await payload.find({ collection: 'tenancies', depth: 0, pagination: false, ...as(actor) })
    const tenancy = docs.find((doc) => doc.holders?.some((holder) => idOf(holder) === person))
    return tenancy ? { tenancy: tenancy.id, unit: idOf(tenancy.unit) } : {}
  }

  it('changes the language of its own sign-in, never its person or e-mail (Local API and REST)', async () => {
    const { email } = actor.user
    await payload.update({
      collection: 'portal-users',
      id: actor.user.id,
      data: { language: 'en', person: otherPerson, email: `taken-${nextNumber()}@example.test` },
      ...as(actor),
    })
    let stored = await payload.findByID({ collection: 'portal-users', id: actor.user.id, depth: 0 })
    expect(stored).toMatchObject({ language: 'en', person, email })

    const response = await rest('PATCH', `/portal-users/${actor.user.id}`, {
      token: actor.token,
      body: { language: 'de', person: otherPerson, email: `taken-${nextNumber()}@example.test` },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    stored = await payload.findByID({ collection: 'portal-users', id: actor.user.id, depth: 0 })
    expect(stored).toMatchObject({ language: 'de', person, email })
  })

  it('creates a request for itself and a unit and tenancy of its own, nothing more', async () => {
    const mine = await ownTenancy()
    const data = {
      subject: `Wasserschaden ${nextNumber()}`,
      kind: 'damage',
      person,
      ...mine,
      // Staff's part: dropped, the request starts as new and unanswered.
      status: 'closed',
      answers: [{ text: answer('Erledigt') }],
    }
    const created = await payload.create({ collection: 'requests', data: data as never, depth: 0, ...as(actor) })
    const stored = await payload.findByID({ collection: 'requests', id: created.id, depth: 0 })
    expect(stored).toMatchObject({ person, status: 'new', answers: [], unit: mine.unit ?? null })

    const response = await restCreate('requests', actor.token, { ...data, subject: `Heizung ${nextNumber()}` })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(idOf(response.body.doc.person)).toBe(person)
    expect(response.body.doc.status).toBe('new')
  })

  it('refuses a request for another person, or for a unit not its own, and writes nothing', async () => {
    const before = (await payload.count({ collection: 'requests' })).totalDocs
    for (const data of [
      { subject: 'Fremd', kind: 'other', status: 'new', person: otherPerson },
      { subject: 'Fremde Einheit', kind: 'other', person, unit: foreignUnit },
      { subject: 'Niemand', kind: 'other' },
    ]) {
      await expect(
        payload.create({ collection: 'requests', data: data as never, ...as(actor) }),
        JSON.stringify(data),
      ).rejects.toMatchObject({ status: 403 })
      expect((await restCreate('requests', actor.token, data)).status, JSON.stringify(data)).toBe(403)
    }
    expect((await payload.count({ collection: 'requests' })).totalDocs).toBe(before)
  })

  it('asks for its own data archive or erasure (F-86), never for another person, and sets no status', async () => {
    const before = (await payload.count({ collection: 'privacy-requests' })).totalDocs
    for (const data of [
      { kind: 'export', person: otherPerson },
      { kind: 'erasure' },
      { kind: 'other', person },
    ]) {
      await expect(
        payload.create({ collection: 'privacy-requests', data: data as never, ...as(actor) }),
        JSON.stringify(data),
      ).rejects.toMatchObject({ status: 403 })
      expect((await restCreate('privacy-requests', actor.token, data)).status, JSON.stringify(data)).toBe(403)
    }
    expect((await payload.count({ collection: 'privacy-requests' })).totalDocs).toBe(before)
    const response = await restCreate('privacy-requests', actor.token, { kind: 'erasure', person, status: 'done' })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
    expect(response.body.doc.status).toBe('open')
  })

  it('sees its own requests with status and answer, never those of others', async () => {
    const own = await payload.create({
      collection: 'requests',
      data: { subject: 'Lift', kind: 'damage', person, status: 'answered', answers: [{ text: answer('Morgen') }] },
    })
    const foreign = await payload.create({
      collection: 'requests',
      data: { subject: 'Fremd', kind: 'other', person: otherPerson, status: 'answered' },
    })
    const { docs } = await payload.find({ collection: 'requests', depth: 0, pagination: false, ...as(actor) })
    expect(docs.map((doc) => doc.id)).toContain(own.id)
    expect(docs.map((doc) => doc.id)).not.toContain(foreign.id)
    const read = docs.find((doc) => doc.id === own.id)
    expect(read).toMatchObject({ status: 'answered', answers: [{ text: answer('Morgen') }] })
    expect((await rest('GET', `/requests/${foreign.id}`, { token: actor.token })).status).toBe(404)
  })

  it('adds a photo to its own request, never to another person’s', async () => {
    const own = await payload.create({
      collection: 'requests',
      data: { subject: 'Fenster', kind: 'damage', status: 'new', person },
    })
    const foreign = await payload.create({
      collection: 'requests',
      data: { subject: 'Fremd', kind: 'damage', status: 'new', person: otherPerson },
    })
    const photo = await payload.create({
      collection: 'request-photos',
      data: { request: own.id },
      file: pngUpload(),
      depth: 0,
      ...as(actor),
    })
    const response = await restCreate('request-photos', actor.token, { request: own.id }, pngUpload('zweites.png'))
    expect(response.status, JSON.stringify(response.body)).toBe(201)

    const before = (await payload.count({ collection: 'request-photos' })).totalDocs
    await expect(
      payload.create({
        collection: 'request-photos',
        data: { request: foreign.id },
        file: pngUpload(),
        ...as(actor),
      }),
    ).rejects.toMatchObject({ status: 403 })
    expect((await restCreate('request-photos', actor.token, { request: foreign.id }, pngUpload())).status).toBe(403)
    expect((await payload.count({ collection: 'request-photos' })).totalDocs).toBe(before)

    // The request shows its photos to its person; the file comes through the access-checked route.
    const read = await payload.findByID({ collection: 'requests', id: own.id, depth: 0, ...as(actor) })
    expect(read.photos?.docs?.map(idOf)).toEqual(expect.arrayContaining([photo.id, response.body.doc.id]))
    expect((await request('GET', `/request-photos/file/${photo.filename}`, { token: actor.token })).status).toBe(200)
  })

  it('submits a form', async () => {
    const form = await payload.create({
      collection: 'forms',
      data: {
        title: `Kontakt ${nextNumber()}`,
        fields: [{ blockType: 'text', name: 'message', label: 'Nachricht', required: true }],
        confirmationType: 'message',
        confirmationMessage: answer('Danke'),
      } as never,
    })
    const data = { form: form.id, submissionData: [{ field: 'message', value: 'Hallo' }] }
    await payload.create({ collection: 'form-submissions', data: data as never, ...as(actor) })
    const response = await rest('POST', '/form-submissions', { token: actor.token, body: data })
    expect(response.status, JSON.stringify(response.body)).toBe(201)
  })
})

/** A rich-text answer as staff write it. */
function answer(text: string): NonNullable<Request['answers']>[number]['text'] {
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: [
        {
          type: 'paragraph',
          version: 1,
          direction: null,
          format: '',
          indent: 0,
          children: [{ type: 'text', version: 1, text }],
        },
      ],
    },
  }
}

describe('portal writes: the edges', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
  })

  it('changes its own password (giving the current one, ADR 0053), and signs in with the new one', async () => {
    const actor = await portalActor(payload, 'newTenant')
    const password = `neu-${nextNumber()}-geheim`
    const response = await rest('PATCH', `/portal-users/${actor.user.id}`, {
      token: actor.token,
      body: { password, currentPassword: demoPassword },
    })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    await expect(login('portal-users', actor.user.email, password)).resolves.toEqual(expect.any(String))
    await expect(login('portal-users', actor.user.email, demoPassword)).rejects.toThrow()
  })

  it('GraphQL: changes its language, never its person; creates no person and no request for others', async () => {
    const actor = await portalActor(payload, 'tenantOwner')
    const person = await personOfPersona(payload, 'tenantOwner')
    const other = await personOfPersona(payload, 'tenant')
    const changed = await graphql(
      `mutation { updatePortalUser(id: ${actor.user.id}, data: { language: en, person: ${other} }) { language } }`,
      { token: actor.token },
    )
    expect(changed.body.errors, JSON.stringify(changed.body)).toBeUndefined()
    expect(await payload.findByID({ collection: 'portal-users', id: actor.user.id, depth: 0 })).toMatchObject({
      language: 'en',
      person,
    })
    const requests = (await payload.count({ collection: 'requests' })).totalDocs
    const foreign = await graphql(
      `mutation { createRequest(data: { subject: "Fremd", kind: other, status: new, person: ${other} }) { id } }`,
      { token: actor.token },
    )
    expect(JSON.stringify(foreign.body.errors)).toContain('not allowed')
    const persons = (await payload.count({ collection: 'persons' })).totalDocs
    const created = await graphql(
      `
        mutation {
          createPerson(data: { lastName: "Neu", kind: natural }) {
            id
          }
        }
      `,
      {
        token: actor.token,
      },
    )
    expect(JSON.stringify(created.body.errors)).toContain('not allowed')
    expect((await payload.count({ collection: 'requests' })).totalDocs).toBe(requests)
    expect((await payload.count({ collection: 'persons' })).totalDocs).toBe(persons)
  })

  it('cannot change another sign-in, nor delete its own', async () => {
    const actor = await portalActor(payload, 'tenant')
    const other = await portalUser(payload, 'otherObject')
    const before = await payload.findByID({ collection: 'portal-users', id: other.id, depth: 0 })
    const response = await rest('PATCH', `/portal-users/${other.id}`, {
      token: actor.token,
      body: { language: 'en', password: 'uebernommen-123' },
    })
    expect([403, 404]).toContain(response.status)
    expect(await payload.findByID({ collection: 'portal-users', id: other.id, depth: 0 })).toEqual(before)
    await expect(login('portal-users', other.email, 'uebernommen-123')).rejects.toThrow()

    await expect(payload.delete({ collection: 'portal-users', id: actor.user.id, ...as(actor) })).rejects.toMatchObject(
      { status: 403 },
    )
    expect((await rest('DELETE', `/portal-users/${actor.user.id}`, { token: actor.token })).status).toBe(403)
  })

  it('"see as" writes nothing, not even what the person may write', async () => {
    const person = await personOfPersona(payload, 'tenant')
    const user = await seeAsUser(payload, await staffUser(payload, 'clerk'), person)
    await expect(
      payload.update({
        collection: 'portal-users',
        id: user.id,
        data: { language: 'en' },
        user,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      payload.create({
        collection: 'requests',
        data: { subject: 'Als ob', kind: 'other', status: 'new', person },
        user,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    const form = await payload.create({
      collection: 'forms',
      data: {
        title: `Als ob ${nextNumber()}`,
        fields: [],
        confirmationType: 'message',
        confirmationMessage: answer('Danke'),
      } as never,
    })
    await expect(
      payload.create({
        collection: 'form-submissions',
        data: { form: form.id, submissionData: [] } as never,
        user,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it(`takes at most ${maxPhotosPerRequest} photos per request, images only and within the size limit`, async () => {
    const actor = await portalActor(payload, 'tenant')
    const person = await personOfPersona(payload, 'tenant')
    const own = await payload.create({
      collection: 'requests',
      data: { subject: 'Keller', kind: 'damage', status: 'new', person },
    })
    const add = (file = pngUpload()) => restCreate('request-photos', actor.token, { request: own.id }, file)

    const text = Buffer.from('kein Bild')
    const notImage = await add({ data: text, mimetype: 'image/png', name: 'foto.png', size: text.length })
    expect(notImage.status).toBe(400)
    const pdf = Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n')
    expect((await add({ data: pdf, mimetype: 'application/pdf', name: 'foto.pdf', size: pdf.length })).status).toBe(400)
    const huge = Buffer.concat([pngUpload().data, Buffer.alloc(11 * 1024 * 1024)])
    expect((await add({ data: huge, mimetype: 'image/png', name: 'gross.png', size: huge.length })).status).toBe(400)

    for (let n = 0; n < maxPhotosPerRequest; n++) expect((await add()).status).toBe(201)
    const sixth = await add()
    expect(sixth.status).toBe(400)
    expect(JSON.stringify(sixth.body)).toContain(`${maxPhotosPerRequest}`)
    expect(
      (await payload.count({ collection: 'request-photos', where: { request: { equals: own.id } } })).totalDocs,
    ).toBe(maxPhotosPerRequest)
  })

  it('shows a photo only to staff and the request’s person', async () => {
    const tenant = await portalActor(payload, 'tenant')
    const other = await portalActor(payload, 'otherObject')
    const person = await personOfPersona(payload, 'tenant')
    const own = await payload.create({
      collection: 'requests',
      data: { subject: 'Dach', kind: 'damage', status: 'new', person },
    })
    const photo = await payload.create({
      collection: 'request-photos',
      data: { request: own.id },
      file: pngUpload(),
    })
    const file = `/request-photos/file/${photo.filename}`
    expect((await request('GET', file, { token: tenant.token })).status).toBe(200)
    expect((await request('GET', file, { token: other.token })).status).toBe(403)
    expect((await request('GET', file)).status).toBe(403)
    expect((await rest('GET', `/request-photos/${photo.id}`, { token: other.token })).status).toBe(404)
    const clerk = await staffUser(payload, 'clerk')
    expect(
      (await payload.findByID({ collection: 'request-photos', id: photo.id, user: clerk, overrideAccess: false })).id,
    ).toBe(photo.id)
  })
})

describe('the portal sees bank data only masked, and postings without reversals', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await testPayload()
  })

  it('the SEPA mandate of the tenancy: masked on the Local API, REST, GraphQL and a system read for them', async () => {
    const actor = await portalActor(payload, 'tenant')
    const stored = (
      await payload.find({
        collection: 'tenancies',
        where: { reference: { equals: 'MV-1001/001' } },
        depth: 0,
        limit: 1,
      })
    ).docs[0]
    const full = stored.payment?.sepaMandate?.iban ?? ''
    expect(full).toMatch(/^AT\d{18}$/)
    const masked = `${full.slice(0, 4)} **** **** **** ${full.slice(-4)}`

    const local = await payload.findByID({ collection: 'tenancies', id: stored.id, depth: 0, ...as(actor) })
    expect(local.payment?.sepaMandate?.iban).toBe(masked)
    const system = await payload.findByID({ collection: 'tenancies', id: stored.id, depth: 0, user: actor.user })
    expect(system.payment?.sepaMandate?.iban).toBe(masked)
    const viaRest = await rest('GET', `/tenancies/${stored.id}?depth=0`, { token: actor.token })
    expect(viaRest.body.payment.sepaMandate.iban).toBe(masked)
    const viaGraphql = await graphql(`{ Tenancy(id: ${stored.id}) { payment { sepaMandate { iban } } } }`, {
      token: actor.token,
    })
    expect(JSON.stringify(viaGraphql.body)).not.toContain(full)
    expect(JSON.stringify(viaRest.body)).not.toContain(full)
    // Nor can the digits be guessed by filtering on them.
    const probe = await rest('GET', `/tenancies?where[payment.sepaMandate.iban][like]=${full.slice(0, 8)}`, {
      token: actor.token,
    })
    expect(probe.status).toBe(400)
  })

  it('a reversal and the posting it reverses are both hidden from the tenant', async () => {
    const actor = await portalActor(payload, 'tenant')
    const reversal = (
      await payload.find({ collection: 'postings', where: { kind: { equals: 'reversal' } }, depth: 0, limit: 1 })
    ).docs[0]
    const reversed = idOf(reversal.reverses) as number
    const { docs } = await payload.find({ collection: 'postings', depth: 0, pagination: false, ...as(actor) })
    const seen = docs.map((doc) => doc.id)
    expect(seen.length).toBeGreaterThan(40)
    expect(seen).not.toContain(reversal.id)
    expect(seen).not.toContain(reversed)
    expect((await rest('GET', `/postings/${reversed}`, { token: actor.token })).status).toBe(404)
    expect(docs[0]).not.toHaveProperty('reverses')
  })
})
