import type { AfterErrorHook, CollectionConfig } from 'payload'

/**
 * Errors Payload raises as 500 although the request is at fault (SPEC rule 6: bad input is a
 * 4xx). Payload passes the multipart parser's complaint on as a plain 500 (a NUL byte in an
 * upload's file name is a malformed part header), and the database layer answers a path it
 * cannot resolve with a 500 — reached by routes that query a field the collection does not have
 * (`POST /api/portal-users/verify/<token>` without e-mail verification). Matched by the
 * messages of busboy (`node_modules/busboy/lib`) and of @payloadcms/drizzle's
 * getTableColumnFromPath; everything else keeps its status.
 */
const malformedBody = new Set([
  'Malformed part header',
  'Malformed content type',
  'Malformed urlencoded form',
  'Missing Content-Type',
  'Multipart: Boundary not found',
  'Unexpected end of file',
  'Unexpected end of form',
])
const unresolvablePath = /^Cannot find field for path at /

const badRequest = (message: string) => ({ response: { errors: [{ message }] }, status: 400 })

type FieldErrors = { errors?: Array<{ path?: string; message?: string }> }

/**
 * A refusal naming its fields keeps them on the way out: Payload's error formatter recognises its
 * ValidationError by `instanceof`, which fails in the production build (the class is bundled more
 * than once), and then answers with the summary alone — the admin could mark no field and showed
 * only a toast. Matched by name, the answer carries `data.errors[]` (path and message) again.
 */
function fieldErrorsKept(error: Error & { data?: FieldErrors; status?: number }) {
  if (error.name !== 'ValidationError' || !Array.isArray(error.data?.errors)) return undefined
  return {
    response: { errors: [{ name: error.name, data: error.data, message: error.message }] },
    status: error.status ?? 400,
  }
}

export const clientErrorsAs4xx: AfterErrorHook = ({ error }) => {
  const kept = fieldErrorsKept(error as Error & { data?: FieldErrors; status?: number })
  if (kept) return kept
  const status = (error as { status?: number }).status
  if (status !== undefined && status !== 500) return
  if (malformedBody.has(error.message)) return badRequest(`The request body could not be read: ${error.message}.`)
  if (unresolvablePath.test(error.message)) return badRequest('This request asks for a field that does not exist here.')
}

export function mapClientErrors(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: { ...collection.hooks, afterError: [...(collection.hooks?.afterError ?? []), clientErrorsAs4xx] },
  }
}
