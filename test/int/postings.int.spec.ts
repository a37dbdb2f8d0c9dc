import { describe } from 'vitest'

import { storedDate } from '@/lib/dates'
import { factories, nextNumber } from '@/seed/factories'

import { describeAccess } from '../helpers/access-matrix'
import { demo } from '../helpers/demo'

describe('postings: access per persona (900140 read, 900141 write; the accounting role only reads)', () => {
  describeAccess(
    {
      collection: 'postings',
      createData: async ({ payload }) => ({
        tenancy: await demo.tenantTenancy(payload),
        date: '2026-01-05',
        kind: 'payment',
        category: 'rent',
        amount: 12.5,
        text: `Zahlung ${nextNumber()}`,
      }),
      existing: async (ctx) =>
        factories.posting(ctx, {
          tenancy: await demo.tenantTenancy(ctx.payload),
          date: storedDate('2026-01-05'),
          kind: 'charge',
          category: 'other',
          amount: 3.2,
        }),
      change: () => ({ text: `Mahnspesen ${nextNumber()}` }),
    },
    { admin: 'RCUD', clerk: 'RCUD', accounting: 'R', auditor: 'R', anonymous: '' },
  )
})
