import path from 'node:path'

import { readCsv } from './format/csv'
import { decodeFile, type Encoding } from './format/decode'
import type { ReadEvent } from './format/events'
import { readJson } from './format/json'
import { type ImportKind, importKinds } from './kinds/names'

/** The kind a file name announces: `units.csv`, `units-2026-12-31.json`, `allocation-offices.csv`. */
export function kindOfFileName(name: string): ImportKind | null {
  const base = path.basename(name).toLowerCase()
  return (
    importKinds.find(
      (kind) =>
        base === kind || base.startsWith(`${kind}.`) || base.startsWith(`${kind}-`) || base.startsWith(`${kind}_`),
    ) ?? null
  )
}

export function isJson(name: string): boolean {
  return /\.json$/i.test(name)
}

/** The events of one file, CSV or JSON by its extension, streamed from disk. */
export function readFileEvents(
  filePath: string,
  name: string,
  encoding: Encoding,
  onBytes: (bytes: number) => void,
): AsyncGenerator<ReadEvent> {
  const text = decodeFile(filePath, encoding, onBytes)
  return isJson(name) ? readJson(text) : readCsv(text)
}
