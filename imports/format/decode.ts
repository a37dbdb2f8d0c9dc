import { createReadStream } from 'node:fs'

import iconv from 'iconv-lite'

import { FileProblem } from '../report'

export type Encoding = 'auto' | 'utf-8' | 'windows-1252'

/** Offset of the first byte that is not valid UTF-8, or -1; an incomplete sequence at the end is fine. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte <= 0xdf
          ? 2
          : byte >= 0xe0 && byte <= 0xef
            ? 3
            : byte >= 0xf0 && byte <= 0xf4
              ? 4
              : 0
    if (length === 0) return index
    for (let next = 1; next < length; next += 1) {
      if (index + next >= bytes.length) return -1
      if ((bytes[index + next] & 0xc0) !== 0x80) return index
    }
    index += length
  }
  return -1
}

function countLines(bytes: Uint8Array, end = bytes.length): number {
  let count = 0
  for (let index = 0; index < end; index += 1) if (bytes[index] === 0x0a) count += 1
  return count
}

/**
 * Streams a file as text. UTF-8 (with or without BOM) and Windows-1252 are read; `auto` takes
 * UTF-8 when the first 64 KiB are valid UTF-8 and Windows-1252 otherwise. A UTF-8 file with an
 * invalid byte later on is refused with its line (most often a Windows-1252 file read as UTF-8).
 * UTF-16 and binary files are refused. Never holds more than one chunk.
 */
export async function* decodeFile(
  path: string,
  encoding: Encoding,
  onBytes: (bytes: number) => void = () => {},
): AsyncGenerator<string> {
  let chosen: 'utf-8' | 'windows-1252' | null = encoding === 'auto' ? null : encoding
  let decoder: TextDecoder | null = null
  const win1252 = iconv.getDecoder('win1252')
  let linesBefore = 0
  let first = true
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    onBytes(chunk.length)
    let bytes: Uint8Array = chunk
    if (first) {
      first = false
      if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        throw new FileProblem({ key: 'importUtf16' })
      }
      if (bytes.subarray(0, 8192).includes(0)) {
        throw new FileProblem({ key: 'importBinary' })
      }
      const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      if (bom) {
        if (chosen === 'windows-1252')
          throw new FileProblem({ key: 'importBomNotWindows' })
        chosen = 'utf-8'
        bytes = bytes.subarray(3)
      }
      chosen ??= firstInvalidUtf8(bytes.subarray(0, 65536)) === -1 ? 'utf-8' : 'windows-1252'
      if (chosen === 'utf-8') decoder = new TextDecoder('utf-8', { fatal: true })
    }
    if (decoder) {
      try {
        yield decoder.decode(bytes, { stream: true })
      } catch {
        const offset = Math.max(0, firstInvalidUtf8(bytes))
        const line = linesBefore + countLines(bytes, offset) + 1
        throw new FileProblem({
          key: 'importNotUtf8',
          params: { byte: bytes[offset]?.toString(16).padStart(2, '0') ?? '' },
          line,
        })
      }
    } else {
      yield win1252.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
    }
    linesBefore += countLines(bytes)
  }
  if (decoder) {
    try {
      const rest = decoder.decode()
      if (rest) yield rest
    } catch {
      throw new FileProblem({ key: 'importEndsInsideCharacter', line: linesBefore + 1 })
    }
  } else {
    const rest = win1252.end()
    if (rest) yield rest
  }
}
