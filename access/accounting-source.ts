import type { PayloadRequest } from 'payload'

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
