import { describe } from 'vitest'

import { factories, nextNumber } from '@/seed/factories'

import { describeAccess } from '../helpers/access-matrix'

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
