import { describe, expect, it } from 'vitest'

import { formatValue, portalFieldsOf, reportColumnsOf } from '@/lib/individual-fields/format'
import { individualFieldCondition } from '@/lib/individual-fields/sql'
import type { IndividualFieldDefinition } from '@/lib/individual-fields/types'
import { validateIndividualFields } from '@/lib/individual-fields/validate'

const field = (key: string, type: IndividualFieldDefinition['type'], extra: Partial<IndividualFieldDefinition> = {}) =>
  ({ module: 'units', key, type, label: { de: key, en: key }, ...extra }) as IndividualFieldDefinition

const options = [
  { value: 'gas', label: { de: 'Gas', en: 'Gas' } },
  { value: 'district', label: { de: 'Fernwärme', en: 'District heating' } },
]
const definitions = [
  field('note', 'text'),
  field('remarks', 'longText'),
  field('radon', 'number', { decimals: 1, unit: 'Bq/m³' }),
  field('count', 'number'),
  field('measured', 'date'),
  field('pets', 'yesNo'),
  field('heating', 'choice', { options }),
  field('heatings', 'choices', { options }),
  field('old', 'text', { archived: true }),
  { ...field('tenancy_only', 'text'), module: 'tenancies' } as IndividualFieldDefinition,
]

const validate = (values: unknown, options = {}) => validateIndividualFields('units', values, definitions, options)
const paths = (values: unknown, opts = {}) => validate(values, opts).errors.map((error) => [error.path, error.message])

describe('validateIndividualFields, per type', () => {
  it('text: one line of at most 500 characters', () => {
    expect(validate({ note: 'Schlüssel beim Hausbesorger' }).values.note).toBe('Schlüssel beim Hausbesorger')
    expect(paths({ note: 42 })).toEqual([['individualFields.note', 'individualFieldExpectsText']])
    expect(paths({ note: 'a\nb' })).toEqual([['individualFields.note', 'individualFieldSingleLine']])
    expect(paths({ note: 'x'.repeat(501) })).toEqual([['individualFields.note', 'individualFieldTooLong']])
  })

  it('long text: several lines', () => {
    expect(validate({ remarks: 'Zeile 1\nZeile 2' }).errors).toEqual([])
    expect(paths({ remarks: ['a'] })).toEqual([['individualFields.remarks', 'individualFieldExpectsText']])
  })

  it('number: a JSON number with at most its decimals', () => {
    expect(validate({ radon: 123.4, count: 3 }).values).toMatchObject({ radon: 123.4, count: 3 })
    expect(paths({ radon: '123' })).toEqual([['individualFields.radon', 'individualFieldExpectsNumber']])
    expect(paths({ radon: 1.25 })).toEqual([['individualFields.radon', 'tooManyDecimals']])
    expect(paths({ count: 1.5 })).toEqual([['individualFields.count', 'integerRequired']])
    expect(paths({ count: Number.NaN })).toEqual([['individualFields.count', 'individualFieldExpectsNumber']])
  })

  it('date: a calendar day, an ISO timestamp cut to its day', () => {
    expect(validate({ measured: '2025-02-28' }).values.measured).toBe('2025-02-28')
    expect(validate({ measured: '2025-02-28T12:00:00.000Z' }).values.measured).toBe('2025-02-28')
    expect(paths({ measured: '2025-02-30' })).toEqual([['individualFields.measured', 'invalidDate']])
    expect(paths({ measured: '28.02.2025' })).toEqual([['individualFields.measured', 'invalidDate']])
  })

  it('yes/no: a boolean', () => {
    expect(validate({ pets: false }).values.pets).toBe(false)
    expect(paths({ pets: 'ja' })).toEqual([['individualFields.pets', 'individualFieldExpectsYesNo']])
  })

  it('choice: one of the option values', () => {
    expect(validate({ heating: 'gas' }).values.heating).toBe('gas')
    expect(paths({ heating: 'oil' })).toEqual([['individualFields.heating', 'individualFieldOption']])
    expect(paths({ heating: 'Gas' })).toEqual([['individualFields.heating', 'individualFieldOption']])
  })

  it('several choices: a list of option values, stored once each in option order', () => {
    expect(validate({ heatings: ['district', 'gas', 'gas'] }).values.heatings).toEqual(['gas', 'district'])
    expect(paths({ heatings: 'gas' })).toEqual([['individualFields.heatings', 'individualFieldExpectsList']])
    expect(paths({ heatings: ['gas', 'oil'] })).toEqual([['individualFields.heatings', 'individualFieldOption']])
  })
})

