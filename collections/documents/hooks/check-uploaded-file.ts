import type { CollectionBeforeOperationHook } from 'payload'

import { hasPermission } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { fieldError } from '@/i18n/messages'
import { checkDocumentFile } from '@/lib/documents/file-check'
import { settingsFor } from '@/globals/settings-reader'

export const defaultMaxSizeMb = 25

/**
 * Checks the uploaded bytes before Payload stores anything (SPEC F-20, rule 6): not empty, within
 * the size limit of the settings, and a permitted type by content. Runs before Payload's own
 * (second) type check so the message is clear and in the request's language.
 */
export const checkUploadedFile: CollectionBeforeOperationHook = async ({ operation, req, args }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  // Whoever may not write documents (anonymous, portal users, read-only roles) gets the access
  // check's 403, not a verdict on a file that will never be stored.
  const code = operation === 'create' ? P.documentsCreate : P.documentsUpdate
  if (!args.overrideAccess && !(await hasPermission(req, code))) return args
  const file = req.file
  if (!file) {
    if (operation === 'create') throw fieldError(req, 'file', 'fileRequired', {}, 'documents')
    return args
  }
  const settings = await settingsFor(req)
  const limit = (settings.documentMaxSizeMb ?? defaultMaxSizeMb) * 1024 * 1024
  const result = await checkDocumentFile({ name: file.name, data: file.data, size: file.size }, limit)
  if (!result.ok) {
    const { reason, ...vars } = result as { reason: 'fileEmpty' } & Record<string, unknown>
    delete vars.ok
    throw fieldError(req, 'file', reason, vars, 'documents')
  }
  return args
}
