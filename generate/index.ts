import { createWriteStream, mkdirSync, writeFileSync, type WriteStream } from 'node:fs'
import path from 'node:path'

import { definitionData } from './individual-fields'
import { generatedKinds } from './kinds'
import { postingMonths } from './kinds/postings'
import type { Cell, GeneratedKind } from './kinds/types'
import { Random } from './random'
import { csvLine, germanDate } from './values'
import { globalWorld, objectWorld } from './world'

export type GenerateOptions = {
  units: number
  seed: number
  out: string
  /** The day the dataset is "exported" on; with the seed it fixes every byte. */
  asOf: string
  months: number
  /** Mark the files as full exports (records missing from them are ended on import). */
  full: boolean
  /** Only these files (by kind name, e.g. `units`, `documents`); all when empty. */
  only: string[]
  /** Individual fields of units to define and fill (extra columns of units.csv); none by default. */
  individualFields?: number
}

export type GeneratedFile = { kind: string; file: string; rows: number; bulk: boolean }
export type GenerateResult = {
  files: GeneratedFile[]
  /** The definitions units.csv's extra columns need (a JSON array), when there are any. */
  definitionsFile: string | null
  objects: number
  units: number
}

/** Where the definitions of the generated individual fields are written, inside the output directory. */
export const definitionsFileName = 'individual-field-definitions.json'

/** A buffered file writer that waits when the disk is behind (memory stays flat). */
class Output {
  private buffer = ''
  rows = 0
  private readonly stream: WriteStream

  constructor(readonly file: string) {
    this.stream = createWriteStream(file)
  }

  async line(text: string) {
    this.buffer += text
    if (this.buffer.length > 1 << 20) await this.flush()
  }

  async flush() {
    if (!this.buffer) return
    const ok = this.stream.write(this.buffer)
    this.buffer = ''
    if (!ok) await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()))
  }

  async close() {
    await this.flush()
    await new Promise<void>((resolve, reject) =>
      this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
    )
  }
}

/**
 * Writes a Wien-scale dataset as import files (docs/import.md, "Generator"): objects of 20–400
 * units on staircases, 15 years of tenancies with moves and vacancies, owners, functions,
 * allocation offices, months of postings and, optionally, individual fields of units; and the
 * document store (documents and releases) as bulk-load files in `documents/`. Deterministic:
 * same options, same bytes. One object at a time, so memory stays flat at any size.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  mkdirSync(options.out, { recursive: true })
  postingMonths.value = options.months
  const kinds = generatedKinds.filter((kind) => !options.only.length || options.only.includes(kind.name))
  const global = globalWorld(options.seed, options.asOf, options.individualFields ?? 0)
  const outputs = new Map<GeneratedKind, Output>()
  for (const kind of kinds) {
    const file = path.join(options.out, kind.file)
    mkdirSync(path.dirname(file), { recursive: true })
    const output = new Output(file)
    const header = csvLine([...kind.header, ...(kind.extraColumns?.(global) ?? [])])
    const statement = `# kind=${kind.name}; export=${options.full ? 'full' : 'delta'}; exportDate=${germanDate(options.asOf)}\n`
    await output.line(kind.bulk ? header : `${statement}${header}`)
    outputs.set(kind, output)
  }
  let definitionsFile: string | null = null
  if (global.individualFields.length > 0 && kinds.some((kind) => kind.extraColumns)) {
    definitionsFile = path.join(options.out, definitionsFileName)
    writeFileSync(definitionsFile, `${JSON.stringify(definitionData(global.individualFields), null, 2)}\n`)
  }
  const write = async (kind: GeneratedKind, rows: Iterable<Cell[]> | undefined) => {
    if (!rows) return
    const output = outputs.get(kind)!
    for (const row of rows) {
      output.rows += 1
      await output.line(csvLine(row))
    }
  }

  for (const kind of kinds) await write(kind, kind.global?.(global))
  const sizes = new Random(options.seed, 0x512e)
  let remaining = options.units
  let index = 0
  while (remaining > 0) {
    index += 1
    const size = Math.min(remaining, 20 + Math.floor(380 * sizes.next() ** 1.6))
    remaining -= size
    const world = objectWorld(global, index, size)
    for (const kind of kinds) await write(kind, kind.rows?.(world, global))
  }
  for (const output of outputs.values()) await output.close()
  return {
    files: kinds.map((kind) => ({
      kind: kind.name,
      file: outputs.get(kind)!.file,
      rows: outputs.get(kind)!.rows,
      bulk: Boolean(kind.bulk),
    })),
    definitionsFile,
    objects: index,
    units: options.units,
  }
}
