import path from 'node:path'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { poolOf } from '@/db/client'
import { importFile } from '@/imports/run'

import {
  fixtureOrder,
  fixtures,
  problemsOf,
  problemTexts,
  reportIn,
  runImport,
  scratch,
  writeImport,
} from '../helpers/import-files'
import { testPayload } from '../helpers/payload'
import { staffUser } from '../helpers/personas'

const unitHeader = 'key;object;unitNumber;status;holdingType;netArea'
let payload: Payload
let dir: string

async function sql<T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
  const { rows } = await poolOf(payload).query(text, params)
  return rows as T[]
}

const unitByKey = async (key: string) =>
  (await payload.find({ collection: 'units', where: { externalKey: { equals: key } }, depth: 0, limit: 1 })).docs[0]

beforeAll(async () => {
  payload = await testPayload()
  dir = scratch()
  for (const name of fixtureOrder) {
    const report = await runImport(payload, path.join(fixtures, name))
    expect(report.status, `${name}: ${problemsOf(report).join('\n')}`).toBe('imported')
  }
})

describe('the sample files (test/fixtures/import)', () => {
  it('import every kind with German dates and amounts, holders, payments, functions and postings', async () => {
    const unit = await unitByKey('U-9001-003')
    expect(unit.netArea).toBe(1012.5)
    expect(unit.source).toBe('accounting')
    expect(unit.address?.city).toBe('Graz')
    const tenancy = (
      await payload.find({ collection: 'tenancies', where: { externalKey: { equals: 'T-9001-002-a' } }, depth: 1 })
    ).docs[0]
    expect((tenancy.holders as Array<{ externalKey: string }>).map((holder) => holder.externalKey)).toEqual([
      'P-90004',
      'P-90005',
    ])
    expect(tenancy.agreedPayments?.map((payment) => [payment.kind, payment.amount])).toEqual([
      ['rent', 455.9],
      ['operatingCosts', 127.65],
    ])
    const person = (await payload.find({ collection: 'persons', where: { externalKey: { equals: 'P-90001' } } }))
      .docs[0]
    expect(person.displayName).toBe('Pichler, Mag. Johanna')
    expect(person.bankAccounts?.[0]?.iban).toBe('AT611904300234573201')
    const reversal = (
      await payload.find({
        collection: 'postings',
        where: { externalKey: { equals: 'B-9001-001-2026-11-S' } },
        depth: 1,
      })
    ).docs[0]
    expect((reversal.reverses as { externalKey: string }).externalKey).toBe('B-9001-001-2026-11-C')
  })

  it('give a unit marked vacant a vacancy tenancy from that day, once', async () => {
    const unit = await unitByKey('U-9001-003')
    const vacancies = await payload.find({
      collection: 'tenancies',
      where: { and: [{ unit: { equals: unit.id } }, { kind: { equals: 'vacancy' } }] },
    })
    expect(vacancies.docs).toHaveLength(1)
    expect(vacancies.docs[0].moveIn?.slice(0, 10)).toBe('2026-09-01')
    // Staff add reason and comment: not owned by accounting, so allowed.
    const clerk = await staffUser(payload, 'clerk')
    const reason = (await payload.find({ collection: 'vacancy-reasons', where: { code: { equals: 'SAN' } } })).docs[0]
    await payload.update({
      collection: 'tenancies',
      id: vacancies.docs[0].id,
      data: { vacancyReason: reason.id, vacancyComment: 'Bad wird erneuert' },
      user: clerk,
      overrideAccess: false,
    })
    await runImport(payload, path.join(fixtures, 'units.csv'))
    const again = await payload.find({
      collection: 'tenancies',
      where: { and: [{ unit: { equals: unit.id } }, { kind: { equals: 'vacancy' } }] },
    })
    expect(again.docs).toHaveLength(1)
    expect(again.docs[0].vacancyComment).toBe('Bad wird erneuert')
  })

  it('change nothing when imported again (idempotent by external key)', async () => {
    const before =
      await sql(`select 'units' t, max(updated_at) m, count(*) c from units union all select 'tenancies', max(updated_at), count(*) from tenancies
      union all select 'persons', max(updated_at), count(*) from persons union all select 'functions', max(updated_at), count(*) from functions
      union all select 'postings', max(updated_at), count(*) from postings union all select 'rels', null, count(*) from tenancies_rels
      union all select 'payments', null, count(*) from tenancies_agreed_payments union all select 'accounts', null, count(*) from persons_bank_accounts`)
    for (const name of fixtureOrder) {
      const report = await runImport(payload, path.join(fixtures, name))
      expect(report.status).toBe('imported')
      expect([report.created, report.updated]).toEqual([0, 0])
      expect(Object.values(report.effects).filter((count) => count > 0)).toEqual([])
    }
    const after =
      await sql(`select 'units' t, max(updated_at) m, count(*) c from units union all select 'tenancies', max(updated_at), count(*) from tenancies
      union all select 'persons', max(updated_at), count(*) from persons union all select 'functions', max(updated_at), count(*) from functions
      union all select 'postings', max(updated_at), count(*) from postings union all select 'rels', null, count(*) from tenancies_rels
      union all select 'payments', null, count(*) from tenancies_agreed_payments union all select 'accounts', null, count(*) from persons_bank_accounts`)
    expect(after).toEqual(before)
  })
})

