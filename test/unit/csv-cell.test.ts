import { stringify } from 'csv-stringify/sync'
import { describe, expect, it } from 'vitest'

import { csvCell, csvCellCast, csvRow } from '@/lib/csv-cell'

describe('csvCell (CSV injection)', () => {
  it.each(['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])('prefixes %j', (value) => {
    expect(csvCell(value)).toBe(`'${value}`)
  })

  it.each(['Gruber', '', ' =1', "'=1", 'AT61 **** 3201', '1-2'])('leaves %j as it is', (value) => {
    expect(csvCell(value)).toBe(value)
  })

  it('neutralises string cells of a row and leaves numbers, booleans and null alone', () => {
    expect(csvRow({ name: '=1+1', amount: -12.5, active: true, note: null })).toEqual({
      name: "'=1+1",
      amount: -12.5,
      active: true,
      note: null,
    })
  })

  it('as csv-stringify cast writes the neutralised text and the negative number', () => {
    const text = stringify([['=HYPERLINK("http://evil")', -3]], { cast: csvCellCast })
    expect(text).toBe(`"'=HYPERLINK(""http://evil"")",-3\n`)
  })
})
