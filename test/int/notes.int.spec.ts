import { describe } from 'vitest'

import { nextNumber } from '@/seed/factories'

import { describeAccess } from '../helpers/access-matrix'
import { demo } from '../helpers/demo'

describe('notes: access per persona (read with the units, 53009; write 900152)', () => {
  describeAccess(
    {
      collection: 'notes',
      createData: async ({ payload }) => ({
        subject: `Notiz ${nextNumber()}`,
        unit: await demo.unit(payload, '1001/004'),
      }),
      existing: async ({ payload, req }) =>
        payload.create({
          collection: 'notes',
          data: { subject: `Begehung ${nextNumber()}`, object: await demo.object(payload, '1001') },
          req,
        }),
      change: () => ({ text: `Termin vereinbart ${nextNumber()}` }),
    },
    { admin: 'RCUD', clerk: 'RCUD', accounting: 'R', auditor: 'R', anonymous: '' },
  )
})
