import { describe } from 'vitest'

import { nextNumber } from '@/seed/factories'

import { describeAccess } from '../helpers/access-matrix'

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
