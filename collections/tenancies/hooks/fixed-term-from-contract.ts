import type { CollectionBeforeChangeHook } from 'payload'

import { isFromAccounting, isImportRequest } from '@/access/accounting-source'
import { fieldError } from '@/i18n/messages'
import { sameValue } from '@/lib/same-value'

/**
 * "Befristung = Vertragsende": the fixed-term end is taken from the contract end — only where the
 * fixed-term end is not imported (the manual). The field's own guard ran on the incoming data
 * before this hook; the stored result is guarded here.
 */
export const fixedTermFromContract: CollectionBeforeChangeHook = ({ data, originalDoc, req, collection }) => {
  const fromContract = data.fixedTermFromContract ?? originalDoc?.fixedTermFromContract
  if (!fromContract) return data
  const contractEnd = data.contractEnd !== undefined ? data.contractEnd : originalDoc?.contractEnd
  const fixedTermEnd = contractEnd ?? null
  if (
    isFromAccounting(originalDoc) &&
    !isImportRequest(req) &&
    !sameValue(fixedTermEnd, originalDoc?.fixedTermEnd ?? null)
  ) {
    throw fieldError(req, 'fixedTermEnd', 'ownedByAccounting', {}, collection.slug)
  }
  return { ...data, fixedTermEnd }
}
