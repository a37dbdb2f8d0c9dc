import { describe } from 'vitest'

import { nextNumber } from '@/seed/factories'

import { describeAccess } from '../helpers/access-matrix'
import { demo } from '../helpers/demo'

describe('building parts: access per persona (changing them is editing the object, 900102)', () => {
  describeAccess(
    {
      collection: 'building-parts',
      createData: async ({ payload }) => ({ object: await demo.object(payload, '1002'), name: `Haus ${nextNumber()}` }),
      existing: async ({ payload, req }) =>
        payload.create({
          collection: 'building-parts',
          data: { object: await demo.object(payload, '1002'), name: `Nebengebäude ${nextNumber()}` },
          req,
        }),
      change: () => ({ name: `Haus ${nextNumber()}`, sortOrder: 5 }),
    },
    { admin: 'RCUD', clerk: 'RCUD', accounting: 'R', auditor: 'R', anonymous: '' },
  )
})
