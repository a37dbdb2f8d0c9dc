import { addMonths } from '@/lib/dates'

import { germanAmount, germanDate } from '../values'
import type { Cell, GeneratedKind } from './types'

/** Months of postings before the as-of month (`--months`, 36 by default). */
export const postingMonths = { value: 36 }

/**
 * Monthly rent charges and payments of the tenant tenancies, with a few reversals (a charge
 * reversed and charged again, corrected) and arrears (payments that did not come).
 */
export const postings: GeneratedKind = {
  name: 'postings',
  file: 'postings.csv',
  header: ['key', 'tenancy', 'date', 'kind', 'category', 'amount', 'period', 'reverses', 'text'],
  *rows(world, global) {
    const thisMonth = `${global.asOf.slice(0, 7)}-01`
    const first = addMonths(thisMonth, -(postingMonths.value - 1))
    for (const tenancy of world.tenancies) {
      if (tenancy.kind !== 'tenant' || tenancy.rentCents === null) continue
      let number = 0
      const arrears = world.random.chance(0.03)
      for (
        let month = first > tenancy.moveIn ? first : `${tenancy.moveIn.slice(0, 7)}-01`;
        month <= thisMonth;
        month = addMonths(month, 1)
      ) {
        if (tenancy.moveOut && month > tenancy.moveOut) break
        const period = month.slice(0, 7)
        const amount = germanAmount(tenancy.rentCents + (tenancy.operatingCents ?? 0))
        const charge = `B${tenancy.key.slice(1)}-${++number}`
        yield [
          charge,
          tenancy.key,
          germanDate(month),
          'charge',
          'rent',
          amount,
          period,
          null,
          `Vorschreibung ${period}`,
        ] as Cell[]
        if (world.random.chance(0.005)) {
          yield [
            `B${tenancy.key.slice(1)}-${++number}`,
            tenancy.key,
            germanDate(addMonths(month, 0).slice(0, 8) + '03'),
            'reversal',
            'rent',
            amount,
            period,
            charge,
            `Storno ${period}`,
          ]
          yield [
            `B${tenancy.key.slice(1)}-${++number}`,
            tenancy.key,
            germanDate(month.slice(0, 8) + '03'),
            'charge',
            'rent',
            amount,
            period,
            null,
            `Vorschreibung ${period} (korrigiert)`,
          ]
        }
        const unpaid = arrears && month >= addMonths(thisMonth, -2)
        if (!unpaid && month < thisMonth) {
          yield [
            `B${tenancy.key.slice(1)}-${++number}`,
            tenancy.key,
            germanDate(month.slice(0, 8) + '05'),
            'payment',
            'rent',
            amount,
            period,
            null,
            `Zahlung ${period}`,
          ]
        }
      }
    }
  },
}
