import type { GlobalWorld, ObjectWorld } from '../world'

export type Cell = string | number | null | undefined

/**
 * One generated file. Its header is the import format's columns (docs/import.md); `global` rows
 * come first, then `rows` for every object in turn. A new kind is one more file like this, listed
 * in `index.ts`.
 */
export type GeneratedKind = {
  /** What `--only` names it by. */
  name: string
  /** Its path inside the output directory. */
  file: string
  header: string[]
  /** Columns after the header's that depend on the options (the units' individual fields). */
  extraColumns?: (world: GlobalWorld) => string[]
  /**
   * Not an import file (documents, releases): no import statement line, and written below the
   * output directory, so that `npm run import -- generated/*.csv` takes only the import files.
   */
  bulk?: boolean
  global?: (world: GlobalWorld) => Iterable<Cell[]>
  rows?: (world: ObjectWorld, global: GlobalWorld) => Iterable<Cell[]>
}
