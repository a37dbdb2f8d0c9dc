import { type CollectionSlug, formatNames, type GlobalSlug, type Payload, type SanitizedConfig, toWords } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { portalEndpoints, portalWrites, readOnlyWrites, type Write } from '@/access/allowed-writes'
import { bySlug, customEndpoints, globalOperationsOf, isPayloadDefault, operationsOf } from '@/access/matrix/config'
import type { PortalUser } from '@/access/portal'
import type { PortalPersona, StaffPersona } from '@/seed/personas'

import { testPayload } from '../helpers/payload'
import { portalPersonaNames, portalToken, portalUser, staffToken, type StaffUser, staffUser } from '../helpers/personas'
import { graphql, request } from '../helpers/rest'

/**
 * Issue 12 / SPEC F-87: the whole running config, not a list kept by hand. Every collection and
 * global (Payload's and the plugins' included) has its own access for every operation, refuses
 * every write of portal users, read-only roles and anonymous requests outside
 * access/allowed-writes.ts (Local API, REST and GraphQL), and every custom endpoint refuses anonymous and portal requests.
 * A collection added tomorrow is in these tests without anyone adding it.
 */
const { default: pending } = await import('@payload-config')
const config: SanitizedConfig = await pending
const collections = [...config.collections].sort(bySlug)
const globals = [...config.globals].sort(bySlug)
const writes: Write[] = ['create', 'update', 'delete']
/** Collections only the system writes to: not even an administrator changes them through the API. */
const systemOnly = ['payload-jobs', 'payload-kv', 'payload-migrations']

type Actor = { name: string; user?: StaffUser | PortalUser; token?: string }
let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

async function staffActor(persona: StaffPersona): Promise<Actor> {
  return { name: persona, user: await staffUser(payload, persona), token: await staffToken(persona) }
}
async function portalActor(persona: PortalPersona): Promise<Actor> {
  return { name: persona, user: await portalUser(payload, persona), token: await portalToken(persona) }
}

/** Nothing matches, so a write that is wrongly allowed changes nothing either. */
const none = { id: { exists: false } }
const noneQuery = 'where[id][exists]=false'

/** Data that passes Payload's checks before access (an auth collection needs an email). */
function probeData(slug: string): Record<string, unknown> {
  const collection = config.collections.find((candidate) => candidate.slug === slug)
  return collection?.auth ? { email: `probe-${slug}@example.test`, password: 'probe-password' } : {}
}

function localAs(actor: Actor) {
  return { user: actor.user as never, overrideAccess: false as const }
}

async function expectRefused(action: () => Promise<unknown>, what: string) {
  await expect(action(), what).rejects.toMatchObject({ status: 403 })
}

async function statusOf(method: string, path: string, actor: Actor, body?: unknown) {
  return (await request(method, path, { token: actor.token, body })).status
}

/** Payload mounts no REST routes for a collection without endpoints (its migrations): 501, nothing done. */
function restRefusal(slug: string): number {
  const collection = config.collections.find((candidate) => candidate.slug === slug)
  return collection?.endpoints && collection.endpoints.length > 0 ? 403 : 501
}

/** Proves each write of a collection refused for the actor, through the Local API and REST. */
async function expectWritesRefused(slug: string, actor: Actor, allowed: readonly Write[] = []) {
  const collection = slug as CollectionSlug
  const refused = restRefusal(slug)
  const label = (write: Write, path: string) => `${actor.name} ${write} ${slug} (${path})`
  if (!allowed.includes('create')) {
    await expectRefused(
      () => payload.create({ collection, data: probeData(slug) as never, ...localAs(actor) }),
      label('create', 'Local API'),
    )
    expect(await statusOf('POST', `/${slug}`, actor, probeData(slug)), label('create', 'REST')).toBe(refused)
  }
  if (!allowed.includes('update')) {
    await expectRefused(
      () => payload.update({ collection, where: none, data: {} as never, ...localAs(actor) }),
      label('update', 'Local API'),
    )
    expect(await statusOf('PATCH', `/${slug}?${noneQuery}`, actor, {}), label('update', 'REST')).toBe(refused)
  }
  if (!allowed.includes('delete')) {
    await expectRefused(
      () => payload.delete({ collection, where: none, ...localAs(actor) }),
      label('delete', 'Local API'),
    )
    expect(await statusOf('DELETE', `/${slug}?${noneQuery}`, actor), label('delete', 'REST')).toBe(refused)
  }
}

