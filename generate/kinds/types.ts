import type { GlobalWorld, ObjectWorld } from '../world'

export type Cell = string | number | null | undefined

/**
 * One generated file. Its header is the import format's columns (docs/import.md); `global` rows
 * come first, then `rows` for every object in turn. A new kind (documents, in a later issue) is
 * one more file like this, listed in `index.ts`.
 */
export type GeneratedKind = {
  file: string
  header: string[]
  global?: (world: GlobalWorld) => Iterable<Cell[]>
  rows?: (world: ObjectWorld, global: GlobalWorld) => Iterable<Cell[]>
}
