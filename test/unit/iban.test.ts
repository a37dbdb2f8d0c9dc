import { describe, expect, it } from 'vitest'

import { checkBic, checkIban, formatIban, maskIban, normalizeBic, normalizeIban } from '@/lib/iban'

/** The example IBANs published per country in the SWIFT IBAN registry (ISO 13616). */
const published: Record<string, string> = {
  AD: 'AD1200012030200359100100',
  AT: 'AT611904300234573201',
  BE: 'BE68539007547034',
  BG: 'BG80BNBG96611020345678',
  CH: 'CH9300762011623852957',
  CY: 'CY17002001280000001200527600',
  CZ: 'CZ6508000000192000145399',
  DE: 'DE89370400440532013000',
  DK: 'DK5000400440116243',
  EE: 'EE382200221020145685',
  ES: 'ES9121000418450200051332',
  FI: 'FI2112345600000785',
  FR: 'FR1420041010050500013M02606',
  GB: 'GB29NWBK60161331926819',
  GR: 'GR1601101250000000012300695',
  HR: 'HR1210010051863000160',
  HU: 'HU42117730161111101800000000',
  IE: 'IE29AIBK93115212345678',
  IS: 'IS140159260076545510730339',
  IT: 'IT60X0542811101000000123456',
  LI: 'LI21088100002324013AA',
  LT: 'LT121000011101001000',
  LU: 'LU280019400644750000',
  LV: 'LV80BANK0000435195001',
  MC: 'MC5811222000010123456789030',
  MT: 'MT84MALT011000012345MTLCAST001S',
  NL: 'NL91ABNA0417164300',
  NO: 'NO9386011117947',
  PL: 'PL61109010140000071219812874',
  PT: 'PT50000201231234567890154',
  RO: 'RO49AAAA1B31007593840000',
  SA: 'SA0380000000608010167519',
  SE: 'SE4550000000058398257466',
  SI: 'SI56263300012039086',
  SK: 'SK3112000000198742637541',
  SM: 'SM86U0322509800000000270100',
  TR: 'TR330006100519786457841326',
}
const examples = Object.entries(published).map(([country, iban]) => ({ country, iban }))

/** ISO 7064 mod 97-10 written out here, so the examples are checked independently of ibantools. */
function mod97(iban: string): number {
  const digits = (iban.slice(4) + iban.slice(0, 4)).replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55))
  return [...digits].reduce((rest, digit) => (rest * 10 + Number(digit)) % 97, 0)
}

/** The same IBAN with check digits that are off by one. */
function wrongCheckDigits(iban: string): string {
  const check = Number(iban.slice(2, 4))
  const other = check >= 98 ? check - 1 : check + 1
  return iban.slice(0, 2) + String(other).padStart(2, '0') + iban.slice(4)
}

describe('IBAN checks (SPEC F-07): ISO 13616 check digits and per-country length', () => {
  it('covers at least 20 countries with genuine examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(20)
    for (const { iban } of examples) expect(mod97(iban), iban).toBe(1)
  })

  it.each(examples)('accepts the published example of $country', ({ iban }) => {
    expect(checkIban(iban)).toEqual({ ok: true, iban })
  })

  it.each(examples)('refuses $country with a wrong check digit', ({ iban }) => {
    expect(checkIban(wrongCheckDigits(iban))).toEqual({ ok: false, problem: 'checksum' })
  })

  it.each(examples)('refuses $country one character short or long', ({ iban }) => {
    expect(checkIban(iban.slice(0, -1))).toEqual({ ok: false, problem: 'length' })
    expect(checkIban(`${iban}0`)).toEqual({ ok: false, problem: 'length' })
  })

  it('refuses unknown countries and countries without IBAN', () => {
    expect(checkIban('XX89370400440532013000')).toEqual({ ok: false, problem: 'country' })
    expect(checkIban('US64SVBKUS6S3300958879')).toEqual({ ok: false, problem: 'country' })
  })

  it('refuses what does not look like an IBAN at all, and a letter where the country wants digits', () => {
    expect(checkIban('')).toEqual({ ok: false, problem: 'format' })
    expect(checkIban('1234567890')).toEqual({ ok: false, problem: 'format' })
    expect(checkIban('AT61.1904.3002.3457.3201')).toEqual({ ok: false, problem: 'format' })
    expect(checkIban('AT61190430023457320A')).toEqual({ ok: false, problem: 'format' })
  })

  it('accepts lower case, spaces and dashes, and answers with the stored form', () => {
    expect(checkIban(' at61 1904 3002 3457 3201 ')).toEqual({ ok: true, iban: 'AT611904300234573201' })
    expect(checkIban('AT61-1904-3002-3457-3201')).toEqual({ ok: true, iban: 'AT611904300234573201' })
    expect(normalizeIban('de89 3704 0044 0532 0130 00')).toBe('DE89370400440532013000')
  })
})

describe('BIC checks', () => {
  it('accepts 8- and 11-character BICs in any case', () => {
    for (const bic of ['BKAUATWW', 'RLNWATWW', 'COBADEFFXXX', 'DEUTDEFF500', 'SPIHAT22XXX', 'bkauatww', 'BKAU ATWW'])
      expect(checkBic(bic), bic).toBe(true)
  })

  it('refuses wrong lengths, digits in the bank code and unknown countries', () => {
    for (const bic of ['', 'BKAU', 'BKAUATW', 'BKAUATWWX', '1KAUATWW', 'BKAUXXWW', 'BKAUATWW-XX'])
      expect(checkBic(bic), bic).toBe(false)
  })

  it('stores BICs upper case without spaces', () => {
    expect(normalizeBic(' bkau atww ')).toBe('BKAUATWW')
  })
})

describe('IBAN display', () => {
  it('shows groups of four', () => {
    expect(formatIban('AT611904300234573201')).toBe('AT61 1904 3002 3457 3201')
    expect(formatIban('de89370400440532013000')).toBe('DE89 3704 0044 0532 0130 00')
  })

  it('masks all but the country, check digits and last four (SPEC section 5)', () => {
    expect(maskIban('AT611904300234573201')).toBe('AT61 **** **** **** 3201')
    expect(maskIban('AT61 1904 3002 3457 3201')).toBe('AT61 **** **** **** 3201')
    expect(maskIban('DE89370400440532013000')).toBe('DE89 **** **** **** **30 00')
    expect(maskIban('NO9386011117947')).toBe('NO93 **** ***7 947')
  })

  it('never shows anything of a value too short to mask', () => {
    expect(maskIban('AT61')).toBe('****')
  })

  it('keeps every character count and never reveals a middle digit', () => {
    for (const { iban } of examples) {
      const masked = maskIban(iban).replaceAll(' ', '')
      expect(masked.length, iban).toBe(iban.length)
      expect(masked.slice(4, -4), iban).toMatch(/^\*+$/)
    }
  })
})