/** The GraphQL name of a collection's single record, as Payload forms it; none without mutations. */
function graphQLName(slug: string): string | null {
  const collection = config.collections.find((candidate) => candidate.slug === slug)!
  const options = collection.graphQL
  if (options === false || (typeof options === 'object' && options.disableMutations)) return null
  return typeof options === 'object' && options.singularName
    ? toWords(options.singularName, true)
    : formatNames(slug).singular
}

const forbidden = 'You are not allowed to perform this action.'

/**
 * The same through GraphQL's update and delete mutations (a create needs each collection's
 * required fields before access is asked; creates are proven above on the Local API and REST).
 */
async function expectGraphQLWritesRefused(slug: string, actor: Actor, allowed: readonly Write[] = []) {
  const name = graphQLName(slug)
  if (!name) return
  const mutations = [
    ...(allowed.includes('update') ? [] : [`update${name}(id: 1, data: {}) { id }`]),
    ...(allowed.includes('delete') ? [] : [`delete${name}(id: 1) { id }`]),
  ]
  for (const mutation of mutations) {
    const response = await graphql(`mutation { ${mutation} }`, { token: actor.token })
    const message = response.body.errors?.[0]?.message
    // An update input with required parts (a form's fields) refuses `{}` before anything runs.
    const unrun = mutation.startsWith('update') && /^Argument "data" has invalid value/.test(message ?? '')
    expect(unrun ? forbidden : message, `${actor.name} ${mutation} (GraphQL)`).toBe(forbidden)
  }
}

async function expectGlobalWriteRefused(slug: string, actor: Actor) {
  await expectRefused(
    () => payload.updateGlobal({ slug: slug as GlobalSlug, data: {} as never, ...localAs(actor) }),
    `${actor.name} update global ${slug} (Local API)`,
  )
  expect(await statusOf('POST', `/globals/${slug}`, actor, {}), `${actor.name} update global ${slug} (REST)`).toBe(403)
}

describe('the config', () => {
  it('holds Payload’s and the plugins’ collections, so they are enumerated below', () => {
    const slugs = collections.map((collection) => collection.slug)
    for (const slug of ['payload-locked-documents', 'payload-preferences', 'payload-migrations', 'payload-jobs'])
      expect(slugs).toContain(slug)
    for (const slug of ['forms', 'form-submissions', 'exports']) expect(slugs).toContain(slug)
  })

  it.each(collections.map((collection) => collection.slug))('%s has its own access for every operation', (slug) => {
    const collection = config.collections.find((candidate) => candidate.slug === slug)!
    const defaults = operationsOf(collection).filter((operation) => isPayloadDefault(collection.access[operation]))
    expect(defaults, `${slug} keeps Payload's default access`).toEqual([])
  })

  it.each(globals.map((global) => global.slug))('global %s has its own access for every operation', (slug) => {
    const global = config.globals.find((candidate) => candidate.slug === slug)!
    const defaults = globalOperationsOf(global).filter((operation) => isPayloadDefault(global.access[operation]))
    expect(defaults, `${slug} keeps Payload's default access`).toEqual([])
  })

  it('every allowed write names a collection of the config', () => {
    const slugs = new Set(collections.map((collection) => collection.slug))
    for (const slug of [...Object.keys(portalWrites), ...Object.keys(readOnlyWrites)]) expect(slugs).toContain(slug)
    const endpoints = new Set(customEndpoints(config).map((endpoint) => endpoint.name))
    for (const name of portalEndpoints) expect(endpoints).toContain(name)
  })
})

