import type { CollectionAfterErrorHook, CollectionAfterOperationHook, CollectionBeforeChangeHook } from 'payload'

import { documentStore } from '@/collections/documents/storage'
import { committed, inOuterTransaction, onRollback, undoOutsideDatabase } from '@/db/transaction'

/**
 * A new file gets the next file version (recorded with every proof of receipt, F-81) and, should
 * the write not commit, is removed again from disk or bucket (rule 6: no file without its record).
 */
export const stampUpload: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (!req.file || typeof data.filename !== 'string') return data
  data.fileVersion = ((originalDoc?.fileVersion as number | undefined) ?? 0) + 1
  const filename = data.filename
  onRollback(req, () => documentStore().remove(filename))
  return data
}

/** The operation commits right after this hook unless an outer `inTransaction` owns the transaction. */
export const forgetUndoWhenCommitted: CollectionAfterOperationHook = ({ operation, req, result }) => {
  if ((operation === 'create' || operation === 'updateByID' || operation === 'update') && !inOuterTransaction(req)) {
    committed(req)
  }
  return result
}

/** A REST or GraphQL write that failed after the file was stored: remove the file again. */
export const removeFileOfFailedWrite: CollectionAfterErrorHook = async ({ req }) => {
  if (!inOuterTransaction(req)) await undoOutsideDatabase(req)
}
