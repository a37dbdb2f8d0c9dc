import { writeFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { fixtures, problemsOf, problemTexts, runImport, scratch, writeImport } from '../helpers/import-files'
import { testPayload } from '../helpers/payload'

// The demo data defines unit fields radon_measured_on (date), radon_level (number, 0 decimals),
// window_type (choice: wood, plastic, wood_aluminium) and key_safe_code (text).
const header = 'key;object;unitNumber;status;holdingType'
let payload: Payload
let dir: string

const unitByKey = async (key: string) =>
  (await payload.find({ collection: 'units', where: { externalKey: { equals: key } }, depth: 0, limit: 1 })).docs[0]

beforeAll(async () => {
  payload = await testPayload()
  dir = scratch()
  for (const name of ['allocation-offices.csv', 'objects.csv', 'units.csv']) {
    const report = await runImport(payload, path.join(fixtures, name))
    expect(report.status, problemsOf(report).join('\n')).toBe('imported')
  }
})

describe('individual fields as extra columns of an import file (issues 4 and 6)', () => {
  it('reads German dates and numbers into the unit’s individual fields, and a rerun changes nothing', async () => {
    const file = writeImport(dir, 'units.csv', [
      `${header};radon_measured_on;radon_level;window_type`,
      'U-9001-001;O-9001;9001/001;20;1;31.03.2026;1.250;wood',
      'U-9001-002;O-9001;9001/002;20;1;;;plastic',
    ])
    const report = await runImport(payload, file)
    expect(report.status, problemsOf(report).join('\n')).toBe('imported')
    expect(report.effects.individualFieldsChanged).toBe(2)
    expect((await unitByKey('U-9001-001')).individualFields).toEqual({
      radon_measured_on: '2026-03-31',
      radon_level: 1250,
      window_type: 'wood',
    })
    expect((await unitByKey('U-9001-002')).individualFields).toEqual({ window_type: 'plastic' })

    const again = await runImport(payload, file)
    expect(again.status).toBe('imported')
    expect(again.effects.individualFieldsChanged).toBe(0)
  })

  it('keeps values of fields the file does not carry, and clears a field with an empty cell', async () => {
    const unit = await unitByKey('U-9001-001')
    await payload.update({
      collection: 'units',
      id: unit.id,
      data: { individualFields: { ...(unit.individualFields as object), key_safe_code: '4711' } },
    })
    const file = writeImport(dir, 'units.csv', [`${header};radon_level`, 'U-9001-001;O-9001;9001/001;20;1;'])
    const report = await runImport(payload, file)
    expect(report.status, problemsOf(report).join('\n')).toBe('imported')
    expect((await unitByKey('U-9001-001')).individualFields).toEqual({
      radon_measured_on: '2026-03-31',
      window_type: 'wood',
      key_safe_code: '4711',
    })
  })

  it('refuses the whole file for a bad value, naming line, field and reason', async () => {
    const file = writeImport(dir, 'units.csv', [
      `${header};radon_measured_on;window_type`,
      'U-9001-001;O-9001;9001/001;20;1;31.02.2026;wood',
      'U-9001-002;O-9001;9001/002;20;1;01.04.2026;steel',
    ])
    const report = await runImport(payload, file)
    expect(report.status).toBe('rejected')
    expect(report.problems).toEqual([
      expect.objectContaining({ line: 2, field: 'radon_measured_on', value: '31.02.2026' }),
      expect.objectContaining({ line: 3, field: 'window_type', value: 'steel', key: 'individualFieldOption' }),
    ])
    // The field by its label from the definition, the reason in German.
    expect((await problemTexts(payload, report))[1]).toMatch(/^3:Fenster.*: „steel“ ist keine der Auswahlmöglichkeiten \(.*wood/)
    expect((await unitByKey('U-9001-002')).individualFields).toEqual({ window_type: 'plastic' })
  })

  it('takes them from a JSON file too, row by row: a key a row lacks keeps the stored value', async () => {
    const file = path.join(dir, 'units.json')
    const rows = [
      { key: 'U-9001-001', object: 'O-9001', unitNumber: '9001/001', status: 20, holdingType: 1, radon_level: 7 },
      { key: 'U-9001-002', object: 'O-9001', unitNumber: '9001/002', status: 20, holdingType: 1, window_type: 'wood' },
    ]
    writeFileSync(file, JSON.stringify({ kind: 'units', rows }))
    const before = (await unitByKey('U-9001-001')).individualFields as Record<string, unknown>
    const report = await runImport(payload, file)
    expect(report.status, problemsOf(report).join('\n')).toBe('imported')
    expect((await unitByKey('U-9001-001')).individualFields).toEqual({ ...before, radon_level: 7 })
    expect((await unitByKey('U-9001-002')).individualFields).toEqual({ window_type: 'wood' })

    writeFileSync(file, JSON.stringify({ kind: 'units', rows: [{ ...rows[1], window_type: 'stone' }] }))
    const refused = await runImport(payload, file)
    expect(refused.status).toBe('rejected')
    expect(refused.problems[0]).toMatchObject({ line: expect.any(Number), field: 'window_type', value: 'stone' })
  })

  it('still refuses a column that is neither a unit column nor an individual field', async () => {
    const file = writeImport(dir, 'units.csv', [`${header};shoe_size`, 'U-9001-001;O-9001;9001/001;20;1;44'])
    const report = await runImport(payload, file)
    expect(report.status).toBe('rejected')
    expect((await problemTexts(payload, report)).join('\n')).toContain('Unbekannte Spalte: shoe_size')
  })
})