describe('a changed row', () => {
  it('updates only the fields accounting owns; what staff added survives', async () => {
    const clerk = await staffUser(payload, 'clerk')
    const unit = await unitByKey('U-9001-001')
    await payload.update({
      collection: 'units',
      id: unit.id,
      data: { floor: 'Hochparterre', category: 'A', barrierFree: true },
      user: clerk,
      overrideAccess: false,
    })
    const file = writeImport(dir, 'units-changed.csv', [
      'key;object;unitNumber;topNumber;holdingType;status;floor;netArea',
      'U-9001-001;O-9001;9001/001;1a;1;20;EG;55,10',
    ])
    const report = await runImport(payload, file)
    expect(report.status).toBe('imported')
    expect(report.updated).toBe(1)
    const after = await unitByKey('U-9001-001')
    expect([after.netArea, after.topNumber]).toEqual([55.1, '1a'])
    // Not owned: written when the import created the unit, never on update.
    expect([after.floor, after.category, after.barrierFree]).toEqual(['Hochparterre', 'A', true])
    // A column the file does not carry is not touched (rooms were 2 from the sample file).
    expect(after.rooms).toBe(2)
  })

  it('derives the updatable columns from the ownedByAccounting marks in the collections', async () => {
    const { ownedPaths } = await import('@/imports/owned-fields')
    const owned = ownedPaths(payload, 'units')
    expect(owned.has('netArea')).toBe(true)
    expect(owned.has('vacantSince')).toBe(true)
    expect(owned.has('floor')).toBe(false)
    expect(ownedPaths(payload, 'tenancies').has('payment.sepaMandate.iban')).toBe(true)
  })
})

