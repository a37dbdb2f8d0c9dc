import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { fixtureOrder, fixtures, problemsOf, runImport, scratch, writeImport } from '../helpers/import-files'
import { demo, idWhere } from '../helpers/demo'
import { testPayload } from '../helpers/payload'
import { as, staffUser } from '../helpers/personas'

/**
 * ADR 0010: each rule is written twice, once in the collections (Local API, REST, admin) and
 * once in the import's kinds. One table of bad records goes through both, so the two cannot
 * drift apart: every record here is refused by each, naming the field.
 */
let payload: Payload
let dir: string
type Keys = { object: number; unit: number; person: number; caretaker: number; owner: number }
let keys: Keys

beforeAll(async () => {
  payload = await testPayload()
  dir = scratch()
  for (const name of fixtureOrder) {
    const report = await runImport(payload, path.join(fixtures, name))
    expect(report.status, `${name}: ${problemsOf(report).join('\n')}`).toBe('imported')
  }
  const byKey = (collection: CollectionSlug, key: string) =>
    idWhere(payload, collection, { externalKey: { equals: key } })
  keys = {
    object: await byKey('objects', 'O-9001'),
    unit: await byKey('units', 'U-9001-001'),
    person: await byKey('persons', 'P-90001'),
    caretaker: await demo.functionType(payload, 10),
    owner: await demo.functionType(payload, 40),
  }
})

type BadRecord = {
  rule: string
  collection: CollectionSlug
  data: (keys: Keys) => Record<string, unknown>
  field: string
  file: { name: string; lines: string[]; field: string }
}

const badRecords: BadRecord[] = [
  {
    rule: 'a function ends before it starts',
    collection: 'functions',
    data: (k) => ({
      functionType: k.caretaker,
      person: k.person,
      object: k.object,
      from: '2024-01-01',
      until: '2023-01-01',
    }),
    field: 'until',
    file: {
      name: 'functions-bad-until.csv',
      lines: ['key;type;person;object;from;until', 'F-BAD-1;10;P-90001;O-9001;01.01.2024;01.01.2023'],
      field: 'until',
    },
  },
  {
    rule: 'a function for two scopes at once',
    collection: 'functions',
    data: (k) => ({ functionType: k.owner, person: k.person, object: k.object, unit: k.unit, from: '2024-01-01' }),
    field: 'unit',
    file: {
      name: 'functions-bad-scope.csv',
      lines: ['key;type;person;unit;object;from', 'F-BAD-2;40;P-90001;U-9001-001;O-9001;01.01.2024'],
      field: 'unit',
    },
  },
  {
    rule: 'a unit number the object already has',
    collection: 'units',
    data: (k) => ({ object: k.object, unitNumber: '9001/001', holdingType: undefined, status: undefined }),
    field: 'unitNumber',
    file: {
      name: 'units-bad-number.csv',
      lines: ['key;object;unitNumber;holdingType;status', 'U-BAD-1;O-9001;9001/001;1;20'],
      field: 'unitNumber',
    },
  },
  {
    rule: 'a move-out before the move-in',
    collection: 'tenancies',
    data: (k) => ({ unit: k.unit, kind: 'tenant', holders: [k.person], moveIn: '2040-05-01', moveOut: '2040-01-01' }),
    field: 'moveOut',
    file: {
      name: 'tenancies-bad-move-out.csv',
      lines: ['key;unit;kind;holders;moveIn;moveOut', 'T-BAD-1;U-9001-001;tenant;P-90001;01.05.2040;01.01.2040'],
      field: 'moveOut',
    },
  },
  {
    rule: 'an IBAN with a bad check digit',
    collection: 'persons',
    data: () => ({ kind: 'natural', lastName: 'Huber', bankAccounts: [{ iban: 'AT621904300234573201' }] }),
    field: 'bankAccounts.0.iban',
    file: {
      name: 'persons-bad-iban.csv',
      lines: ['key;kind;lastName;iban', 'P-BAD-1;natural;Huber;AT621904300234573201'],
      field: 'iban',
    },
  },
]

describe('one table of bad records, refused by the Local API and by the import alike', () => {
  it.each(badRecords.map((record) => [record.rule, record] as const))('%s', async (_rule, record) => {
    const admin = await staffUser(payload, 'admin')
    const data = record.data(keys)
    if (record.collection === 'units') {
      Object.assign(data, { holdingType: await demo.holdingType(payload, 1), status: await demo.status(payload, 20) })
    }
    const before = (await payload.count({ collection: record.collection })).totalDocs
    const refused = await payload
      .create({ collection: record.collection, data: data as never, ...as({ user: admin }) })
      .then(() => null)
      .catch((error: { data?: { errors?: Array<{ path: string }> } }) => error)
    expect(refused, `the Local API accepted: ${record.rule}`).not.toBeNull()
    expect(refused?.data?.errors?.map((error) => error.path)).toContain(record.field)

    const report = await runImport(payload, writeImport(dir, record.file.name, record.file.lines))
    expect(report.status).not.toBe('imported')
    expect(report.problems.map((problem) => problem.field)).toContain(record.file.field)
    expect((await payload.count({ collection: record.collection })).totalDocs).toBe(before)
  })
})

describe('what only accounting may write: refused by hand, taken from the import', () => {
  it('a function 31000 (manual, "Funktionen")', async () => {
    const admin = await staffUser(payload, 'admin')
    const data = {
      functionType: await demo.functionType(payload, 31000),
      person: keys.person,
      unit: keys.unit,
      from: '2024-01-01',
    }
    await expect(payload.create({ collection: 'functions', data, ...as({ user: admin }) })).rejects.toMatchObject({
      data: { errors: [{ path: 'functionType' }] },
    })
    const report = await runImport(
      payload,
      writeImport(dir, 'functions-31000.csv', [
        'key;type;person;unit;from',
        'F-31000-OK;31000;P-90001;U-9001-001;01.01.2024',
      ]),
    )
    expect(report.status, problemsOf(report).join('\n')).toBe('imported')
  })
})