describe('anonymous', () => {
  const anonymous: Actor = { name: 'anonymous' }
  it.each(collections.map((collection) => collection.slug))('reads and writes nothing of %s', async (slug) => {
    const collection = slug as CollectionSlug
    await expectRefused(() => payload.find({ collection, limit: 1, overrideAccess: false }), `anonymous read ${slug}`)
    expect(await statusOf('GET', `/${slug}?limit=1`, anonymous), `anonymous read ${slug} (REST)`).toBe(
      restRefusal(slug),
    )
    await expectWritesRefused(slug, anonymous)
    await expectGraphQLWritesRefused(slug, anonymous)
  })

  it.each(globals.map((global) => global.slug))('reads and writes nothing of the global %s', async (slug) => {
    await expectRefused(
      () => payload.findGlobal({ slug: slug as GlobalSlug, overrideAccess: false }),
      `anonymous read global ${slug}`,
    )
    await expectGlobalWriteRefused(slug, anonymous)
  })
})

describe.each(portalPersonaNames)('portal user %s', (persona) => {
  let actor: Actor
  beforeAll(async () => {
    actor = await portalActor(persona)
  })

  it.each(collections.map((collection) => collection.slug))('writes nothing to %s beyond the allowed', async (slug) => {
    await expectWritesRefused(slug, actor, portalWrites[slug])
    await expectGraphQLWritesRefused(slug, actor, portalWrites[slug])
  })

  it.each(globals.map((global) => global.slug))('changes nothing of the global %s', async (slug) => {
    await expectGlobalWriteRefused(slug, actor)
  })
})

describe.each(['accounting', 'auditor'] as const)('the read-only %s', (persona) => {
  let actor: Actor
  beforeAll(async () => {
    actor = await staffActor(persona)
  })

  it.each(collections.map((collection) => collection.slug))('writes nothing to %s beyond their own', async (slug) => {
    await expectWritesRefused(slug, actor, readOnlyWrites[slug])
    await expectGraphQLWritesRefused(slug, actor, readOnlyWrites[slug])
  })

  it.each(globals.map((global) => global.slug))('changes nothing of the global %s', async (slug) => {
    await expectGlobalWriteRefused(slug, actor)
  })
})

describe.each(['admin', 'clerk'] as const)('%s', (persona) => {
  let actor: Actor
  beforeAll(async () => {
    actor = await staffActor(persona)
  })

  it.each(systemOnly)('writes nothing to %s, which only the system changes', async (slug) => {
    await expectWritesRefused(slug, actor)
  })
})

describe('custom endpoints', () => {
  const endpoints = customEndpoints(config)
  /** Payload's parameters filled in with a probe: an endpoint must refuse before it looks them up. */
  const probePath = (path: string) => path.replace(/:(\w+)\??/g, '1')
  const refuses = (status: number) => status === 401 || status === 403
  /** A request that never answers is a failure too (it would hold a connection open forever). */
  const answer = (method: string, path: string, actor: Actor) =>
    Promise.race([
      statusOf(method, path, actor, method === 'get' ? undefined : {}),
      new Promise<number>((resolve) => setTimeout(() => resolve(0), 5000)),
    ])

  it('are found in collections, globals and the root', () => {
    const names = endpoints.map((endpoint) => endpoint.name)
    expect(names).toContain('GET /payload-jobs/run')
    expect(names).toContain('GET /payload-preferences/:key')
    expect(names).toContain('POST /units/assign-allocation-office')
  })

  it.each(endpoints.map((endpoint) => endpoint.name))(
    '%s refuses anonymous requests, and portal users unless it is meant for them',
    async (name) => {
      const endpoint = endpoints.find((candidate) => candidate.name === name)!
      const path = probePath(endpoint.path)
      const answers: Record<string, number> = { anonymous: await answer(endpoint.method, path, { name: 'anonymous' }) }
      if (!portalEndpoints.includes(name))
        for (const persona of portalPersonaNames)
          answers[persona] = await answer(endpoint.method, path, { name: persona, token: await portalToken(persona) })
      const admitted = Object.entries(answers).filter(([, status]) => !refuses(status))
      expect(Object.fromEntries(admitted), `${name} answers (0: no answer within 5 s)`).toEqual({})
    },
  )
})
