import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { handleEndpoints, type Payload } from 'payload'
import pg from 'pg'
import { beforeAll, describe, expect, inject, it } from 'vitest'

import { ensureDatabase } from '@/server/embedded-postgres'

import { fixtureOrder, fixtures, scratch } from '../helpers/import-files'
import { testPayload } from '../helpers/payload'
import { staffToken } from '../helpers/personas'

/** A raw request through Payload's HTTP handler (uploads send the file itself as the body). */
async function send(
  method: string,
  url: string,
  token: string,
  body?: BodyInit,
  type = 'application/json',
  language = 'en',
) {
  const { default: config } = await import('@payload-config')
  const request = new Request(`http://localhost:3000/api${url}`, {
    method,
    headers: { Authorization: `JWT ${token}`, 'Content-Type': type, 'Accept-Language': language },
    body,
    duplex: 'half',
  } as RequestInit)
  const response = await handleEndpoints({ config, request })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null }
}

/** Another copy of the seeded template, for a way that runs in its own process. */
async function freshDatabase(name: string): Promise<string> {
  const admin = inject('postgresAdminUrl')
  const database = `${name}_${process.pid}`
  await ensureDatabase(admin, database, inject('templateDatabase'))
  return admin.replace(/\/postgres$/, `/${database}`)
}

/** What the import wrote, with references as external keys: equal across databases when the imports were. */
async function snapshot(url: string) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const query = async (sql: string) => (await client.query(sql)).rows
  // Encrypted values differ on every write (ADR 0063): bank data is compared by its hashes.
  const result = {
    objects: await query(
      `select external_key, number, name, type, address_city, take_over_date from objects where source = 'accounting' order by external_key`,
    ),
    persons:
      await query(`select p.external_key, p.display_name, p.kind, (select jsonb_agg(jsonb_build_array(b.iban_hash, b.bic_hash, b.account_holder) order by b._order) from persons_bank_accounts b where b._parent_id = p.id) as accounts
      from persons p where p.source = 'accounting' order by p.external_key`),
    units:
      await query(`select u.external_key, o.external_key as object, u.unit_number, u.net_area, s.code as status, h.code as holding, st.name as staircase, u.vacant_since
      from units u join objects o on o.id = u.object_id join unit_statuses s on s.id = u.status_id join holding_types h on h.id = u.holding_type_id
      left join staircases st on st.id = u.staircase_id where u.source = 'accounting' order by u.external_key`),
    tenancies:
      await query(`select t.external_key, u.external_key as unit, t.kind, t.move_in, t.move_out, t.payment_sepa_mandate_iban_hash,
      (select array_agg(p.external_key order by r."order") from tenancies_rels r join persons p on p.id = r.persons_id where r.parent_id = t.id) as holders,
      (select jsonb_agg(jsonb_build_array(a.kind, a.amount, a.valid_from) order by a._order) from tenancies_agreed_payments a where a._parent_id = t.id) as payments
      from tenancies t join units u on u.id = t.unit_id where t.source = 'accounting' order by t.external_key`),
    functions:
      await query(`select f.external_key, ft.code, p.external_key as person, f."from", f.until from functions f join function_types ft on ft.id = f.function_type_id
      join persons p on p.id = f.person_id where f.source = 'accounting' order by f.external_key`),
    postings:
      await query(`select p.external_key, t.external_key as tenancy, p.amount, p.kind, r.external_key as reverses from postings p join tenancies t on t.id = p.tenancy_id
      left join postings r on r.id = p.reverses_id where p.source = 'accounting' order by p.external_key`),
  }
  await client.end()
  return result
}

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

