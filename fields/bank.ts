import type { Field, FieldHook, PayloadRequest, TextField } from 'payload'

import { message } from '@/i18n/messages'
import { hasPermission } from '@/access/permissions'
import { isPortalUser } from '@/access/portal'
import { P } from '@/constants/permissions'
import { checkBic, checkIban, maskIban, normalizeBic, normalizeIban } from '@/lib/iban'
import { settingsFor } from '@/globals/settings-reader'

import { l } from './label'
import { sealed } from './sealed'

/** The modules that the setting "IBAN/BIC check" can switch on (configuration 95800 of the old system). */
export const ibanModules = [
  { label: l('Firma', 'Company'), value: 'company' },
  { label: l('Person', 'Person'), value: 'person' },
  { label: l('Interessent', 'Prospect'), value: 'prospect' },
  { label: l('Mitglied', 'Member'), value: 'member' },
  { label: l('Bestandnehmer', 'Holder'), value: 'holder' },
] as const

export type IbanModule = (typeof ibanModules)[number]['value']

async function checksIn(req: PayloadRequest, module: IbanModule): Promise<boolean> {
  const settings = await settingsFor(req)
  return (settings.ibanCheckModules ?? []).includes(module)
}

/**
 * Stores IBANs normalised. A masked IBAN coming back unchanged from a form (the user may not see
 * it in full) keeps the stored one.
 */
const normalizeIbanHook: FieldHook = ({ value, previousValue }) => {
  if (typeof value !== 'string' || !value) return value
  if (value.includes('*') && typeof previousValue === 'string' && maskIban(previousValue) === value) {
    return previousValue
  }
  return normalizeIban(value)
}

/**
 * Lists and forms show IBANs masked to staff without permission 900114. System reads
 * (`overrideAccess`) see them in full: among them the stored document an update starts from,
 * which must keep the real IBAN when a form sends the masked one back. A portal user (and "see
 * as") never gets one in full, not even from a system read made on their behalf: the SEPA mandate
 * of their contract data (F-51) leaves the server masked, whatever the page does with it.
 */
const maskWithoutPermission: FieldHook = async ({ value, req, overrideAccess }) => {
  if (typeof value !== 'string' || !value || !req.user) return value
  if (isPortalUser(req.user)) return maskIban(value)
  if (overrideAccess) return value
  return (await hasPermission(req, P.bankDataRead)) ? value : maskIban(value)
}
const normalizeBicHook: FieldHook = ({ value }) => (typeof value === 'string' && value ? normalizeBic(value) : value)

const ibanProblemMessage = {
  format: 'ibanFormat',
  country: 'ibanCountry',
  length: 'ibanLength',
  checksum: 'ibanChecksum',
} as const

/**
 * An IBAN, stored encrypted with its keyed hash beside it (`ibanHash`: exact search, ADR 0063);
 * `requireIban` where the IBAN is what the row is about (a person's bank account), so that a row
 * with only a BIC or a holder is refused rather than stored empty.
 */
export function ibanField(
  module: IbanModule,
  name = 'iban',
  { requireIban = false, ...options }: Partial<TextField> & { requireIban?: boolean } = {},
): TextField[] {
  return sealed(
    {
      name,
      type: 'text',
      label: 'IBAN',
      ...options,
      admin: {
        ...options.admin,
        components: { ...options.admin?.components, Cell: '@/admin/cells/iban-cell#IbanCell' },
      },
      // Marks the field for the query guard (access/bank-data-queries.ts), which finds it by name.
      custom: { ...options.custom, maskedIban: true },
      hooks: { beforeValidate: [normalizeIbanHook], afterRead: [maskWithoutPermission] },
      validate: async (value, { req }) => {
        if (!value) return requireIban ? message(req, 'ibanRequired') : true
        if (!(await checksIn(req, module))) return true
        const result = checkIban(value)
        return result.ok ? true : message(req, ibanProblemMessage[result.problem])
      },
    } as TextField,
    { fingerprint: true, searchable: true },
  )
}

/**
 * A BIC beside an IBAN, encrypted like it (its hash lets the import see whether it changed);
 * `requiredWithIban` for deposit accounts (SPEC F-07).
 */
export function bicField(
  module: IbanModule,
  {
    name = 'bic',
    ibanField: ibanName = 'iban',
    requiredWithIban = false,
    admin,
  }: { name?: string; ibanField?: string; requiredWithIban?: boolean; admin?: TextField['admin'] } = {},
): TextField[] {
  return sealed(
    {
      name,
      type: 'text',
      label: 'BIC',
      admin,
      hooks: { beforeValidate: [normalizeBicHook] },
      validate: async (value, { req, siblingData }) => {
        const iban = (siblingData as Record<string, unknown>)?.[ibanName]
        // The manual: whenever a deposit account's IBAN is entered, its BIC is required — whether
        // or not the module checks IBAN/BIC formats (configuration 95800).
        if (!value) return requiredWithIban && iban ? message(req, 'bicRequired') : true
        if (!(await checksIn(req, module))) return true
        return checkBic(value) ? true : message(req, 'bicInvalid')
      },
    } as TextField,
    { fingerprint: true },
  )
}

/** IBAN, BIC and holder of one account, side by side; `requireIban` for a row that is the account. */
export function bankAccountFields(module: IbanModule, { requireBic = false, requireIban = false } = {}): Field[] {
  return [
    {
      type: 'row',
      fields: [
        ...ibanField(module, 'iban', { requireIban, admin: { width: '45%' } }),
        ...bicField(module, { requiredWithIban: requireBic, admin: { width: '20%' } }),
        { name: 'accountHolder', type: 'text', label: l('Kontoinhaber', 'Account holder'), admin: { width: '35%' } },
      ],
    },
  ]
}
