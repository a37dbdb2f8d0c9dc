import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { initI18n } from '@payloadcms/translations'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import type { SanitizedConfig } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'

import { generate } from '@/generate'
import { hauswerkTranslations } from '@/i18n/translations'
import { type Options, parse } from 'csv-parse/sync'

import { csvParseProblem, readCsv } from '@/imports/format/csv'
import { firstInvalidUtf8 } from '@/imports/format/decode'
import type { ReadEvent } from '@/imports/format/events'
import { readJson } from '@/imports/format/json'
import { parseCalendarDate, parseGermanDecimal } from '@/imports/format/values'
import { checkIban } from '@/lib/iban'

async function* chunks(text: string, size: number) {
  for (let index = 0; index < text.length; index += size) yield text.slice(index, index + size)
}
async function events(reader: AsyncGenerator<ReadEvent>) {
  const list: ReadEvent[] = []
  for await (const event of reader) list.push(event)
  return list
}

describe('German numbers', () => {
  it.each([
    ['1.234,56', 2, '1234.56'],
    ['1234,56', 2, '1234.56'],
    ['-12,5', 2, '-12.5'],
    ['1.234', 0, '1234'],
    ['12.345.678,9', 2, '12345678.9'],
  ])('reads %s', (raw, decimals, expected) => {
    expect(parseGermanDecimal(raw, decimals)).toBe(expected)
  })
  it.each(['1,234.56', '1234.56', '1.23', '1 234,56', 'abc', '1.2345,6'])('refuses %s', (raw) => {
    expect(() => parseGermanDecimal(raw, 2)).toThrow()
  })
  it('refuses more decimals than the field has', () => {
    expect(() => parseGermanDecimal('1,234', 2)).toThrow('At most 2 decimal places.')
  })
})

describe('dates', () => {
  it('reads German and ISO dates', () => {
    expect(parseCalendarDate('31.12.2026')).toBe('2026-12-31')
    expect(parseCalendarDate('1.2.2026')).toBe('2026-02-01')
    expect(parseCalendarDate('2026-12-31')).toBe('2026-12-31')
    expect(parseCalendarDate('29.02.2028')).toBe('2028-02-29')
  })
  it.each(['31.02.2026', '29.02.2027', '31.12.26', '12/31/2026', '2026-13-01'])('refuses %s', (raw) => {
    expect(() => parseCalendarDate(raw)).toThrow()
  })
})

describe('the CSV reader', () => {
  it('takes statements, header, separator and line numbers from the file, in any chunking', async () => {
    const text = '# kind=units; export=full\nkey,name\n"A,1",Wien\nB,"Gösting\nNord"\n'
    for (const size of [1, 3, 1000]) {
      const list = await events(readCsv(chunks(text, size)))
      expect(list[0]).toEqual({ type: 'directives', directives: { kind: 'units', export: 'full' } })
      expect(list[1]).toEqual({ type: 'header', columns: ['key', 'name'], line: 2 })
      expect(list.slice(2)).toEqual([
        { type: 'row', line: 3, values: { key: 'A,1', name: 'Wien' } },
        { type: 'row', line: 5, values: { key: 'B', name: 'Gösting\nNord' } },
      ])
    }
  })
  it('refuses a file that ends without a line break (cut off)', async () => {
    await expect(events(readCsv(chunks('key;name\nA;Wi', 4)))).rejects.toThrow('cut off')
  })
})

describe('csv-parse errors', () => {
  // Real errors of csv-parse, some under options the reader does not use: a message per code it knows.
  const problemOf = (text: string, options: Options) => {
    try {
      parse(text, options)
    } catch (error) {
      return csvParseProblem(error as Error, { offset: 2, recordLine: 9, columns: ['key', 'name'] })
    }
    throw new Error('csv-parse took it')
  }

  it.each([
    [
      'key;name\n1;"a"b\n',
      {},
      { key: 'importCsvInvalidClosingQuote', params: { line: 4, char: 'b' }, line: 4, field: 'name' },
    ],
    ['key;name\n1;"a\n', {}, { key: 'importCsvQuoteNotClosed', params: { line: 9 }, line: 9, field: 'name' }],
    [
      'key;name\n"1" x;2\n',
      { trim: true },
      { key: 'importCsvTextAfterQuote', params: { line: 4 }, line: 4, field: 'key' },
    ],
    ['key;name\n1\n', {}, { key: 'importCsvFieldCount', params: { line: 4, count: 1, expected: 2 }, line: 4 }],
    [
      'key;name\n1;2;3\n',
      { columns: true },
      { key: 'importCsvFieldCount', params: { line: 4, count: 3, expected: 2 }, line: 4 },
    ],
    [
      'key;name\n"1;2\n3;4\n',
      { max_record_size: 5 },
      { key: 'importCsvRecordTooLarge', params: { line: 3, max: 5 }, line: 3 },
    ],
  ] as Array<[string, Options, object]>)('%j', (text, options, problem) => {
    expect(problemOf(text, { delimiter: ';', ...options })).toEqual(expect.objectContaining(problem))
  })

  it('keeps the text of a code it has no message for', () => {
    expect(problemOf('key;name\n', { delimiter: ';', record_delimiter: 5 as never })).toEqual({
      key: 'importCsvUnreadable',
      params: { detail: expect.stringMatching(/^Invalid option `record_delimiter`/) },
      line: 9,
    })
  })
})