describe('administrator', () => {
  it('imports through the admin page’s endpoints, the CLI and the job with the same result', async () => {
    const token = await staffToken('admin')
    const files = []
    for (const name of fixtureOrder) {
      const upload = await send(
        'POST',
        '/import-runs/upload',
        token,
        readFileSync(path.join(fixtures, name)),
        'application/octet-stream',
      )
      expect(upload.status).toBe(200)
      files.push({ upload: upload.body.upload, name })
    }
    const started = await send('POST', '/import-runs/start', token, JSON.stringify({ files }))
    expect(started.status).toBe(200)
    expect(started.body.reports.map((report: { status: string }) => report.status)).toEqual(
      fixtureOrder.map(() => 'imported'),
    )
    const viaAdmin = await snapshot(process.env.DATABASE_URL!)
    expect(viaAdmin.units.length).toBeGreaterThan(20)
    const run = (
      await payload.find({ collection: 'import-runs', where: { fileName: { equals: 'units.csv' } }, depth: 0 })
    ).docs[0]
    expect([run.trigger, run.status, typeof run.startedBy]).toEqual(['admin', 'imported', 'number'])

    const cliDatabase = await freshDatabase('ways_cli')
    const cli = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'scripts/import.ts', '--quiet', ...fixtureOrder.map((name) => path.join(fixtures, name))],
      {
        env: { ...process.env, DATABASE_URL: cliDatabase, LANG: 'de_AT.UTF-8' },
        encoding: 'utf8',
      },
    )
    expect(cli.status, cli.stderr).toBe(0)
    expect(cli.stdout).toContain('7 Dateien importiert.')
    expect(await snapshot(cliDatabase)).toEqual(viaAdmin)

    const jobDatabase = await freshDatabase('ways_job')
    const inbox = path.join(scratch(), 'inbox')
    mkdirSync(inbox, { recursive: true })
    for (const name of fixtureOrder) copyFileSync(path.join(fixtures, name), path.join(inbox, name))
    const job = spawnSync(process.execPath, ['--import', 'tsx', 'test/helpers/run-import-job.ts'], {
      env: { ...process.env, DATABASE_URL: jobDatabase, HAUSWERK_IMPORT_INBOX: inbox },
      encoding: 'utf8',
    })
    expect(job.status, job.stderr).toBe(0)
    const result = JSON.parse(job.stdout.trim().split('\n').at(-1)!)
    expect([result.hasError, result.output.rejected, result.output.reports.length]).toEqual([false, 0, 7])
    expect(result.completedAt).toBeTruthy()
    expect(await snapshot(jobDatabase)).toEqual(viaAdmin)
    // The nightly job files its inbox away.
    expect(existsSync(path.join(inbox, 'units.csv'))).toBe(false)
  }, 180_000)
})

describe('a bad file', () => {
  const badFile = path.join(fixtures, 'bad', 'units-bad.csv')

  it('is reported to the admin page in the user’s language, fields by their labels', async () => {
    const token = await staffToken('admin')
    const start = async (language: string) => {
      const upload = await send('POST', '/import-runs/upload', token, readFileSync(badFile), 'application/octet-stream')
      const files = [{ upload: upload.body.upload, name: 'units-bad.csv' }]
      const started = await send('POST', '/import-runs/start', token, JSON.stringify({ files }), undefined, language)
      expect(started.status).toBe(200)
      return started.body.rendered[0]
    }
    const german = await start('de')
    expect([german.kindLabel, german.statusText]).toEqual(['Einheiten', 'abgelehnt – nichts geschrieben'])
    expect(german.problems).toEqual(
      expect.arrayContaining([
        {
          line: 2,
          column: 'netArea',
          field: 'Nettonutzfläche (m²)',
          value: '1,234.56',
          text: 'Deutsches Zahlenformat erwartet (1.234,56): Das Komma trennt die Nachkommastellen, Punkte nur die Tausender.',
        },
        {
          line: 3,
          column: 'vacantSince',
          field: 'Leer laut Buchhaltung seit',
          value: '31.02.2026',
          text: 'Diesen Tag gibt es im Kalender nicht.',
        },
      ]),
    )
    const english = await start('en')
    expect([english.kindLabel, english.statusText]).toEqual(['Units', 'rejected – nothing written'])
    expect(english.problems[0]).toMatchObject({ field: 'Net usable area (m²)', text: expect.stringMatching(/^German number format/) })
  })

  it('is reported by the CLI in German unless asked for English', async () => {
    const database = await freshDatabase('ways_bad')
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', '--quiet', badFile], {
      env: { ...process.env, DATABASE_URL: database, LANG: 'C.UTF-8' },
      encoding: 'utf8',
    })
    expect(cli.status, cli.stderr).toBe(1)
    expect(cli.stdout).toContain('units-bad.csv (Einheiten): abgelehnt – nichts geschrieben — 3 Fehler')
    expect(cli.stdout).toContain(
      'units-bad.csv, Zeile 2, Nettonutzfläche (m²): „1,234.56“ Deutsches Zahlenformat erwartet (1.234,56)',
    )
    expect(cli.stdout).toContain(
      'units-bad.csv, Zeile 3, Leer laut Buchhaltung seit: „31.02.2026“ Diesen Tag gibt es im Kalender nicht.',
    )
    expect(cli.stdout).toContain('Die Datei wurde abgelehnt: Es wurde nichts geschrieben.')
    expect(cli.stdout).not.toMatch(/netArea|vacantSince|no such day/)
  }, 120_000)
})