describe('full exports', () => {
  it('report records missing from a delta export without ending them', async () => {
    const file = writeImport(dir, 'units-delta.csv', [unitHeader, 'U-9001-001;O-9001;9001/001;20;1;55,10'])
    const report = await runImport(payload, file)
    expect(report.status).toBe('imported')
    expect(report.fullExport).toBe(false)
    expect((await unitByKey('U-9001-L01')).status).not.toBe(null)
    const status = await payload.findByID({
      collection: 'unit-statuses',
      id: (await unitByKey('U-9001-L01')).status as number,
    })
    expect(status.code).toBe(20)
  })

  it('end units and tenancies missing from a full export, never deleting them', async () => {
    const units = writeImport(dir, 'units-full.csv', [
      '# export=full; exportDate=30.11.2026',
      unitHeader,
      'U-9001-001;O-9001;9001/001;20;1;55,10',
      'U-9001-002;O-9001;9001/002;20;1;38,75',
      'U-9001-003;O-9001;9001/003;10;1;1.012,50',
      'U-9002-001;O-9002;9002/001;20;1;71,20',
    ])
    const unitReport = await runImport(payload, units)
    expect(unitReport.status, problemsOf(unitReport).join('\n')).toBe('imported')
    expect(unitReport.missingKeys).toContain('U-9001-L01')
    expect(unitReport.effects.endedWithStatus).toBeGreaterThanOrEqual(1)
    const shop = await unitByKey('U-9001-L01')
    const status = await payload.findByID({ collection: 'unit-statuses', id: shop.status as number })
    expect(status.code).toBe(110)

    const tenancies = writeImport(dir, 'tenancies-full.csv', [
      '# kind=tenancies; export=full; exportDate=30.11.2026',
      'key;unit;kind;holders;moveIn;moveOut',
      'T-9001-001-a;U-9001-001;tenant;P-90002;01.03.2013;31.05.2020',
      'T-9001-001-b;U-9001-001;tenant;P-90001;01.07.2020;',
      'T-9001-002-a;U-9001-002;tenant;P-90004|P-90005;01.02.2018;',
      'T-9001-003-a;U-9001-003;tenant;P-90005;01.04.2014;31.08.2026',
      'T-9002-001-o;U-9002-001;owner;P-90004;01.07.2016;',
    ])
    const report = await runImport(payload, tenancies)
    expect(report.status, problemsOf(report).join('\n')).toBe('imported')
    // Missing: the shop's tenancy, and the demo's tenancies of object 1001 (also from accounting).
    expect(report.missingKeys).toContain('T-9001-L01-a')
    expect(report.missingKeys).not.toContain('T-9001-001-b')
    const shopTenancy = (
      await payload.find({ collection: 'tenancies', where: { externalKey: { equals: 'T-9001-L01-a' } } })
    ).docs[0]
    expect(shopTenancy.moveOut?.slice(0, 10)).toBe('2026-11-30')
    // Generated vacancies are not part of the export and are never "missing".
    expect(report.missingKeys.some((key) => key.startsWith('hauswerk:'))).toBe(false)
  })
})

