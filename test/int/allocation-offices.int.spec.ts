import { describe } from 'vitest'

import { nextNumber } from '@/seed/factories'

import { describeAccess } from '../helpers/access-matrix'

describe('allocation offices: access per persona (SPEC F-09: 50333 create, 50334 edit, 50335 delete, 50336 list)', () => {
  describeAccess(
    {
      collection: 'allocation-offices',
      createData: () => ({ name: `Vergabestelle ${nextNumber()}`, colour: '#336699' }),
      existing: ({ payload, req }) =>
        payload.create({ collection: 'allocation-offices', data: { name: `Wohnservice ${nextNumber()}` }, req }),
      change: () => ({ phone: `+43 1 4000 ${nextNumber()}` }),
    },
    { admin: 'RCUD', clerk: 'RCUD', accounting: 'R', auditor: 'R', anonymous: '' },
  )
})
