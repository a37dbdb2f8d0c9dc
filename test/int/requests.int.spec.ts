import type { Payload } from 'payload'
import { describe } from 'vitest'

import { nextNumber } from '@/seed/factories'

import { describeAccess, pngUpload } from '../helpers/access-matrix'

describe('requests: access per persona (900150 read, 900151 handle)', () => {
  describeAccess(
    {
      collection: 'requests',
      createData: () => ({ subject: `Wasserschaden ${nextNumber()}`, kind: 'damage' }),
      existing: ({ payload, req }) =>
        payload.create({
          collection: 'requests',
          data: { subject: `Anliegen ${nextNumber()}`, kind: 'other', status: 'new' },
          req,
        }),
      change: () => ({ status: 'inProgress', description: `Rückruf ${nextNumber()}` }),
    },
    { admin: 'RCUD', clerk: 'RCUD', accounting: 'R', auditor: 'R', anonymous: '' },
  )
})

describe('request photos: access per persona (as requests; portal users: test/int/portal-matrix)', () => {
  const request = (payload: Payload) =>
    payload.create({ collection: 'requests', data: { subject: `Foto ${nextNumber()}`, kind: 'damage', status: 'new' } })
  describeAccess(
    {
      collection: 'request-photos',
      createData: async ({ payload }) => ({ request: (await request(payload)).id }),
      existing: async ({ payload, req }) =>
        payload.create({
          collection: 'request-photos',
          data: { request: (await request(payload)).id },
          file: pngUpload(`foto-${nextNumber()}.png`),
          req,
        }),
      change: () => ({}),
      file: () => pngUpload(`foto-${nextNumber()}.png`),
    },
    { admin: 'RCUD', clerk: 'RCUD', accounting: 'R', auditor: 'R', anonymous: '' },
  )
})
