import type { Field, Payload, Where } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { P } from '@/constants/permissions'
import { portalPersonas } from '@/seed/personas'

import { demo } from '../helpers/demo'
import { testPayload } from '../helpers/payload'
import { type Actor, actorWithPermissions, as, staffToken } from '../helpers/personas'
import { graphql, rest, whereQuery } from '../helpers/rest'

/**
 * Issue 12: staff without 900114 see IBANs masked, so no query may filter, sort or count by
 * them — in whatever spelling Payload accepts (`and`, `AND`, `Or`, `aNd`, nested), on whatever
 * surface (REST find and count, GraphQL, joins, the Local API the export plugin uses) and
 * through whatever relationship path. Each refusal is a 400 that reads the same whether the
 * guessed digits are right or wrong, so nothing can be learned from it (ADR 0006).
 */
describe('bank data: no filtering, sorting or counting by IBAN without 900114', () => {
  const fullIban = 'AT611904300234573201'
  const right = 'AT6119'
  const wrong = 'AT6118'
  let payload: Payload
  let tenant: number
  let withoutBankData: Actor

  beforeAll(async () => {
    payload = await testPayload()
    tenant = await demo.person(payload, portalPersonas.tenant)
    // Reads every collection an IBAN can be reached from, but may not see bank data in full.
    withoutBankData = await actorWithPermissions(payload, [
      P.personsRead,
      P.tenanciesRead,
      P.unitsRead,
      P.objectsRead,
      P.allocationOfficesRead,
    ])
  })

  /** `where` guesses in every spelling of and/or Payload reads, plain and nested, for one IBAN path. */
  const spellings = (path: string, guess: string, operator = 'like'): Record<string, Where> => {
    const filter = { [path]: { [operator]: guess } }
    const same = { id: { exists: true } }
    return {
      plain: filter,
      and: { and: [same, filter] },
      AND: { AND: [same, filter] },
      or: { or: [filter] },
      Or: { Or: [filter] },
      aNd: { aNd: [same, filter] },
      nested: { AND: [same, { oR: [{ AnD: [filter] }] }] },
    } as Record<string, Where>
  }

  const ibanPaths: Array<[collection: string, path: string]> = [
    ['persons', 'bankAccounts.iban'],
    ['tenancies', 'payment.sepaMandate.iban'],
    ['tenancies', 'securities.deposit.account.iban'],
    ['tenancies', 'holders.bankAccounts.iban'],
    ['units', 'tenancies.holders.bankAccounts.iban'],
    ['units', 'tenancies.payment.sepaMandate.iban'],
    ['objects', 'units.tenancies.holders.bankAccounts.iban'],
    ['allocation-offices', 'units.tenancies.payment.sepaMandate.iban'],
  ]

  /** A refusal: Payload's 400 for a path that may not be queried, and no documents or count. */
  async function expectRefused(url: string, reason = /cannot be queried: .*iban/) {
    const response = await rest('GET', url, { token: withoutBankData.token })
    expect(response.status, url).toBe(400)
    expect(response.body.docs, url).toBeUndefined()
    expect(response.body.totalDocs, url).toBeUndefined()
    expect(response.body.errors[0].message, url).toMatch(reason)
    return response.body
  }

  it('REST find and count refuse every spelling and relationship path, the same for right and wrong digits', async () => {
    for (const [collection, path] of ibanPaths) {
      for (const [name, where] of Object.entries(spellings(path, right))) {
        const wrongWhere = spellings(path, wrong)[name]
        for (const endpoint of [`/${collection}`, `/${collection}/count`]) {
          const hit = await expectRefused(`${endpoint}?${whereQuery(where)}`)
          const miss = await expectRefused(`${endpoint}?${whereQuery(wrongWhere)}`)
          expect(hit, `${endpoint} ${name} ${path}`).toEqual(miss)
        }
      }
    }
  })

  it('the exact request of the issue is refused', async () => {
    await expectRefused(
      `/persons/count?where[AND][0][id][equals]=${tenant}&where[AND][1][bankAccounts.iban][like]=${right}`,
    )
  })

  it('a where sent as JSON, in GraphQL spelling, or nested in a relationship filter is refused', async () => {
    await expectRefused(
      `/persons?where=${encodeURIComponent(JSON.stringify({ AND: [{ bankAccounts__iban: { like: right } }] }))}`,
    )
    await expectRefused(`/tenancies?${whereQuery({ holders__bankAccounts__iban: { like: right } })}`)
    // A query nested in `contains` is refused for its shape before any path in it is read (hooks/request-shape.ts).
    const nestedShape = /cannot be queried: .*\.contains/
    await expectRefused(
      `/units?${whereQuery({ tenancies: { contains: { 'payment.sepaMandate.iban': { like: right } } } })}`,
      nestedShape,
    )
    await expectRefused(
      `/tenancies?${whereQuery({ holders: { contains: { 'bankAccounts.iban': { like: right } } } })}`,
      nestedShape,
    )
  })

  it('sorting by an IBAN is refused, directly, through a relationship and in a list of sorts', async () => {
    for (const url of [
      '/persons?sort=-bankAccounts.iban',
      '/persons?sort=lastName,bankAccounts.iban',
      '/persons?sort[0]=lastName&sort[1]=-bankAccounts__iban',
      '/tenancies?sort=holders.bankAccounts.iban',
      '/tenancies?sort=-payment.sepaMandate.iban',
      '/units?sort=tenancies.holders.bankAccounts.iban',
    ]) {
      await expectRefused(url)
    }
  })

  it("a join's own where and sort are refused", async () => {
    const unit = await demo.unit(payload, '1001/001')
    for (const joins of [
      `joins[tenancies][where][payment.sepaMandate.iban][like]=${right}`,
      `joins[tenancies][where][OR][0][holders.bankAccounts.iban][like]=${right}`,
      `joins[tenancies][where][And][0][securities__deposit__account__iban][like]=AT02`,
      'joins[tenancies][sort]=-payment.sepaMandate.iban',
    ]) {
      await expectRefused(`/units?${joins}`)
      await expectRefused(`/units/${unit}?${joins}`)
    }
  })

  it('GraphQL lists, counts and join fields refuse AND/OR, sorts and relationship paths', async () => {
    const unit = await demo.unit(payload, '1001/001')
    const queries = [
      `{ Persons(where: { AND: [{ id: { equals: ${tenant} } }, { bankAccounts__iban: { like: "${right}" } }] }) { totalDocs } }`,
      `{ Persons(where: { OR: [{ bankAccounts__iban: { like: "${right}" } }] }) { totalDocs } }`,
      `{ countPersons(where: { AND: [{ bankAccounts__iban: { like: "${right}" } }] }) { totalDocs } }`,
      // GraphQL's where types stop at a relationship; its sort is a plain path.
      `{ Tenancies(sort: "holders__bankAccounts__iban") { totalDocs } }`,
      `{ countTenancies(where: { OR: [{ payment__sepaMandate__iban: { like: "${right}" } }] }) { totalDocs } }`,
      `{ Persons(sort: "-bankAccounts__iban") { totalDocs } }`,
      `{ Unit(id: ${unit}) { tenancies(where: { payment__sepaMandate__iban: { like: "${right}" } }) { docs { id } } } }`,
    ]
    for (const query of queries) {
      const response = await graphql<Record<string, { totalDocs?: number } | null>>(query, {
        token: withoutBankData.token,
      })
      const errors = response.body.errors ?? []
      expect(errors.map((error) => error.message).join(), query).toMatch(/cannot be queried: .*iban/)
      expect(JSON.stringify(response.body.data ?? null), query).not.toMatch(/totalDocs|"docs"/)
    }
  })

  it('the Local API with the user (as the export plugin runs its find) refuses find, count, distinct, bulk update and delete', async () => {
    const options = as(withoutBankData)
    const where = spellings('bankAccounts.iban', right)
    for (const name of Object.keys(where)) {
      await expect(payload.find({ collection: 'persons', where: where[name], ...options }), name).rejects.toMatchObject(
        {
          status: 400,
        },
      )
      await expect(
        payload.count({ collection: 'persons', where: where[name], ...options }),
        name,
      ).rejects.toMatchObject({
        status: 400,
      })
    }
    // The export plugin passes only the user, without a request.
    await expect(
      payload.find({
        collection: 'tenancies',
        user: withoutBankData.user,
        overrideAccess: false,
        where: { Or: [{ 'holders.bankAccounts.iban': { like: right } }] },
        sort: 'holders.bankAccounts.iban',
      }),
    ).rejects.toMatchObject({ status: 400 })
    // A bulk update or delete by filter would count its matches.
    await expect(
      payload.update({ collection: 'persons', where: where.aNd, data: {}, ...options }),
    ).rejects.toMatchObject({ status: 400 })
    await expect(payload.delete({ collection: 'persons', where: where.Or, ...options })).rejects.toMatchObject({
      status: 400,
    })
    await expect(
      payload.findDistinct({ collection: 'persons', field: 'bankAccounts.iban', ...options }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it("the export plugin's preview refuses an IBAN filter or sort, like the lists", async () => {
    const token = withoutBankData.token
    const exports: Array<[collection: string, where: Where, sort?: string]> = [
      ['persons', { AND: [{ id: { equals: tenant } }, { 'bankAccounts.iban': { like: right } }] }],
      ['tenancies', { Or: [{ 'holders.bankAccounts.iban': { like: right } }] }],
      ['units', { id: { exists: true } }, 'tenancies.payment.sepaMandate.iban'],
    ]
    for (const [collectionSlug, where, sort] of exports) {
      const body = { collectionSlug, where, sort, format: 'csv', name: 'Probe' }
      const preview = await rest('POST', '/exports/export-preview', { token, body })
      expect(preview.status, collectionSlug).toBe(400)
      expect(preview.body.docs, collectionSlug).toBeUndefined()
      expect(preview.body.totalDocs, collectionSlug).toBeUndefined()
    }
  })

  it('queries that do not touch an IBAN still answer for the same user', async () => {
    const response = await rest(
      'GET',
      `/persons/count?where[AND][0][id][equals]=${tenant}&where[AND][1][bankAccounts.accountHolder][exists]=false`,
      { token: withoutBankData.token },
    )
    expect(response.status).toBe(200)
    const sorted = await rest('GET', '/tenancies?sort=-holders.lastName&limit=1', { token: withoutBankData.token })
    expect(sorted.status).toBe(200)
  })

  it('staff with 900114 still find by the whole IBAN, in any spelling and through relationships', async () => {
    const token = await staffToken('clerk')
    for (const [name, where] of Object.entries(spellings('bankAccounts.iban', fullIban, 'equals'))) {
      const response = await rest('GET', `/persons?${whereQuery(where)}`, { token })
      expect(response.status, name).toBe(200)
      expect(
        response.body.docs.map((person: { id: number }) => person.id),
        name,
      ).toContain(tenant)
    }
    const count = await rest(
      'GET',
      `/persons/count?where[AND][0][id][equals]=${tenant}&where[AND][1][bankAccounts.iban][in]=${fullIban}`,
      { token },
    )
    expect(count.body.totalDocs).toBe(1)
    const tenancies = await rest('GET', `/tenancies?where[holders.bankAccounts.iban][equals]=${fullIban}`, { token })
    expect(tenancies.status).toBe(200)
    expect(tenancies.body.totalDocs).toBeGreaterThan(0)
  })

  it('part of an IBAN or a sort by it is refused with a reason even with 900114: it is stored encrypted (ADR 0063)', async () => {
    const token = await staffToken('clerk')
    for (const query of [
      `/persons?where[bankAccounts.iban][like]=${right}`,
      `/persons?sort=-bankAccounts.iban`,
      `/tenancies?where[payment.sepaMandate.bic][equals]=BKAUATWW`,
      `/persons?sort=birthDate`,
    ]) {
      const response = await rest('GET', query, { token })
      expect(response.status, query).toBe(400)
      expect(JSON.stringify(response.body), query).toMatch(/hauswerk:sealedQuery/)
    }
  })

  it('every masked field is named iban, the name the guard looks for', () => {
    const masked: string[] = []
    const walk = (fields: Field[], at: string) => {
      for (const field of fields) {
        const path = 'name' in field && field.name ? `${at}${field.name}` : at
        if (field.custom?.maskedIban) masked.push(path)
        if ('fields' in field) walk(field.fields, 'name' in field && field.name ? `${path}.` : at)
        if ('tabs' in field) for (const tab of field.tabs) walk(tab.fields, 'name' in tab ? `${at}${tab.name}.` : at)
        if ('blocks' in field)
          for (const block of field.blocks) if (typeof block === 'object') walk(block.fields, `${path}.`)
      }
    }
    for (const collection of payload.config.collections) walk(collection.fields, `${collection.slug}:`)
    for (const global of payload.config.globals) walk(global.fields, `${global.slug}:`)
    expect(masked).toEqual(expect.arrayContaining(['persons:bankAccounts.iban', 'tenancies:payment.sepaMandate.iban']))
    for (const path of masked) expect(path.split('.').at(-1)?.split(':').at(-1)).toBe('iban')
  })
})
