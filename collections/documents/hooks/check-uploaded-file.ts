import type { CollectionBeforeOperationHook } from 'payload'

import { fieldError } from '@/i18n/messages'
import { checkDocumentFile } from '@/lib/documents/file-check'
import { settingsFor } from '@/lib/settings'

export const defaultMaxSizeMb = 25

/**
 * Checks the uploaded bytes before Payload stores anything (SPEC F-20, rule 6): not empty, within
 * the size limit of the settings, and a permitted type by content. Runs before Payload's own
 * (second) type check so the message is clear and in the request's language.
 */
export const checkUploadedFile: CollectionBeforeOperationHook = async ({ operation, req, args }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
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
