import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { formatCents } from '@/portal/app/i18n'
import { accountStatement } from '@/portal/models/statement.server'

import { problemsOf, runImport, scratch, writeImport } from '../helpers/import-files'
import { testPayload } from '../helpers/payload'
import { portalUser } from '../helpers/personas'

/**
 * SPEC section 5 / issue 13: money is never a binary fraction between reading and showing.
 * 0,10 + 0,20 is 0.30000000000000004 in floating point; through the import, the portal's sum and
 * its display it must read exactly `0,30 €`.
 */
describe('0,10 + 0,20 through the import and the account statement', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await testPayload()
  })

  it('imports two charges and the statement sums and shows exactly 0,30 €', async () => {
    const file = writeImport(scratch(), 'postings.json', [
      JSON.stringify({
        kind: 'postings',
        export: 'delta',
        rows: [
          { key: 'B-SUM-1', tenancy: 'T-1001/001-2019-04-01', date: '02.01.2031', kind: 'charge', category: 'rent', amount: '0,10', text: 'Zehn Cent' },
          { key: 'B-SUM-2', tenancy: 'T-1001/001-2019-04-01', date: '03.01.2031', kind: 'charge', category: 'rent', amount: '0,20', text: 'Zwanzig Cent' },
        ],
      }),
    ])
    const report = await runImport(payload, file)
    expect(problemsOf(report)).toEqual([])

    const user = await portalUser(payload, 'tenant')
    const { statements } = await accountStatement(payload, user, { from: '2031-01-01', to: '2031-01-31' })
    const [statement] = statements.filter((entry) => entry.lines.length > 0)
    expect(statement.lines.map((line) => line.cents)).toEqual([10, 20])
    expect(statement.chargesCents).toBe(30)
    expect(formatCents('de', statement.chargesCents)).toBe('0,30 €')
    expect(formatCents('de', statement.lines.at(-1)!.balanceCents - statement.openingCents)).toBe('0,30 €')
  })
})
