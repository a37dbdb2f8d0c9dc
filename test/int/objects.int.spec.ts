import { describe } from 'vitest'

import { factories, nextNumber } from '@/seed/factories'

import { describeAccess } from '../helpers/access-matrix'

describe('objects: access per persona (SPEC F-01, F-13)', () => {
  describeAccess(
    {
      collection: 'objects',
      createData: () => ({ number: `N${nextNumber()}`, name: 'Neues Objekt', type: 'rental' }),
      existing: (ctx) => factories.object(ctx),
      change: () => ({ name: `Umbenannt ${nextNumber()}` }),
    },
    {
      admin: 'RCUD',
      clerk: 'RCU', // deleting objects is for administrators (900103)
      accounting: 'R',
      auditor: 'R',
      anonymous: '',
    },
  )
})
