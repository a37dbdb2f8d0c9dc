import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { P } from '@/constants/permissions'
import { factories, nextNumber } from '@/seed/factories'
import { portalPersonas } from '@/seed/personas'

import { describeAccess } from '../helpers/access-matrix'
import { demo } from '../helpers/demo'
import { testPayload } from '../helpers/payload'
import { type Actor, actorWithPermissions, as, staffToken } from '../helpers/personas'
import { graphql, rest } from '../helpers/rest'

describe('persons: access per persona (SPEC F-05)', () => {
  describeAccess(
    {
      collection: 'persons',
      createData: () => ({ kind: 'natural', firstName: 'Eva', lastName: `Neu${nextNumber()}` }),
      existing: (ctx) => factories.person(ctx),
      change: () => ({ portalEmail: `person-${nextNumber()}@mail.demo` }),
    },
    { admin: 'RCUD', clerk: 'RCUD', accounting: 'R', auditor: 'R', anonymous: '' },
  )
})

describe('bank data: masked for staff without 900114 (SPEC section 5), on every path', () => {
  const fullIban = 'AT611904300234573201'
  const masked = 'AT61 **** **** **** 3201'
  let payload: Payload
  let tenant: number
  let withoutBankData: Actor

  beforeAll(async () => {
    payload = await testPayload()
    tenant = await demo.person(payload, portalPersonas.tenant)
    // Reads and edits persons and tenancies, but may not see bank data in full.
    withoutBankData = await actorWithPermissions(payload, [
      P.personsRead,
      P.personsUpdate,
      P.tenanciesRead,
      P.unitsRead,
    ])
  })

  it('the Local API, REST and GraphQL show the IBAN masked', async () => {
    const local = await payload.findByID({ collection: 'persons', id: tenant, ...as(withoutBankData) })
    expect(local.bankAccounts?.[0].iban).toBe(masked)
    const response = await rest('GET', `/persons/${tenant}`, { token: withoutBankData.token })
    expect(response.body.bankAccounts[0].iban).toBe(masked)
    const list = await rest('GET', `/persons?where[id][equals]=${tenant}`, { token: withoutBankData.token })
    expect(list.body.docs[0].bankAccounts[0].iban).toBe(masked)
    const gql = await graphql<{ Person: { bankAccounts: Array<{ iban: string }> } }>(
      `{ Person(id: ${tenant}) { bankAccounts { iban } } }`,
      { token: withoutBankData.token },
    )
    expect(gql.body.data?.Person.bankAccounts[0].iban).toBe(masked)
  })

  it('IBANs on tenancies (SEPA mandate, deposit account) are masked too, also when pulled in by depth', async () => {
    const tenancy = await demo.tenantTenancy(payload)
    const response = await rest('GET', `/tenancies/${tenancy}?depth=1`, { token: withoutBankData.token })
    expect(response.body.payment.sepaMandate.iban).toBe(masked)
    expect(response.body.securities.deposit.account.iban).toBe('AT02 **** **** **** 3600')
    expect(response.body.holders[0].bankAccounts[0].iban).toBe(masked)
  })

  it('staff with 900114 see it in full', async () => {
    const response = await rest('GET', `/persons/${tenant}`, { token: await staffToken('clerk') })
    expect(response.body.bankAccounts[0].iban).toBe(fullIban)
  })

  it('an IBAN entered grouped is stored and served normalised; only the admin shows it grouped', async () => {
    const token = await staffToken('clerk')
    const shown = await rest('GET', `/persons/${tenant}`, { token })
    const accounts = shown.body.bankAccounts.map((account: Record<string, unknown>, index: number) =>
      index === 0 ? { ...account, iban: 'at61 1904 3002 3457 3201' } : account,
    )
    const saved = await rest('PATCH', `/persons/${tenant}`, { token, body: { bankAccounts: accounts } })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    expect((await rest('GET', `/persons/${tenant}`, { token })).body.bankAccounts[0].iban).toBe(fullIban)
    const stored = await payload.findByID({ collection: 'persons', id: tenant, depth: 0 })
    expect(stored.bankAccounts?.[0].iban).toBe(fullIban)
  })

  it('saving the form with the masked IBAN keeps the stored one', async () => {
    const shown = await rest('GET', `/persons/${tenant}`, { token: withoutBankData.token })
    const accounts = shown.body.bankAccounts.map((account: Record<string, unknown>) => ({
      ...account,
      label: 'Gehalt',
    }))
    const saved = await rest('PATCH', `/persons/${tenant}`, {
      token: withoutBankData.token,
      body: { bankAccounts: accounts },
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    const stored = await payload.findByID({ collection: 'persons', id: tenant, depth: 0 })
    expect(stored.bankAccounts?.[0]).toMatchObject({ iban: fullIban, label: 'Gehalt' })
  })

  it('editing another field of a person with a bank account keeps the IBAN', async () => {
    const saved = await rest('PATCH', `/persons/${tenant}`, {
      token: withoutBankData.token,
      body: { portalEmail: portalPersonas.tenant, birthDate: '1985-03-14' },
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    expect(saved.body.doc.bankAccounts[0].iban).toBe(masked)
    const stored = await payload.findByID({ collection: 'persons', id: tenant, depth: 0 })
    expect(stored.bankAccounts?.[0].iban).toBe(fullIban)
  })

  it('the IBAN cannot be guessed by filtering or sorting on it, directly or through a relationship', async () => {
    const token = withoutBankData.token
    for (const path of [
      `/persons?where[bankAccounts.iban][equals]=${fullIban}`,
      '/persons?where[or][0][bankAccounts.iban][like]=AT6119',
      '/persons?sort=-bankAccounts.iban',
      '/tenancies?where[payment.sepaMandate.iban][like]=AT61',
      '/tenancies?where[holders.bankAccounts.iban][like]=AT61',
      // A join field's own filter and sort run on the joined collection without its hooks.
      '/units?joins[tenancies][where][payment.sepaMandate.iban][like]=AT61',
      '/units?joins[tenancies][sort]=payment.sepaMandate.iban',
    ]) {
      const response = await rest('GET', path, { token })
      expect(response.status, path).toBe(400)
      expect(response.body.docs, path).toBeUndefined()
      expect(response.body.errors[0].message, path).toMatch(/cannot be queried: .*iban/)
    }
    const gql = await graphql(
      `
        {
          Persons(where: { bankAccounts__iban: { like: "AT6119" } }) {
            totalDocs
          }
        }
      `,
      { token },
    )
    expect(JSON.stringify(gql.body)).toMatch(/cannot be queried/)
    await expect(
      payload.count({
        collection: 'persons',
        where: { 'bankAccounts.iban': { like: 'AT6119' } },
        ...as(withoutBankData),
      }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it('staff with 900114 may search by IBAN', async () => {
    const response = await rest('GET', `/persons?where[bankAccounts.iban][equals]=${fullIban}`, {
      token: await staffToken('clerk'),
    })
    expect(response.status).toBe(200)
    expect(response.body.docs.map((person: { id: number }) => person.id)).toContain(tenant)
  })
})
