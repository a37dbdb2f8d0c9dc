import type { CollectionSlug, PayloadRequest } from 'payload'

/**
 * SPEC F-11 / rule 5: records that come from the accounting system carry `source: 'accounting'`,
 * and the fields it owns change only through the import. The import marks its requests with
 * this context flag; REST and GraphQL cannot set `req.context`, so no user can.
 */
export const importContextFlag = 'hauswerkImport'

export function isImportRequest(req: PayloadRequest): boolean {
  return req.context?.[importContextFlag] === true
}

export function isFromAccounting(doc: unknown): boolean {
  return typeof doc === 'object' && doc !== null && (doc as { source?: unknown }).source === 'accounting'
}

/**
 * The one list of the fields the accounting system owns, per collection (ADR 0011). The
 * collections mark exactly these (`withAccountingOwnership`), which makes them read-only for
 * people on every path, and the import updates exactly these (`imports/owned-fields.ts`). A named
 * group owns its children. Units: the manual's "Einheiten" — numbers, building part, tenure, unit
 * code, the whole address ("wird komplett aus d+ RW importiert") and the two heating-cost fields
 * ("nächtlich übernommen").
 */
export const accountingOwnedFields = {
  objects: ['number', 'name', 'type', 'address', 'takeOverDate'],
  persons: ['kind', 'salutation', 'title', 'firstName', 'lastName', 'companyName', 'address', 'bankAccounts'],
  units: [
    'object',
    'unitNumber',
    'topNumber',
    'buildingPart',
    'tenure',
    'holdingType',
    'holdingSubType',
    'status',
    'vacantSince',
    'unitCode',
    'netArea',
    'usefulValue',
    'address',
    'areas',
    'heatingCostKey',
    'heatingCostCompany',
    'accountingRemark',
  ],
  tenancies: ['unit', 'kind', 'holders', 'moveIn', 'moveOut', 'fixedTermEnd', 'payment', 'agreedPayments'],
  functions: ['functionType', 'person', 'unit', 'object', 'tenancy', 'allocationOffice', 'from', 'until', 'remark'],
  postings: ['tenancy', 'date', 'kind', 'category', 'amount', 'period', 'reverses', 'text'],
} as const satisfies Partial<Record<CollectionSlug, readonly string[]>>

export type AccountingCollection = keyof typeof accountingOwnedFields

/** The collections whose records may come from the accounting import. */
export const accountingCollections = Object.keys(accountingOwnedFields) as AccountingCollection[]

/** Function types that come from the accounting system only (manual, "Funktionen"; SPEC F-08). */
export const accountingFunctionCodes: readonly number[] = [31000, 41000, 51000, 61000]
