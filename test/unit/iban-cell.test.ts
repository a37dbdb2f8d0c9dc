import { describe, expect, it } from 'vitest'

import { ibanCellText } from '@/admin/cells/iban-text'
import { ibanField } from '@/fields/bank'

/** SPEC section 5 / issue 13: IBANs read in groups of four where the admin shows them; stored normalised. */
describe('the IBAN cell', () => {
  it('groups a stored (normalised) IBAN in fours', () => {
    expect(ibanCellText('AT611904300234573201')).toBe('AT61 1904 3002 3457 3201')
    expect(ibanCellText('DE89370400440532013000')).toBe('DE89 3704 0044 0532 0130 00')
  })

  it('leaves a masked IBAN as the server masked it, and shows nothing for nothing', () => {
    expect(ibanCellText('AT61 **** **** **** 3201')).toBe('AT61 **** **** **** 3201')
    expect(ibanCellText(null)).toBe('')
    expect(ibanCellText('')).toBe('')
  })

  it('is the list cell of every IBAN field', () => {
    const [field] = ibanField('holder')
    expect(field.admin?.components?.Cell).toBe('@/admin/cells/iban-cell#IbanCell')
  })
})