describe('counted wording', () => {
  // Payload's `t` picks `key_one` for a count of 1 and the key itself otherwise.
  const say = async (language: 'de' | 'en', key: string, vars: Record<string, unknown>) => {
    // As payload.config.ts gives them (Payload merges its own messages in; its type does not know that).
    const config = {
      supportedLanguages: { de, en },
      fallbackLanguage: 'de',
      translations: hauswerkTranslations,
    } as unknown as SanitizedConfig['i18n']
    const i18n = await initI18n({ config, context: 'api', language })
    return (i18n.t as (key: string, vars: Record<string, unknown>) => string)(`hauswerk:${key}`, vars)
  }

  it.each([
    ['de', 'importMissingColumns', { columns: 'status', count: 1 }, 'Es fehlt die Spalte status.'],
    ['de', 'importMissingColumns', { columns: 'a, b', count: 2 }, 'Es fehlen die Spalten a, b.'],
    ['en', 'importUnknownColumns', { columns: 'a', count: 1, known: 'x' }, 'Unknown column: a (known: x).'],
    ['en', 'importUnknownColumns', { columns: 'a, b', count: 2, known: 'x' }, 'Unknown columns: a, b (known: x).'],
    ['de', 'importCliRefused', { refused: 1, count: 1 }, 'Die Datei wurde abgelehnt: Es wurde nichts geschrieben.'],
    [
      'de',
      'importCliRefused',
      { refused: 2, count: 3 },
      '2 von 3 Dateien abgelehnt: Aus einer abgelehnten Datei wird nichts geschrieben.',
    ],
    ['en', 'importCliRefused', { refused: 1, count: 1 }, 'The file was refused: nothing was written.'],
    ['en', 'importCliRefused', { refused: 1, count: 2 }, '1 of 2 files refused: nothing of a refused file is written.'],
    ['en', 'importProblemCount', { count: 1 }, '1 problem'],
    ['en', 'importProblemCount', { count: 3 }, '3 problems'],
    [
      'de',
      'importFieldCount',
      { count: 1, header: 6, delimiter: ';' },
      expect.stringMatching(/^Die Zeile hat 1 Feld,/),
    ],
    [
      'en',
      'importCsvFieldCount',
      { line: 4, count: 7, expected: 6 },
      'CSV cannot be read: line 4 has 7 fields, 6 expected.',
    ],
  ] as const)('%s %s %j', async (language, key, vars, text) => {
    expect(await say(language, key, vars)).toEqual(text)
  })
})

describe('the JSON reader', () => {
  it('streams rows of a wrapped export with their lines, in any chunking', async () => {
    const text =
      '{\n "kind": "units",\n "export": "full",\n "rows": [\n  {"key": "A", "name": "x]}{"},\n  {"key": "B",\n   "n": 1}\n ]\n}\n'
    for (const size of [1, 5, 1000]) {
      const list = await events(readJson(chunks(text, size)))
      expect(list).toEqual([
        { type: 'directives', directives: { kind: 'units', export: 'full' } },
        { type: 'row', line: 5, values: { key: 'A', name: 'x]}{' } },
        { type: 'row', line: 6, values: { key: 'B', n: 1 } },
      ])
    }
  })
  it('refuses a cut-off file and statements after the rows', async () => {
    await expect(events(readJson(chunks('[{"key": "A"}, {"key"', 4)))).rejects.toThrow('cut off')
    await expect(events(readJson(chunks('{"rows": [], "kind": "units"}', 4)))).rejects.toThrow('before “rows”')
  })
})

describe('UTF-8 detection', () => {
  it('finds the first byte that is not UTF-8', () => {
    expect(firstInvalidUtf8(Buffer.from('Gösting', 'utf8'))).toBe(-1)
    expect(firstInvalidUtf8(Buffer.from('Gösting', 'latin1'))).toBe(1)
    // An incomplete character at the end of a chunk is not an error: the next chunk completes it.
    expect(firstInvalidUtf8(Buffer.from('Gö', 'utf8').subarray(0, 2))).toBe(-1)
  })
})

describe('the generator', () => {
  const outputs: string[] = []
  afterAll(() => {
    for (const out of outputs) rmSync(out, { recursive: true, force: true })
  })
  const run = async (seed: number) => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'hauswerk-gen-'))
    outputs.push(out)
    const result = await generate({ units: 600, seed, out, asOf: '2026-11-23', months: 3, full: false, only: [] })
    const hash = createHash('sha256')
    // Import files at the top, the document store's bulk files in documents/.
    for (const name of readdirSync(out, { recursive: true, encoding: 'utf8' }).sort())
      if (statSync(path.join(out, name)).isFile()) hash.update(name).update(readFileSync(path.join(out, name)))
    return { result, hash: hash.digest('hex'), out }
  }

  it('is deterministic from its seed and writes valid German values', async () => {
    const [first, again, other] = [await run(7), await run(7), await run(8)]
    expect(again.hash).toBe(first.hash)
    expect(other.hash).not.toBe(first.hash)
    expect(first.result.files.find((file) => file.file.endsWith('units.csv'))?.rows).toBe(600)
    const tenancies = readFileSync(path.join(first.out, 'tenancies.csv'), 'utf8').split('\n')
    const header = tenancies[1].split(';')
    for (const line of tenancies.slice(2, 200).filter(Boolean)) {
      const cells = line.split(';')
      expect(() => parseCalendarDate(cells[header.indexOf('moveIn')])).not.toThrow()
      const iban = cells[header.indexOf('sepaIban')]
      if (iban) expect(checkIban(iban).ok).toBe(true)
    }
  })
})
