import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { parse } from 'csv-parse/sync'
import { afterAll, describe, expect, it } from 'vitest'

import { generate, type GenerateOptions } from '@/generate'
import { retentionYears } from '@/generate/documents'
import { individualFieldTypes, type IndividualFieldDefinition } from '@/lib/individual-fields/types'
import { validateIndividualFields } from '@/lib/individual-fields/validate'

type Row = Record<string, string>

const asOf = '2026-11-23'

const outputs: string[] = []
afterAll(() => {
  for (const out of outputs) rmSync(out, { recursive: true, force: true })
})

async function run(options: Partial<GenerateOptions> = {}) {
  const out = mkdtempSync(path.join(os.tmpdir(), 'hauswerk-gen-docs-'))
  outputs.push(out)
  const result = await generate({ units: 400, seed: 7, out, asOf, months: 0, full: false, only: [], ...options })
  const files = (folder: string): string[] =>
    readdirSync(folder)
      .sort()
      .flatMap((name) => {
        const file = path.join(folder, name)
        return statSync(file).isDirectory() ? files(file) : [file]
      })
  const hash = createHash('sha256')
  for (const file of files(out)) hash.update(file.slice(out.length)).update(readFileSync(file))
  return { result, out, hash: hash.digest('hex') }
}

/** A generated CSV as rows by header; import files start with their statement line. */
function rows(out: string, file: string): Row[] {
  const text = readFileSync(path.join(out, file), 'utf8')
  return parse(text.startsWith('# ') ? text.slice(text.indexOf('\n') + 1) : text, {
    delimiter: ';',
    columns: true,
    relax_column_count: false,
  }) as Row[]
}

describe('the generator: documents and releases', () => {
  it('is deterministic from its seed, and leaves the import files as they were', async () => {
    const [first, again, other] = [await run(), await run(), await run({ seed: 8 })]
    expect(again.hash).toBe(first.hash)
    expect(other.hash).not.toBe(first.hash)
    const withoutDocuments = await run({
      only: ['allocation-offices', 'objects', 'persons', 'units', 'tenancies', 'functions'],
    })
    for (const file of ['persons.csv', 'units.csv', 'tenancies.csv', 'functions.csv'])
      expect(readFileSync(path.join(withoutDocuments.out, file))).toEqual(readFileSync(path.join(first.out, file)))
  })

  it('writes documents and releases in the documented shape, released as F-80 says', async () => {
    // Fifteen objects: rental, condominium and mixed, one centrally heated.
    const { result, out } = await run({ units: 2000 })
    const counts = Object.fromEntries(result.files.map((file) => [file.kind, file.rows]))
    // Pinned for seed 7, 2,000 units: a change of the generator changes them knowingly.
    expect(counts).toEqual({
      'allocation-offices': 20,
      objects: 15,
      persons: 7861,
      units: 2000,
      tenancies: 5934,
      functions: 2181,
      postings: 0,
      documents: 18264,
      'document-releases': 23784,
    })
    expect(result.files.filter((file) => file.bulk).map((file) => path.relative(out, file.file))).toEqual([
      'documents/documents.csv',
      'documents/document-releases.csv',
    ])
    const tenancies = new Map(rows(out, 'tenancies.csv').map((row) => [row.key, row]))
    const persons = new Set(rows(out, 'persons.csv').map((row) => row.key))
    const documents = new Map(rows(out, 'documents/documents.csv').map((row) => [row.key, row]))
    const releases = rows(out, 'documents/document-releases.csv')
    expect(documents.size).toBe(counts.documents)
    expect(releases.length).toBe(counts['document-releases'])

    const byCategory = new Map<string, number>()
    for (const document of documents.values()) {
      byCategory.set(document.category, (byCategory.get(document.category) ?? 0) + 1)
      expect(document.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)
      expect(document.createdAt.slice(0, 10) <= asOf).toBe(true)
      expect(document.filename).toBe(`${document.key.toLowerCase()}.pdf`)
      if (document.tenancy) expect(tenancies.has(document.tenancy)).toBe(true)
      for (const person of document.persons.split('|').filter(Boolean)) expect(persons.has(person)).toBe(true)
    }
    for (const category of [
      'operatingCosts',
      'heatingCosts',
      'condominium',
      'plan',
      'resolution',
      'contract',
      'letter',
      'other',
    ])
      expect(byCategory.get(category), category).toBeGreaterThan(0)

    const released = new Set<string>()
    for (const release of releases) {
      const document = documents.get(release.document)!
      expect(document, release.document).toBeDefined()
      expect(persons.has(release.person)).toBe(true)
      released.add(document.key)
      if (release.validFrom && release.validUntil) expect(release.validFrom <= release.validUntil).toBe(true)
      if (release.tenancy) expect(tenancies.get(release.tenancy)!.holders.split('|')).toContain(release.person)
      // A tenancy's own document goes to its holders only: a successor never gets a predecessor's.
      if (document.tenancy) {
        const tenancy = tenancies.get(document.tenancy)!
        expect(tenancy.holders.split('|')).toContain(release.person)
        const ended = tenancy.moveOut !== ''
        const statement = ['operatingCosts', 'heatingCosts', 'condominium'].includes(document.category)
        if (!ended) expect(release.tenancy).toBe(document.tenancy)
        else if (statement) {
          // A former tenant keeps their statements until the retention ends, not bound to the ended tenancy.
          expect(release.tenancy).toBe('')
          const moveOutYear = Number(tenancy.moveOut.split('.')[2])
          expect(release.validUntil).toBe(`${moveOutYear + retentionYears}-12-31`)
        } else expect(release.tenancy).toBe(document.tenancy)
      }
    }
    for (const document of documents.values())
      if (document.category === 'contract') expect(released.has(document.key)).toBe(false)
    // About 1.5 releases a document at Wien scale (issue 5: 2 M documents, 3 M releases); fifteen objects vary.
    const ratio = releases.length / documents.size
    expect(ratio).toBeGreaterThan(1.1)
    expect(ratio).toBeLessThan(1.6)
  })
})

