import { describe } from 'vitest'

import { nextNumber } from '@/seed/factories'

import { describeAccess } from '../helpers/access-matrix'
import { demo } from '../helpers/demo'

describe('staircases: access per persona (changing them is editing the object, 900102)', () => {
  describeAccess(
    {
      collection: 'staircases',
      createData: async ({ payload }) => ({
        object: await demo.object(payload, '1002'),
        name: `Teststiege ${nextNumber()}`,
      }),
      existing: async ({ payload, req }) =>
        payload.create({
          collection: 'staircases',
          data: { object: await demo.object(payload, '1002'), name: `Teststiege ${nextNumber()}` },
          req,
        }),
      change: () => ({ name: `Aufgang ${nextNumber()}` }),
    },
    { admin: 'RCUD', clerk: 'RCUD', accounting: 'R', auditor: 'R', anonymous: '' },
  )
})
