import { type UploadHandler, unstable_parseMultipartFormData } from '@remix-run/node'

import type { Photo } from '@/portal/models/requests.server'

/** Why a multipart form was refused before anything was read into a record. */
export class UploadRefused extends Error {
  constructor(readonly reason: 'too-many' | 'file-too-large' | 'total-too-large' | 'field-too-large') {
    super(reason)
  }
}

const maxTextField = 20_000

async function collect(data: AsyncIterable<Uint8Array>, limit: number, onTooLarge: () => never): Promise<Buffer> {
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of data) {
    size += chunk.byteLength
    if (size > limit) onTooLarge()
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

/**
 * Reads a form with photos (field `fileField`) into memory, refusing more than `maxFiles` files,
 * one above `maxFileBytes` or all together above `maxTotalBytes` while reading — before the
 * request body is held in full. Empty file inputs (nothing chosen) are skipped.
 */
export async function parsePhotoForm(
  request: Request,
  {
    fileField,
    maxFiles,
    maxFileBytes,
    maxTotalBytes,
  }: { fileField: string; maxFiles: number; maxFileBytes: number; maxTotalBytes: number },
): Promise<{ form: FormData; photos: Photo[] }> {
  const declared = Number(request.headers.get('Content-Length') ?? 0)
  if (declared > maxTotalBytes + 1024 * 1024) throw new UploadRefused('total-too-large')
  const photos: Photo[] = []
  let total = 0
  const handler: UploadHandler = async ({ name, filename, contentType, data }) => {
    if (filename === undefined) {
      const text = await collect(data, maxTextField, () => {
        throw new UploadRefused('field-too-large')
      })
      return text.toString('utf8')
    }
    const bytes = await collect(data, maxFileBytes, () => {
      throw new UploadRefused('file-too-large')
    })
    if (name !== fileField || (filename === '' && bytes.length === 0)) return undefined
    total += bytes.length
    if (total > maxTotalBytes) throw new UploadRefused('total-too-large')
    if (photos.length >= maxFiles) throw new UploadRefused('too-many')
    photos.push({ name: filename.slice(-200) || 'foto', mimetype: contentType, data: bytes })
    return undefined
  }
  const form = await unstable_parseMultipartFormData(request, handler)
  return { form, photos }
}