describe('validateIndividualFields, the record', () => {
  it('refuses unknown keys, keys of another module and a value that is no object', () => {
    expect(paths({ nope: 1, tenancy_only: 'x' })).toEqual([
      ['individualFields.nope', 'individualFieldUnknown'],
      ['individualFields.tenancy_only', 'individualFieldUnknown'],
    ])
    expect(paths(['a'])).toEqual([['individualFields', 'individualFieldsNotObject']])
    expect(paths('text')).toEqual([['individualFields', 'individualFieldsNotObject']])
  })

  it('merges a patch onto what is stored; null and empty clear a value', () => {
    const stored = { note: 'alt', count: 2 }
    expect(validate({ count: 3 }, { stored }).values).toEqual({ note: 'alt', count: 3 })
    expect(validate({ note: null, count: '' }, { stored }).values).toEqual({})
    expect(validate({ heatings: [] }, { stored: { heatings: ['gas'] } }).values).toEqual({})
  })

  it('keeps an archived value unchanged and refuses to change it', () => {
    expect(validate({ old: 'bleibt' }, { stored: { old: 'bleibt' } }).errors).toEqual([])
    expect(paths({ old: 'neu' }, { stored: { old: 'bleibt' } })).toEqual([
      ['individualFields.old', 'individualFieldArchived'],
    ])
  })

  it('fills defaults on create and checks required values', () => {
    const withRequired = [
      ...definitions,
      field('smoke', 'number', { required: true, defaultValue: '2' }),
      field('code', 'text', { required: true }),
    ]
    const created = validateIndividualFields('units', { code: 'A1' }, withRequired, { operation: 'create' })
    expect(created).toEqual({ values: { code: 'A1', smoke: 2 }, errors: [] })
    const missing = validateIndividualFields('units', {}, withRequired, { operation: 'create' })
    expect(missing.errors.map((e) => e.path)).toEqual(['individualFields.code'])
    const cleared = validateIndividualFields('units', { smoke: null }, withRequired, {
      stored: { smoke: 2, code: 'A' },
    })
    expect(cleared.errors.map((e) => [e.path, e.message])).toEqual([
      ['individualFields.smoke', 'individualFieldRequired'],
    ])
  })

  it('nothing is half written: with any error the stored values come back unchanged', () => {
    const stored = { note: 'alt' }
    const result = validate({ note: 'neu', count: 'zwei' }, { stored })
    expect(result.values).toEqual(stored)
    expect(result.errors).toHaveLength(1)
  })

  it('reads CSV text when asked (the import): German numbers, dates, ja/nein, lists', () => {
    const result = validate(
      { radon: '1.234,5', count: '7', measured: '3.2.2025', pets: 'ja', heatings: 'gas, district', heating: 'gas' },
      { fromText: true },
    )
    expect(result.errors).toEqual([])
    expect(result.values).toEqual({
      radon: 1234.5,
      count: 7,
      measured: '2025-02-03',
      pets: true,
      heatings: ['gas', 'district'],
      heating: 'gas',
    })
    expect(paths({ count: 'sieben' }, { fromText: true })).toEqual([
      ['individualFields.count', 'individualFieldExpectsNumber'],
    ])
  })
})

describe('formatting for people, the portal and exports', () => {
  const radon = definitions[2]
  it('formats per language (SPEC section 5)', () => {
    expect(formatValue(radon, 1234.5, 'de')).toBe('1.234,5 Bq/m³')
    expect(formatValue(radon, 1234.5, 'en')).toBe('1,234.5 Bq/m³')
    expect(formatValue(definitions[4], '2025-02-03', 'de')).toBe('03.02.2025')
    expect(formatValue(definitions[5], true, 'de')).toBe('ja')
    expect(formatValue(definitions[7], ['gas', 'district'], 'en')).toBe('Gas, District heating')
  })

  it('shows the portal only fields marked for it, with a value, in order', () => {
    const marked = [
      field('b', 'text', { portalVisible: true, order: 2 }),
      field('a', 'text', { portalVisible: true, order: 1 }),
      field('secret', 'text', { portalVisible: false }),
      field('empty', 'text', { portalVisible: true }),
    ]
    expect(portalFieldsOf(marked, { a: 'A', b: 'B', secret: 'S' }).map((f) => f.key)).toEqual(['a', 'b'])
  })

  it('names export columns individualFields_<key> for the fields marked for exports', () => {
    const columns = reportColumnsOf([field('x', 'choices', { inExports: true, options }), field('y', 'text')])
    expect(columns.map((c) => c.column)).toEqual(['individualFields_x'])
    expect(columns[0].raw({ x: ['gas', 'district'] })).toBe('gas, district')
    expect(columns[0].text({ x: ['gas'] })).toBe('Gas')
  })
})

describe('SQL for where on individual fields', () => {
  const column = '"units"."individual_fields"'
  it('writes index-friendly equality with JSON literals inside a SQL literal', () => {
    expect(individualFieldCondition(column, 'window_type', 'equals', 'wood')).toBe(
      `"units"."individual_fields" @? '$."window_type" ? (@ == "wood")'::jsonpath`,
    )
    expect(individualFieldCondition(column, 'count', 'equals', '5')).toContain('@ == "5" || @ == 5')
  })

  it('escapes quotes and backslashes so that text cannot leave the literal', () => {
    const sql = individualFieldCondition(column, 'note', 'equals', `x' or 1=1 --"\\`)
    expect(sql).toContain(`"x'' or 1=1 --\\"\\\\"`)
    expect(sql.match(/'/g)!.length % 2).toBe(0)
  })

  it('treats records without values as not matching a negation', () => {
    expect(individualFieldCondition(column, 'note', 'not_equals', 'x')).toMatch(/^not coalesce\(.*, false\)$/)
  })

  it('refuses keys that are not keys and operators it does not know', () => {
    expect(() => individualFieldCondition(column, 'a"b', 'equals', 'x')).toThrow()
    expect(() => individualFieldCondition(column, 'note', 'near', 'x')).toThrow()
  })
})

describe('reading the raw values', () => {
  it('is for staff and system work only: portal users get the portal fields through the helper', async () => {
    const { individualFieldsField } = await import('@/fields/individual-fields')
    const read = individualFieldsField('units').access!.read!
    const ask = (user: unknown) => read({ req: { user } } as never)
    expect(await ask({ id: 1, collection: 'users' })).toBe(true)
    expect(await ask(null)).toBe(true)
    expect(await ask({ id: 1, collection: 'portal-users' })).toBe(false)
  })
})
