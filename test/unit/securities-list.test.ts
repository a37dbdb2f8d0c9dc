import { describe, expect, it } from 'vitest'

import { sumCents } from '@/lib/money'
import { byExpiry, securitiesOf } from '@/lib/securities/securities-list'

describe('a tenancy’s securities as one list (SPEC F-62, F-63)', () => {
  const securities = {
    deposit: { amount: 1837.3, paidInOn: '2019-03-20T12:00:00.000Z', account: { bank: 'Salzburger Sparkasse' } },
    bankGuarantees: [
      { bank: 'Erste Bank', number: 'BG-7', amount: 2000.1, validUntil: '2027-06-30T12:00:00.000Z' },
      { bank: 'BAWAG', amount: 0.2, validUntil: '2026-12-31T12:00:00.000Z' },
    ],
    savingsBooks: [{ bank: 'Raiffeisen', amount: 500.7, depositedOn: '2019-03-18T12:00:00.000Z' }],
    surety: { amount: null },
  }

  it('lists each security with an amount in cents, skipping empty ones', () => {
    const list = securitiesOf(securities)
    expect(list.map((security) => [security.kind, security.amountCents, security.date, security.validUntil])).toEqual([
      ['deposit', 183_730, '2019-03-20', null],
      ['bankGuarantee', 200_010, null, '2027-06-30'],
      ['bankGuarantee', 20, null, '2026-12-31'],
      ['savingsBook', 50_070, '2019-03-18', null],
    ])
    // 1,837.30 + 2,000.10 + 0.20 + 500.70 = 4,338.30 € exactly (added as floats: 4338.299999999999).
    expect(list.reduce((sum, security) => sum + security.amountCents / 100, 0)).not.toBe(4338.3)
    expect(sumCents(list.map((security) => security.amountCents))).toBe(433_830)
    expect(securitiesOf(undefined)).toEqual([])
  })

  it('sorts by expiry, what does not expire last', () => {
    expect(
      securitiesOf(securities)
        .sort(byExpiry)
        .map((security) => security.validUntil ?? security.kind),
    ).toEqual(['2026-12-31', '2027-06-30', 'deposit', 'savingsBook'])
  })
})
