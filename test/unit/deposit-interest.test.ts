import { describe, expect, it } from 'vitest'

import { toCents, sumCents } from '@/lib/money'
import { depositStatement, type InterestRate } from '@/lib/securities/deposit-interest'

// The worked example of docs/decisions/0061-deposit-interest.md; every number below is worked out
// by hand there and here, not taken from the code.
const rates: InterestRate[] = [
  { validFrom: '2020-01-01', percent: 0.5 },
  { validFrom: '2023-07-01', percent: '1.25' },
]
const paidIn = { date: '2022-03-15', cents: 150_000 }
const partialPayout = { date: '2024-04-30', cents: -40_000 }

describe('deposit interest (F-85): actual/actual days, credited on 31 December and on the payout day', () => {
  it('credits the first part year: 1,500.00 € × 0.5 % × 292/365 = 6.00 €', () => {
    // 15.03.–31.12.2022: 17 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31 = 292 days.
    const statement = depositStatement([paidIn], rates, '2023-01-01')
    expect(statement.lines).toEqual([
      { kind: 'in', date: '2022-03-15', cents: 150_000, balanceCents: 150_000 },
      { kind: 'interest', date: '2022-12-31', cents: 600, balanceCents: 150_600, year: 2022 },
    ])
    expect(statement.payoutCents).toBe(150_600)
  })

  it('splits a year at the rate change and rounds the year once', () => {
    // 2023: 1,506.00 € × (0.5 % × 181 days + 1.25 % × 184 days) / 365
    //     = 150600 × 3.205 / 365 cents = 482673 / 365 = 1322.39… → 13.22 €
    // (rounding each half apart would give 3.73 € + 9.49 € = 13.22 € here too, but not in general).
    const statement = depositStatement([paidIn], rates, '2024-01-01')
    expect(statement.lines.at(-1)).toEqual({
      kind: 'interest',
      date: '2023-12-31',
      cents: 1322,
      balanceCents: 151_922,
      year: 2023,
    })
  })

  it('pays out 1,131.29 € on 30.09.2024 after a partial payout of 400.00 € on 30.04.2024', () => {
    // 2024 has 366 days. 01.01.–29.04.: 120 days on 1,519.22 €; 30.04.–29.09.: 153 days on 1,119.22 €.
    // (151922 × 1.25 % × 120 + 111922 × 1.25 % × 153) / 366 = (227883 + 214050.825) / 366
    //   = 441933.825 / 366 = 1207.47 cents → 12.07 €; 1,119.22 € + 12.07 € = 1,131.29 €.
    const statement = depositStatement([paidIn, partialPayout], rates, '2024-09-30')
    expect(statement.lines).toEqual([
      { kind: 'in', date: '2022-03-15', cents: 150_000, balanceCents: 150_000 },
      { kind: 'interest', date: '2022-12-31', cents: 600, balanceCents: 150_600, year: 2022 },
      { kind: 'interest', date: '2023-12-31', cents: 1322, balanceCents: 151_922, year: 2023 },
      { kind: 'out', date: '2024-04-30', cents: 40_000, balanceCents: 111_922 },
      { kind: 'interest', date: '2024-09-30', cents: 1207, balanceCents: 113_129, year: 2024 },
    ])
    expect(statement).toMatchObject({
      paidInCents: 150_000,
      paidOutCents: 40_000,
      interestCents: 600 + 1322 + 1207,
      payoutCents: 113_129,
    })
    expect(statement.payoutCents).toBe(statement.paidInCents - statement.paidOutCents + statement.interestCents)
  })

  it('ignores what happens after the day asked for', () => {
    // 15.03.–30.04.2022 = 46 days: 150000 × 0.5 % × 46 / 365 = 34500 / 365 = 94.52 cents → 0.95 €.
    const statement = depositStatement([paidIn, partialPayout], rates, '2022-04-30')
    expect(statement.payoutCents).toBe(150_095)
    expect(depositStatement([paidIn], rates, '2022-03-01').payoutCents).toBe(0)
  })

  it('refuses a day without a rate and a payout larger than the deposit', () => {
    expect(() => depositStatement([{ date: '2019-06-01', cents: 100 }], rates, '2020-06-01')).toThrow(/2019-06-01/)
    expect(() => depositStatement([paidIn, { date: '2022-03-16', cents: -200_000 }], rates, '2022-04-01')).toThrow(
      /more than the deposit holds/,
    )
    expect(() => depositStatement([paidIn], [{ validFrom: '2020-01-01', percent: 0.1234 }], '2022-04-01')).toThrow(
      /three decimals/,
    )
  })
})

describe('money is exact (SPEC section 5)', () => {
  it('sums cents where binary floating point is off', () => {
    const amounts = ['0.10', '0.20', '0.10', '0.10', '0.10', '0.10', '0.10', '0.10', '0.10', '0.10']
    expect(amounts.reduce((sum, amount) => sum + Number(amount), 0)).not.toBe(1.1)
    expect(sumCents(amounts.map(toCents))).toBe(110)
  })

  it('keeps a deposit of 0.10 € and 0.20 € at exactly 0.30 € at 0 %', () => {
    const statement = depositStatement(
      [
        { date: '2024-01-01', cents: toCents('0.10') },
        { date: '2024-01-02', cents: toCents(0.2) },
      ],
      [{ validFrom: '2024-01-01', percent: 0 }],
      '2025-06-30',
    )
    expect(statement.payoutCents).toBe(30)
    expect(statement.interestCents).toBe(0)
  })
})
