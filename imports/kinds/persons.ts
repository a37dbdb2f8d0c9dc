import { storedDate } from '@/lib/dates'
import { personDisplayName } from '@/lib/person-name'

import { cells, required } from '../format/cells'
import { type ImportDb, sealedCells } from '../db'
import type { Problem } from '../report'
import { countries } from './objects'
import type { KindDefinition } from './types'

/** Persons (SPEC F-05) with one bank account, keyed by the accounting system's key. */
export const persons: KindDefinition = {
  kind: 'persons',
  keyColumn: 'key',
  requiredColumns: ['key', 'kind'],
  columns: (context) => ({
    key: required(cells.key()),
    kind: required(cells.choice(['natural', 'legal'] as const)),
    salutation: cells.choice(['ms', 'mr', 'none', 'company'] as const),
    title: cells.text(50),
    firstName: cells.text(100),
    lastName: cells.text(100),
    companyName: cells.text(200),
    street: cells.text(200),
    houseNumber: cells.text(20),
    door: cells.text(20),
    postcode: cells.text(10),
    city: cells.text(100),
    country: cells.choice(countries),
    birthDate: cells.date(),
    iban: cells.iban(context.ibanChecks.has('person')),
    bic: cells.bic(context.ibanChecks.has('person')),
    accountHolder: cells.text(200),
  }),
  rowRules: (row) => {
    const problems: Problem[] = []
    // The collection's rule: natural persons need a last name, legal persons a company name.
    if (row.kind === 'natural' && !row.lastName)
      problems.push({ field: 'lastName', key: 'importNaturalNeedsLastName' })
    if (row.kind === 'legal' && !row.companyName)
      problems.push({ field: 'companyName', key: 'importLegalNeedsCompanyName' })
    if (!row.iban && (row.bic || row.accountHolder))
      problems.push({ field: 'iban', key: 'importAccountNeedsIban' })
    return problems
  },
  stage: [
    ['display_name', 'text'],
    ['kind', 'text'],
    ['salutation', 'text'],
    ['title', 'text'],
    ['first_name', 'text'],
    ['last_name', 'text'],
    ['company_name', 'text'],
    ['street', 'text'],
    ['house_number', 'text'],
    ['door', 'text'],
    ['postcode', 'text'],
    ['city', 'text'],
    ['country', 'text'],
    ['birth_date', 'text'],
    ['birth_date_hash', 'text'],
    ['iban', 'text'],
    ['iban_hash', 'text'],
    ['bic', 'text'],
    ['bic_hash', 'text'],
    ['account_holder', 'text'],
  ],
  // The display name is derived here as the collection's beforeChange hook derives it; birth date,
  // IBAN and BIC are encrypted here, in the form the collection stores them (ADR 0063).
  toStage: (row) => [
    personDisplayName(row),
    row.kind,
    row.salutation,
    row.title,
    row.firstName,
    row.lastName,
    row.companyName,
    row.street,
    row.houseNumber,
    row.door,
    row.postcode,
    row.city,
    row.country,
    ...sealedCells(row.birthDate ? storedDate(row.birthDate) : null),
    ...sealedCells(row.iban),
    ...sealedCells(row.bic),
    row.accountHolder,
  ],
  check: async (db) => db.duplicateKeys(),
  write: async (db) => {
    const written = await db.upsert({
      slug: 'persons',
      // The display name follows the owned name parts, as the collection's hook derives it.
      derived: ['displayName'],
      values: {
        displayName: 's.display_name',
        kind: 's.kind::enum_persons_kind',
        salutation: 's.salutation::enum_persons_salutation',
        title: 's.title',
        firstName: 's.first_name',
        lastName: 's.last_name',
        companyName: 's.company_name',
        'address.street': 's.street',
        'address.houseNumber': 's.house_number',
        'address.door': 's.door',
        'address.postcode': 's.postcode',
        'address.city': 's.city',
        'address.country': `coalesce(s.country, 'AT')::enum_persons_address_country`,
        birthDate: 's.birth_date',
        birthDateHash: 's.birth_date_hash',
      },
      fromColumn: {
        'address.street': 'street',
        'address.houseNumber': 'houseNumber',
        'address.door': 'door',
        'address.postcode': 'postcode',
        'address.city': 'city',
        'address.country': 'country',
      },
    })
    const accounts = db.present.has('iban') ? await replaceBankAccounts(db) : 0
    return { ...written, effects: { bankAccountsChanged: accounts } }
  },
  missing: async (db) => {
    const { keys, count } = await db.missing('persons')
    return { missingKeys: keys, effects: { missing: count } }
  },
}

/** The owned array `bankAccounts`: replaced as a whole for persons whose account differs. */
function replaceBankAccounts(db: ImportDb): Promise<number> {
  const table = db.table('persons', 'bankAccounts')
  return db.replaceRows({
    parentTable: 'persons',
    childTable: table,
    parentColumn: '_parent_id',
    orderColumn: '_order',
    columns: ['iban', 'iban_hash', 'bic', 'bic_hash', 'account_holder'],
    compared: ['iban_hash', 'bic_hash', 'account_holder'],
    wanted: `select p.id as parent_id, 1 as position, s.iban, s.iban_hash, s.bic, s.bic_hash, s.account_holder
             from stage s join persons p on p.external_key = s.key where s.iban is not null`,
    existing: `select b._parent_id as parent_id, b._order as position, b.iban_hash, b.bic_hash, b.account_holder
               from ${table} b join staged_ids i on i.id = b._parent_id`,
    extra: { id: `substr(md5(r.parent_id || '-' || r.position || clock_timestamp()::text), 1, 24)` },
  })
}
