import { describe } from 'vitest'

import { storedDate } from '@/lib/dates'
import { factories, nextNumber } from '@/seed/factories'
import { portalPersonas } from '@/seed/personas'

import { describeAccess } from '../helpers/access-matrix'
import { demo } from '../helpers/demo'

describe('functions: access per persona (SPEC F-08)', () => {
  describeAccess(
    {
      collection: 'functions',
      createData: async ({ payload }) => ({
        functionType: await demo.functionType(payload, 60),
        person: await demo.person(payload, portalPersonas.provider),
        object: await demo.object(payload, '1002'),
        from: '2024-01-01',
      }),
      existing: async (ctx) =>
        factories.function(ctx, {
          functionType: await demo.functionType(ctx.payload, 60),
          person: await demo.person(ctx.payload, portalPersonas.provider),
          object: await demo.object(ctx.payload, '2001'),
          from: storedDate('2023-01-01'),
        }),
      change: () => ({ remark: `Wartung ${nextNumber()}` }),
    },
    { admin: 'RCUD', clerk: 'RCUD', accounting: 'R', auditor: 'R', anonymous: '' },
  )
})
