import { fileTypeFromBuffer } from 'file-type'

/** What the document store accepts, by content (SPEC F-20): PDF, images, office files, plain text. */
export const acceptedTypes: Record<string, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/png': ['png'],
  'image/webp': ['webp'],
  'image/tiff': ['tif', 'tiff'],
  'image/heic': ['heic', 'heif'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'application/vnd.oasis.opendocument.presentation': ['odp'],
  // Legacy Word/Excel/PowerPoint files are OLE compound files; file-type names the container.
  'application/x-cfb': ['doc', 'xls', 'ppt', 'msg'],
  // Plain text has no signature: accepted only under these extensions and when it holds no NUL byte.
  'text/plain': ['txt'],
  'text/csv': ['csv'],
}

export const imageTypes = ['image/jpeg', 'image/png', 'image/webp'] as const

/** The MIME types Payload's own (second) check accepts: the same list. */
export const acceptedMimeTypes = Object.keys(acceptedTypes)

export type FileCheck =
  | { ok: true; mime: string }
  | { ok: false; reason: 'fileEmpty' }
  | { ok: false; reason: 'fileTooLarge'; size: number; limit: number }
  | { ok: false; reason: 'fileTypeRefused'; type: string }
  | { ok: false; reason: 'fileTypeMismatch'; type: string; extension: string }

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase()
}

/**
 * Checks an upload by its bytes, never by the name or the browser's claim: an executable renamed
 * `.pdf` is an executable. The size limit comes from the settings.
 */
export async function checkDocumentFile(
  file: { name: string; data: Uint8Array; size?: number },
  limitBytes: number,
): Promise<FileCheck> {
  const size = file.size ?? file.data.length
  if (size === 0 || file.data.length === 0) return { ok: false, reason: 'fileEmpty' }
  if (size > limitBytes)
    return { ok: false, reason: 'fileTooLarge', size: megabytes(size), limit: megabytes(limitBytes) }
  const extension = extensionOf(file.name)
  const detected = await fileTypeFromBuffer(file.data)
  if (!detected) {
    const text = extension === 'csv' ? 'text/csv' : extension === 'txt' ? 'text/plain' : null
    if (text && !file.data.includes(0)) return { ok: true, mime: text }
    return { ok: false, reason: 'fileTypeRefused', type: 'unbekannt / unknown' }
  }
  const extensions = acceptedTypes[detected.mime]
  if (!extensions) return { ok: false, reason: 'fileTypeRefused', type: detected.mime }
  if (!extensions.includes(extension)) return { ok: false, reason: 'fileTypeMismatch', type: detected.mime, extension }
  return { ok: true, mime: detected.mime }
}

export type PhotoCheck = FileCheck | { ok: false; reason: 'notAnImage' }

/** A photo (a request's, SPEC F-54): the same check by content, and then only JPEG, PNG or WebP. */
export async function checkPhotoFile(
  file: { name: string; data: Uint8Array; size?: number },
  limitBytes: number,
): Promise<PhotoCheck> {
  const result = await checkDocumentFile(file, limitBytes)
  if (result.ok && !(imageTypes as readonly string[]).includes(result.mime)) return { ok: false, reason: 'notAnImage' }
  return result
}
