import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs'
import path from 'node:path'

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
  /** Only these files (by kind name, e.g. `units`); all when empty. */
  only: string[]
}

export type GenerateResult = { files: Array<{ file: string; rows: number }>; objects: number; units: number }

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
 * allocation offices and months of postings. Deterministic: same options, same bytes.
 * One object at a time, so memory stays flat at any size.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  mkdirSync(options.out, { recursive: true })
  postingMonths.value = options.months
  const kinds = generatedKinds.filter(
    (kind) => !options.only.length || options.only.includes(kind.file.replace(/\.csv$/, '')),
  )
  const outputs = new Map<GeneratedKind, Output>()
  for (const kind of kinds) {
    const output = new Output(path.join(options.out, kind.file))
    const statement = `# kind=${kind.file.replace(/\.csv$/, '')}; export=${options.full ? 'full' : 'delta'}; exportDate=${germanDate(options.asOf)}`
    await output.line(`${statement}\n${csvLine(kind.header)}`)
    outputs.set(kind, output)
  }
  const write = async (kind: GeneratedKind, rows: Iterable<Cell[]> | undefined) => {
    if (!rows) return
    const output = outputs.get(kind)!
    for (const row of rows) {
      output.rows += 1
      await output.line(csvLine(row))
    }
  }

  const global = globalWorld(options.seed, options.asOf)
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
    files: kinds.map((kind) => ({ file: outputs.get(kind)!.file, rows: outputs.get(kind)!.rows })),
    objects: index,
    units: options.units,
  }
}
