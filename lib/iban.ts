import { electronicFormatIBAN, friendlyFormatIBAN, validateBIC, validateIBAN, ValidationErrorsIBAN } from 'ibantools'

export type IbanProblem = 'format' | 'country' | 'length' | 'checksum'
export type IbanCheck = { ok: true; iban: string } | { ok: false; problem: IbanProblem }

/** ISO 13616: country, per-country length and format, and the mod-97 check digits (SPEC F-07). */
export function checkIban(raw: string): IbanCheck {
  const iban = normalizeIban(raw)
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return { ok: false, problem: 'format' }
  const result = validateIBAN(iban)
  if (result.valid) return { ok: true, iban }
  const codes = result.errorCodes
  if (codes.includes(ValidationErrorsIBAN.NoIBANCountry)) return { ok: false, problem: 'country' }
  if (codes.includes(ValidationErrorsIBAN.WrongBBANLength)) return { ok: false, problem: 'length' }
  if (codes.includes(ValidationErrorsIBAN.WrongBBANFormat)) return { ok: false, problem: 'format' }
  return { ok: false, problem: 'checksum' }
}

export function checkBic(raw: string): boolean {
  return validateBIC(raw.replace(/\s+/g, '').toUpperCase()).valid
}

/** Stored form: upper case, no spaces. */
export function normalizeIban(raw: string): string {
  return electronicFormatIBAN(raw) ?? raw.replace(/\s+/g, '').toUpperCase()
}

export function normalizeBic(raw: string): string {
  return raw.replace(/\s+/g, '').toUpperCase()
}

/** Shown form: groups of four. */
export function formatIban(iban: string): string {
  return friendlyFormatIBAN(normalizeIban(iban)) ?? iban
}

/** For people who may not see it in full: `AT61 **** **** **** 3201`. */
export function maskIban(iban: string): string {
  const plain = normalizeIban(iban)
  if (plain.length < 8) return '****'
  const masked = plain.slice(0, 4) + '*'.repeat(plain.length - 8) + plain.slice(-4)
  return masked.replace(/(.{4})(?=.)/g, '$1 ')
}
