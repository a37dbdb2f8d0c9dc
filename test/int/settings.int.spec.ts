import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { testPayload } from '../helpers/payload'
import { type Actor, actorFor, as } from '../helpers/personas'
import { type Persona, personas } from '../helpers/access-matrix'
import { rest } from '../helpers/rest'

/** The settings global: every member of staff reads it (forms depend on it); 900161 changes it. */
const matrix: Record<Persona, 'RU' | 'R' | ''> = {
  admin: 'RU',
  clerk: 'R',
  accounting: 'R',
  auditor: 'R',
  anonymous: '',
}

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

const storedSettings = () => payload.findGlobal({ slug: 'settings', depth: 0 })

for (const persona of personas) {
  const grant = matrix[persona]
  describe(`${persona} (${grant || 'no access'})`, () => {
    let actor: Actor
    beforeAll(async () => {
      actor = await actorFor(payload, persona)
    })

    if (grant.includes('R')) {
      it('reads the settings', async () => {
        const local = await payload.findGlobal({ slug: 'settings', depth: 0, ...as(actor) })
        expect(local.unitGroupLabels?.group1).toBe('Bauteil-Nr.')
        const response = await rest('GET', '/globals/settings?depth=0', { token: actor.token })
        expect(response.status).toBe(200)
        expect(response.body.unitGroupLabels.group1).toBe('Bauteil-Nr.')
      })
    } else {
      it('cannot read the settings', async () => {
        await expect(payload.findGlobal({ slug: 'settings', ...as(actor) })).rejects.toMatchObject({ status: 403 })
        const response = await rest('GET', '/globals/settings', { token: actor.token })
        expect(response.status).toBe(403)
        expect(response.body.company).toBeUndefined()
      })
    }

    if (grant.includes('U')) {
      it('changes the settings', async () => {
        await payload.updateGlobal({ slug: 'settings', data: { allocatingFunctionCode: 70 }, ...as(actor) })
        expect((await storedSettings()).allocatingFunctionCode).toBe(70)
        const response = await rest('POST', '/globals/settings', {
          token: actor.token,
          body: { allocatingFunctionCode: 50 },
        })
        expect(response.status).toBe(200)
        expect((await storedSettings()).allocatingFunctionCode).toBe(50)
      })
    } else {
      it('cannot change the settings, and they stay as they were', async () => {
        const before = await storedSettings()
        await expect(
          payload.updateGlobal({ slug: 'settings', data: { allocatingFunctionCode: 99 }, ...as(actor) }),
        ).rejects.toMatchObject({ status: 403 })
        const response = await rest('POST', '/globals/settings', {
          token: actor.token,
          body: { allocatingFunctionCode: 99 },
        })
        expect(response.status).toBe(403)
        expect(await storedSettings()).toEqual(before)
      })
    }
  })
}
