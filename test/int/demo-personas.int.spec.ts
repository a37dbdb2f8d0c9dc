import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { P } from '@/constants/permissions'
import { portalPersonas } from '@/seed/personas'

import { demo } from '../helpers/demo'
import { testPayload } from '../helpers/payload'
import { actorFor, as, staffUser } from '../helpers/personas'
import { graphql, rest } from '../helpers/rest'

/** The demo shows the bank-data masking: clerk2 holds the clerk's permissions without 900114 (issue 12). */
let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

describe('demo persona clerk2 (Sachbearbeitung ohne Bankdaten)', () => {
  it('has exactly the clerk’s permissions without 900114, in a role of its own', async () => {
    const codesOf = async (persona: 'clerk' | 'clerk2') => {
      const roles = (await staffUser(payload, persona)).roles ?? []
      expect(roles).toHaveLength(1)
      const role = roles[0]
      if (typeof role !== 'object') throw new Error('roles not populated')
      return { id: role.id, codes: (role.permissions ?? []).map(Number) }
    }
    const clerk = await codesOf('clerk')
    const clerk2 = await codesOf('clerk2')
    expect(clerk2.id).not.toBe(clerk.id)
    expect(clerk.codes).toContain(P.bankDataRead)
    expect(clerk2.codes.sort()).toEqual(clerk.codes.filter((code) => code !== P.bankDataRead).sort())
  })

  it('sees the tenant’s IBAN masked on the Local API, REST and GraphQL; the clerk sees it in full', async () => {
    const tenant = await demo.person(payload, portalPersonas.tenant)
    const clerk2 = await actorFor(payload, 'clerk2')
    const clerk = await actorFor(payload, 'clerk')
    const masked = 'AT61 **** **** **** 3201'

    const local = await payload.findByID({ collection: 'persons', id: tenant, ...as(clerk2) })
    expect(local.bankAccounts?.[0].iban).toBe(masked)
    expect((await rest('GET', `/persons/${tenant}`, { token: clerk2.token })).body.bankAccounts[0].iban).toBe(masked)
    const gql = await graphql<{ Person: { bankAccounts: Array<{ iban: string }> } }>(
      `{ Person(id: ${tenant}) { bankAccounts { iban } } }`,
      { token: clerk2.token },
    )
    expect(gql.body.data?.Person.bankAccounts[0].iban).toBe(masked)

    expect((await rest('GET', `/persons/${tenant}`, { token: clerk.token })).body.bankAccounts[0].iban).toBe(
      'AT611904300234573201',
    )
  })
})