describe('the generator: individual fields of units', () => {
  it('defines N fields of mixed types and fills them with values the import accepts', async () => {
    const plain = await run({ only: ['units'] })
    const { result, out, hash } = await run({ only: ['units'], individualFields: 30 })
    expect((await run({ only: ['units'], individualFields: 30 })).hash).toBe(hash)
    const definitions = JSON.parse(readFileSync(result.definitionsFile!, 'utf8')) as IndividualFieldDefinition[]
    expect(definitions).toHaveLength(30)
    expect(new Set(definitions.map((definition) => definition.key)).size).toBe(30)
    expect(new Set(definitions.map((definition) => definition.type))).toEqual(new Set(individualFieldTypes))
    expect(plain.result.definitionsFile).toBeNull()

    const units = rows(out, 'units.csv')
    const plainUnits = rows(plain.out, 'units.csv')
    expect(units).toHaveLength(400)
    const keys = definitions.map((definition) => definition.key)
    expect(Object.keys(units[0]).slice(-30)).toEqual(keys)
    const meterPoints = new Set<string>()
    for (const [index, unit] of units.entries()) {
      // The built-in columns are the same bytes with or without the fields.
      expect(Object.fromEntries(Object.entries(unit).filter(([key]) => !keys.includes(key)))).toEqual(plainUnits[index])
      const values = Object.fromEntries(keys.map((key) => [key, unit[key]]))
      const checked = validateIndividualFields('units', values, definitions, { fromText: true })
      expect(checked.errors, unit.key).toEqual([])
      meterPoints.add(unit.electricity_meter_point)
    }
    // The field the benchmark filters one unit by is unique per unit.
    expect(meterPoints.size).toBe(400)
  })
})