describe('bad input is refused whole, with every bad row named', () => {
  // Reports read in German by default, fields by their labels (issue 14).
  const problems = (report: Parameters<typeof problemTexts>[1]) => problemTexts(payload, report)
  const countUnits = async () => (await payload.count({ collection: 'units' })).totalDocs

  it('a file in the wrong encoding', async () => {
    const file = writeImport(
      dir,
      'objects-1252.csv',
      ['key;number;name;type;city', 'O-9100;9100;Wohnhaus Gösting;rental;Graz'],
      'windows-1252',
    )
    const refused = await runImport(payload, file, { encoding: 'utf-8' })
    expect(refused.status).toBe('rejected')
    expect((await problems(refused))[0]).toMatch(/^2:-: Kein gültiges UTF-8 \(Byte 0xf6\).*Windows-1252/)
    // Read as what it is, the same file imports with its umlauts intact.
    const detected = await runImport(payload, file)
    expect(detected.status).toBe('imported')
    const object = (await payload.find({ collection: 'objects', where: { externalKey: { equals: 'O-9100' } } })).docs[0]
    expect(object.name).toBe('Wohnhaus Gösting')
  })

  it('a missing column', async () => {
    const before = await countUnits()
    const file = writeImport(dir, 'units-missing.csv', [
      'key;object;unitNumber;holdingType',
      'U-9100-1;O-9001;9001/900;1',
    ])
    const report = await runImport(payload, file)
    expect(await problems(report)).toEqual(['1:-: Es fehlt die Spalte status.'])
    expect(await problemTexts(payload, report, 'en')).toEqual(['1:-: Missing column: status.'])
    expect(await countUnits()).toBe(before)
  })

  it('missing, unknown and doubled columns, named in the singular or plural as many as there are', async () => {
    const file = writeImport(dir, 'units-columns.csv', ['key;unitNumber;colour;size;key;unitNumber', 'U-9100-1;9001/900;blau;M;x;y'])
    const report = await runImport(payload, file)
    expect(report.status).toBe('rejected')
    const german = await problems(report)
    expect(german[0]).toBe('1:-: Es fehlen die Spalten object, holdingType, status.')
    expect(german[1]).toMatch(/^1:-: Unbekannte Spalten: colour, size \(bekannt: /)
    expect(german[2]).toBe('1:-: Diese Spalten stehen mehrmals in der Kopfzeile: key, unitNumber.')
    const english = await problemTexts(payload, report, 'en')
    expect(english[0]).toBe('1:-: Missing columns: object, holdingType, status.')
    expect(english[1]).toMatch(/^1:-: Unknown columns: colour, size \(known: /)
    expect(english[2]).toBe('1:-: These columns are in the header more than once: key, unitNumber.')
  })

  it('a quote that is never closed, with the line it is in', async () => {
    const file = writeImport(dir, 'units-quote.csv', [
      unitHeader,
      'U-9100-1;O-9001;9001/900;20;1;50,00',
      'U-9100-2;O-9001;"9001/901;20;1;50,00',
      'U-9100-3;O-9001;9001/902;20;1;50,00',
    ])
    const report = await runImport(payload, file)
    expect(report.status).toBe('rejected')
    expect(await problems(report)).toEqual([
      '3:Einheitennummer: Die CSV-Datei ist nicht lesbar: Ein Anführungszeichen (") in Zeile 3 wird bis zum Ende der Datei nicht geschlossen.',
    ])
    expect(await problemTexts(payload, report, 'en')).toEqual([
      '3:Unit number: CSV cannot be read: a quote (") in line 3 is not closed before the end of the file.',
    ])
  })

  it('text after a closing quote, with its line; a row with one field in the singular', async () => {
    const file = writeImport(dir, 'units-closing.csv', [
      '# kind=units',
      unitHeader,
      'U-9100-1',
      'U-9100-2;O-9001;"9001/901"x;20;1;50,00',
    ])
    const report = await runImport(payload, file)
    expect(report.status).toBe('rejected')
    expect(await problems(report)).toEqual([
      '3:-: Die Zeile hat 1 Feld, die Kopfzeile 6 (ein „;“ zu wenig oder eine abgeschnittene Zeile).',
      '4:Einheitennummer: Die CSV-Datei ist nicht lesbar: In Zeile 4 folgt auf ein schließendes Anführungszeichen „x“ statt eines Trennzeichens oder des Zeilenendes. Ein Anführungszeichen innerhalb eines Feldes wird verdoppelt ("").',
    ])
    expect((await problemTexts(payload, report, 'en'))[0]).toBe(
      '3:-: The row has 1 field, the header 6 (a “;” too few, or a cut-off row).',
    )
  })

  it('an unknown column', async () => {
    const file = writeImport(dir, 'units-unknown.csv', [
      `${unitHeader};colour`,
      'U-9100-1;O-9001;9001/900;20;1;50,00;blau',
    ])
    const report = await runImport(payload, file)
    expect(report.status).toBe('rejected')
    expect((await problems(report))[0]).toMatch(/^1:-: Unbekannte Spalte: colour \(bekannt: key, object/)
  })

  it('an empty file', async () => {
    const file = writeImport(dir, 'units-empty.csv', [])
    const report = await runImport(payload, file)
    expect(report.status).toBe('rejected')
    expect(await problems(report)).toEqual(['-:-: Die Datei ist leer: keine Kopfzeile und keine Zeilen.'])
  })

  it('a duplicate external key in one file', async () => {
    const before = await countUnits()
    const file = writeImport(dir, 'units-duplicate.csv', [
      unitHeader,
      'U-9100-1;O-9001;9001/901;20;1;50,00',
      'U-9100-2;O-9001;9001/902;20;1;50,00',
      'U-9100-1;O-9001;9001/903;20;1;50,00',
    ])
    const report = await runImport(payload, file)
    expect(await problems(report)).toEqual([
      '2:Externer Schlüssel: Derselbe Schlüssel steht mehrmals in der Datei (Zeilen 2, 4).',
      '4:Externer Schlüssel: Derselbe Schlüssel steht mehrmals in der Datei (Zeilen 2, 4).',
    ])
    expect(await countUnits()).toBe(before)
  })

  it('a reference to a unit that does not exist', async () => {
    const file = writeImport(dir, 'tenancies-reference.csv', [
      'key;unit;kind;holders;moveIn',
      'T-9100-1;U-9001-002;tenant;P-90002;01.01.2030',
      'T-9100-2;U-DOES-NOT-EXIST;tenant;P-90002;01.01.2026',
    ])
    const report = await runImport(payload, file)
    expect(await problems(report)).toEqual(['3:Einheit: Kein Datensatz in „Einheiten“ hat diesen Schlüssel.'])
    expect(
      (await payload.count({ collection: 'tenancies', where: { externalKey: { equals: 'T-9100-1' } } })).totalDocs,
    ).toBe(0)
  })

  it('a date 31.02.', async () => {
    const file = writeImport(dir, 'tenancies-date.csv', [
      'key;unit;kind;holders;moveIn',
      'T-9100-3;U-9001-002;tenant;P-90002;31.02.2027',
    ])
    const report = await runImport(payload, file)
    expect(report.problems).toEqual([{ line: 2, field: 'moveIn', value: '31.02.2027', key: 'importNoSuchDay' }])
    expect(await problems(report)).toEqual(['2:Bezug: Diesen Tag gibt es im Kalender nicht.'])
  })

  it('an IBAN with a bad check digit', async () => {
    const file = writeImport(dir, 'persons-iban.csv', [
      'key;kind;lastName;iban',
      'P-9100;natural;Huber;AT621904300234573201',
    ])
    const report = await runImport(payload, file)
    expect(report.problems).toEqual([{ line: 2, field: 'iban', value: 'AT621904300234573201', key: 'ibanChecksum' }])
    expect(await problems(report)).toEqual(['2:IBAN: IBAN: Prüfziffer stimmt nicht.'])
  })

  it('a number with thousands separators: German 1.234,56 is read, 1,234.56 refused', async () => {
    const accepted = writeImport(dir, 'units-thousands.csv', [unitHeader, 'U-9100-T;O-9001;9001/910;20;1;1.234,56'])
    expect((await runImport(payload, accepted)).status).toBe('imported')
    expect((await unitByKey('U-9100-T')).netArea).toBe(1234.56)
    const refused = writeImport(dir, 'units-thousands-en.csv', [unitHeader, 'U-9100-U;O-9001;9001/911;20;1;"1,234.56"'])
    const report = await runImport(payload, refused)
    expect(report.problems).toEqual([
      { line: 2, field: 'netArea', value: '1,234.56', key: 'importGermanNumberExpected' },
    ])
    expect(await problems(report)).toEqual([
      '2:Nettonutzfläche (m²): Deutsches Zahlenformat erwartet (1.234,56): Das Komma trennt die Nachkommastellen, Punkte nur die Tausender.',
    ])
  })

  it('a file cut off mid-row', async () => {
    const before = await countUnits()
    const file = writeImport(dir, 'units-cut.csv', [unitHeader, 'U-9100-C1;O-9001;9001/920;20;1;50,00'])
    const { appendFileSync } = await import('node:fs')
    appendFileSync(file, 'U-9100-C2;O-9001;9001/921;20;1;5')
    const report = await runImport(payload, file)
    expect(report.status).toBe('rejected')
    expect((await problems(report)).at(-1)).toBe(
      '3:-: Die Datei endet mitten in einer Zeile (kein Zeilenumbruch nach der letzten Zeile): Wurde der Export abgeschnitten?',
    )
    expect(await countUnits()).toBe(before)
    const json = writeImport(dir, 'units-cut.json', [
      '[{"key": "U-9100-C3", "object": "O-9001", "unitNumber": "9001/922", "status": 20, "holdingType": 1},',
      '{"key": "U-91',
    ])
    const jsonReport = await runImport(payload, json)
    expect((await problems(jsonReport)).at(-1)).toMatch(/Das JSON endet vorzeitig .* abgeschnitten\?/)
  })

  it('a rule between rows: a tenancy overlapping another of its unit', async () => {
    const file = writeImport(dir, 'tenancies-overlap.csv', [
      'key;unit;kind;holders;moveIn;moveOut',
      'T-9100-O;U-9001-002;tenant;P-90002;01.01.2025;',
    ])
    const report = await runImport(payload, file)
    expect(await problems(report)).toEqual([
      '2:Bezug: Überschneidet sich mit einem anderen Bestandsverhältnis der Einheit U-9001-002 (Schlüssel T-9001-002-a, 01.02.2018 – …).',
    ])
    expect(
      (await payload.count({ collection: 'tenancies', where: { externalKey: { equals: 'T-9100-O' } } })).totalDocs,
    ).toBe(0)
  })

  it('lists every bad row, not only the first', async () => {
    const file = writeImport(dir, 'units-many.csv', [
      unitHeader,
      'U-9100-M1;O-9001;9001/930;20;1;50,00',
      'U-9100-M2;O-NOPE;9001/931;20;1;50,00',
      'U-9100-M3;O-9001;9001/932;999;1;50,00',
      'U-9100-M4;O-9001;9001/933;20;77;50,00',
      'U-9100-M5;O-9001;9001/934;20;1;-3,00',
    ])
    const report = await runImport(payload, file)
    // Rules of a row and rules between rows and the database, in one report, by line.
    expect(await problems(report)).toEqual([
      '3:Objekt: Kein Datensatz in „Objekte“ hat diesen Schlüssel.',
      '4:Status: Erlaubt sind Werte von 0 bis 200.',
      '5:Bestandsart: Keine Bestandsart hat diesen Code.',
      '6:Nettonutzfläche (m²): Darf nicht negativ sein.',
    ])
    // The same report for a reader of the English admin.
    expect(await problemTexts(payload, report, 'en')).toEqual([
      '3:Object: No record in “Objects” has this key.',
      '4:Status: Between 0 and 200.',
      '5:Holding type: No holding type has this code.',
      '6:Net usable area (m²): Must not be negative.',
    ])
    expect(await unitByKey('U-9100-M1')).toBeUndefined()
  })

  it('names the kinds of import runs as their collections are named', async () => {
    const { importKindOptions } = await import('@/imports/labels')
    for (const option of importKindOptions) {
      expect(option.label).toEqual(payload.collections[option.value].config.labels.plural)
    }
  })

  it('keeps message keys in the stored run, and still shows a run stored with English sentences', async () => {
    const file = writeImport(dir, 'units-stored.csv', [unitHeader, 'U-9100-S1;O-9001;9001/940;20;1;12,345'])
    const report = await runImport(payload, file)
    const run = (await payload.find({ collection: 'import-runs', where: { fileName: { equals: 'units-stored.csv' } } }))
      .docs[0]
    const stored = run.report as Parameters<typeof reportIn>[1]
    expect(stored.problems).toEqual([
      { line: 2, field: 'netArea', value: '12,345', key: 'tooManyDecimals', params: { count: 2 } },
    ])
    expect((await reportIn(payload, stored)).problems[0]).toMatchObject({
      field: 'Nettonutzfläche (m²)',
      text: 'Höchstens 2 Nachkommastellen.',
    })
    expect((await reportIn(payload, stored, 'en')).problems[0].text).toBe('At most 2 decimal places.')
    const older = { ...report, problems: [{ line: 2, field: 'netArea', value: '12,345', message: 'at most 2 decimal places' }] }
    const shown = await reportIn(payload, older)
    expect(shown.problems).toEqual([
      { line: 2, column: 'netArea', field: 'Nettonutzfläche (m²)', value: '12,345', text: 'at most 2 decimal places' },
    ])
    expect([shown.kindLabel, shown.statusText]).toEqual(['Einheiten', 'abgelehnt – nichts geschrieben'])
  })
})

describe('a second import of the same kind', () => {
  it('waits for the first (advisory lock per kind) and then runs', async () => {
    const pool = poolOf(payload)
    const holder = await pool.connect()
    await holder.query('begin')
    await holder.query(`select pg_advisory_xact_lock(hashtext('hauswerk-import:objects'))`)
    const file = writeImport(dir, 'objects-wait.csv', ['key;number;name;type', 'O-9200;9200;Warteobjekt;rental'])
    const running = importFile(payload, { path: file }, { trigger: 'job' })
    let waiting = false
    for (let attempt = 0; attempt < 50 && !waiting; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      const runs = await payload.find({
        collection: 'import-runs',
        where: { fileName: { equals: 'objects-wait.csv' } },
      })
      waiting = runs.docs[0]?.status === 'waiting'
    }
    expect(waiting).toBe(true)
    expect(
      (await payload.count({ collection: 'objects', where: { externalKey: { equals: 'O-9200' } } })).totalDocs,
    ).toBe(0)
    await holder.query('commit')
    holder.release()
    const report = await running
    expect(report.status).toBe('imported')
    const run = (await payload.find({ collection: 'import-runs', where: { fileName: { equals: 'objects-wait.csv' } } }))
      .docs[0]
    expect([run.status, run.trigger, run.rowsRead]).toEqual(['imported', 'job', 1])
  })
})