describe('a refused request of the admin page', () => {
  type FieldError = { path: string; message: string }
  const fieldErrors = (body: { errors: Array<{ data?: { errors?: FieldError[] } }> }) =>
    body.errors.flatMap((error) => error.data?.errors ?? []).map((error) => `${error.path}: ${error.message}`)

  it('names the field and says why, in German by default and in English when asked', async () => {
    const token = await staffToken('admin')
    const upload = await send('POST', '/import-runs/upload', token, 'key;number\n', 'application/octet-stream')
    const start = (body: unknown, language?: string) =>
      send('POST', '/import-runs/start', token, JSON.stringify(body), undefined, language)

    const wrongType = await start({ files: [{ upload: upload.body.upload, name: 'objects.xlsx' }] }, 'de')
    expect(wrongType.status).toBe(400)
    expect(fieldErrors(wrongType.body)).toEqual([
      'files.0.name: Nur CSV- und JSON-Dateien (.csv, .json) können importiert werden.',
    ])
    const english = await start({ files: [{ upload: upload.body.upload, name: 'objects.xlsx' }] }, 'en')
    expect(fieldErrors(english.body)).toEqual(['files.0.name: Only CSV and JSON files (.csv, .json) can be imported.'])

    const many = Array.from({ length: 21 }, () => ({ upload: upload.body.upload, name: 'objects.csv' }))
    expect(fieldErrors((await start({ files: many, encoding: 'latin1' }, 'de')).body)).toEqual([
      'files: Wählen Sie eine bis 20 Dateien.',
      'encoding: Zeichensatz „auto“, „utf-8“ oder „windows-1252“ erwartet.',
    ])
    expect(fieldErrors((await start({ files: [{ upload: 'x', name: 'objects.csv' }] }, 'en')).body)).toEqual([
      'files.0.upload: Not a valid upload id (32 hexadecimal characters).',
    ])
    const gone = await start({ files: [{ upload: 'f'.repeat(32), name: 'objects.csv' }] }, 'de')
    expect(gone.status).toBe(400)
    expect(fieldErrors(gone.body)).toEqual([
      'files.0.upload: Die hochgeladene Datei ist nicht mehr vorhanden (schon importiert oder nach einem Tag entfernt): Laden Sie sie erneut hoch.',
    ])
    // Without Accept-Language, German; a body that is no object is refused as a whole.
    const { default: config } = await import('@payload-config')
    const bare = await handleEndpoints({
      config,
      request: new Request('http://localhost:3000/api/import-runs/start', {
        method: 'POST',
        headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
        body: '[1, 2',
      }),
    })
    expect(bare.status).toBe(400)
    const [refusal] = fieldErrors(await bare.json())
    expect(refusal).toMatch(/^body: Ungültige Eingabe/)

    const noFile = await send('POST', '/import-runs/upload', token, undefined, 'application/octet-stream', 'de')
    expect(noFile.status).toBe(400)
    expect(fieldErrors(noFile.body)).toEqual([
      'file: Keine Datei übermittelt: Senden Sie die Exportdatei als Inhalt der Anfrage.',
    ])
  })
})

describe('the CLI’s arguments', () => {
  it('are refused with the reason and the usage, in German unless asked for English', () => {
    const cli = (args: string[], language: string) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], {
        env: { ...process.env, LANG: language },
        encoding: 'utf8',
      })
    const german = cli(['--encoding', 'latin1', 'units.csv'], 'C.UTF-8')
    expect(german.status).toBe(2)
    expect(german.stderr).toMatch(/^Unbekannter Zeichensatz „latin1“ \(bekannt: auto, utf-8, windows-1252\)\.\nAufruf: npm run import -- /)
    const english = cli(['--frobnicate', 'units.csv'], 'en_GB.UTF-8')
    expect(english.status).toBe(2)
    expect(english.stderr).toMatch(/^Unknown option --frobnicate\.\nusage: npm run import -- /)
  }, 60_000)
})

describe('clerk', () => {
  it('may not run an import (permission 900300)', async () => {
    const token = await staffToken('clerk')
    const upload = await send('POST', '/import-runs/upload', token, 'key;number\n', 'application/octet-stream')
    expect(upload.status).toBe(403)
    const start = await send(
      'POST',
      '/import-runs/start',
      token,
      JSON.stringify({ files: [{ upload: 'a'.repeat(32), name: 'x.csv' }] }),
    )
    expect(start.status).toBe(403)
    const runs = await send('GET', '/import-runs', token)
    expect(runs.status).toBe(403)
  })
})
