import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import type { Field, Payload } from 'payload'
import pg from 'pg'
import { to as copyTo } from 'pg-copy-streams'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { drizzleOf } from '@/db/client'
import { DataKeyError, newDataKey } from '@/db/data-keys'
import { dataKeyRing, isSealed, sealedKeyId } from '@/db/sealed'
import { pendingCount, type Query, sealColumns, sealedColumns } from '@/db/sealed-columns'
import * as migration from '@/migrations/20261130_150345_encryption_at_rest'
import { portalPersonas } from '@/seed/personas'
import { checkDataKeys } from '@/server/data-keys-check'

import { demo } from '../helpers/demo'
import { testPayload } from '../helpers/payload'
import { staffToken } from '../helpers/personas'
import { rest } from '../helpers/rest'

// The template was encrypted under the run's key ("test"); this file's application ring has a
// newer one in front of it, as during a rotation: new writes use "k2", old values still open.
const templateKeys = process.env.HAUSWERK_DATA_KEYS!
process.env.HAUSWERK_DATA_KEYS = `${newDataKey('k2')},${templateKeys}`

type Plain = Record<string, unknown>

describe('encryption at rest (SPEC rule 7, ADR 0063)', () => {
  let payload: Payload
  let client: pg.Client
  let query: Query
  let tenant: number
  let extra: number
  const privatePhone = '+43 1 555 12 34'
  const publicPhone = '+43 1 555 99 00'

  /** Every encrypted value as the application reads it (system reads: in full). */
  async function plainValues(): Promise<Plain> {
    const persons = await payload.find({ collection: 'persons', pagination: false, depth: 0, sort: 'id' })
    const tenancies = await payload.find({ collection: 'tenancies', pagination: false, depth: 0, sort: 'id' })
    const settings = await payload.findGlobal({ slug: 'settings', depth: 0 })
    return {
      persons: persons.docs.map((person) => ({
        id: person.id,
        birthDate: person.birthDate,
        bankAccounts: person.bankAccounts?.map(({ iban, bic, accountHolder }) => ({ iban, bic, accountHolder })),
        contacts: person.contacts?.map(({ kind, value, labels }) => ({ kind, value, labels })),
      })),
      tenancies: tenancies.docs.map((tenancy) => ({
        id: tenancy.id,
        sepa: [tenancy.payment?.sepaMandate?.iban, tenancy.payment?.sepaMandate?.bic],
        deposit: [tenancy.securities?.deposit?.account?.iban, tenancy.securities?.deposit?.account?.bic],
      })),
      company: [settings.company?.iban, settings.company?.bic],
    }
  }

  /**
   * The values that must never be found in clear: IBANs, BICs, birth dates, private contact
   * details; `phonesOnly` leaves out e-mail addresses, which may also be an office's public address.
   */
  async function secrets({ phonesOnly = false } = {}): Promise<string[]> {
    const values = await plainValues()
    const found = new Set<string>()
    const add = (value: unknown) => {
      if (typeof value === 'string' && value) found.add(value)
    }
    for (const person of values.persons as Array<Record<string, any>>) {
      if (person.birthDate) found.add(String(person.birthDate).slice(0, 10))
      for (const account of person.bankAccounts ?? []) [account.iban, account.bic].forEach(add)
      for (const contact of person.contacts ?? [])
        if (!(contact.labels ?? []).includes('public') && (!phonesOnly || contact.kind !== 'email')) add(contact.value)
    }
    for (const tenancy of values.tenancies as Array<Record<string, any>>)
      [...tenancy.sepa, ...tenancy.deposit].forEach(add)
    ;(values.company as unknown[]).forEach(add)
    return [...found]
  }

  beforeAll(async () => {
    payload = await testPayload()
    client = new pg.Client({ connectionString: process.env.DATABASE_URL })
    await client.connect()
    query = async (text, params) => (await client.query(text, params)).rows
    tenant = await demo.person(payload, portalPersonas.tenant)
    const person = await payload.create({
      collection: 'persons',
      data: {
        kind: 'natural',
        firstName: 'Vera',
        lastName: 'Verschlüsselt',
        birthDate: '1971-02-03',
        bankAccounts: [
          { iban: 'DE89 3704 0044 0532 0130 00', bic: 'COBADEFFXXX', accountHolder: 'Vera Verschlüsselt' },
          { iban: 'at48 3200 0000 1234 5864', accountHolder: 'Vera V.' },
        ],
        contacts: [
          { kind: 'phone', value: privatePhone, labels: ['private'] },
          { kind: 'phone', value: publicPhone, labels: ['public'] },
        ],
      },
    })
    extra = person.id
  })

  afterAll(async () => {
    await client.end()
  })

  it('the tables hold no IBAN, BIC, birth date or private contact detail in clear; public details stay plain', async () => {
    const hidden = await secrets()
    expect(hidden).toEqual(expect.arrayContaining(['AT611904300234573201', '1985-03-14', '1971-02-03', privatePhone]))
    for (const table of [...new Set(sealedColumns.map((column) => column.table))]) {
      const rows = await query(`select t::text as row from "${table}" t`)
      const text = rows.map((row) => row.row).join('\n')
      for (const value of hidden) expect(text, `${table} holds ${value}`).not.toContain(value)
    }
    const contacts = await query(`select value from persons_contacts where _parent_id = $1 order by _order`, [extra])
    expect(isSealed(contacts[0].value)).toBe(true)
    expect(contacts[1].value).toBe(publicPhone)
    const account = await query(
      `select iban, iban_hash from persons_bank_accounts where _parent_id = $1 order by _order`,
      [extra],
    )
    // Written now: under the newest key of the ring, with its hash beside it.
    expect(sealedKeyId(String(account[0].iban))).toBe('k2')
    expect(account[0].iban_hash).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })

  it('a dump of every table (the data pg_dump writes, by COPY) holds no IBAN, BIC, birth date or private phone number', async () => {
    const hidden = await secrets({ phonesOnly: true })
    const tables = await query(`select tablename from pg_tables where schemaname = 'public' order by tablename`)
    const chunks: Buffer[] = []
    for (const { tablename } of tables) {
      const sink = new Writable({
        write(chunk, _encoding, done) {
          chunks.push(chunk)
          done()
        },
      })
      await pipeline(client.query(copyTo(`copy "${tablename}" to stdout`)), sink)
    }
    const dump = Buffer.concat(chunks).toString('utf8')
    expect(dump).toContain('hwenc1:')
    for (const value of hidden) expect(dump, value).not.toContain(value)
  })

  it('the reads return every value as written, normalised', async () => {
    const person = await payload.findByID({ collection: 'persons', id: extra })
    expect(person.birthDate).toBe('1971-02-03T12:00:00.000Z')
    expect(person.bankAccounts?.map((account) => [account.iban, account.bic])).toEqual([
      ['DE89370400440532013000', 'COBADEFFXXX'],
      ['AT483200000012345864', null],
    ])
    expect(person.contacts?.map((contact) => contact.value)).toEqual([privatePhone, publicPhone])
    expect(person).not.toHaveProperty('bankAccounts.0.ibanHash')
  })

  it('staff with 900114 find a person by the whole IBAN, however it is written; a part finds nothing but a reason', async () => {
    const token = await staffToken('clerk')
    for (const spelling of ['AT48 3200 0000 1234 5864', 'at483200000012345864']) {
      const response = await rest('GET', `/persons?where[bankAccounts.iban][equals]=${encodeURIComponent(spelling)}`, {
        token,
      })
      expect(response.status).toBe(200)
      expect(response.body.docs.map((doc: { id: number }) => doc.id)).toContain(extra)
      for (const doc of response.body.docs as Array<{ bankAccounts: Array<{ iban: string }> }>)
        expect(doc.bankAccounts.map((account) => account.iban)).toContain('AT483200000012345864')
    }
    const part = await rest('GET', `/persons?where[bankAccounts.iban][like]=AT4832`, { token })
    expect(part.status).toBe(400)
    expect(part.body.errors[0].message).toMatch(/cannot be filtered or sorted: bankAccounts.iban/)
    expect(JSON.stringify(part.body)).toMatch(/hauswerk:sealedQuery/)
  })

  it('every sealed field of the config is one column of the list the migration, rotation and start check use', async () => {
    let fields = 0
    const walk = (list: Field[]) => {
      for (const field of list) {
        if (field.custom?.sealed) fields++
        if ('fields' in field) walk(field.fields)
        if ('tabs' in field) for (const tab of field.tabs) walk(tab.fields)
      }
    }
    for (const collection of payload.config.collections) walk(collection.fields)
    for (const global of payload.config.globals) walk(global.fields)
    expect(fields).toBe(sealedColumns.length)
    // And every column that holds a sealed value anywhere is on the list.
    const columns = await query(
      `select table_name, column_name from information_schema.columns
       where table_schema = 'public' and data_type in ('character varying', 'text')`,
    )
    const listed = new Set(sealedColumns.map((column) => `${column.table}.${column.column}`))
    for (const { table_name, column_name } of columns) {
      const rows = await query(`select 1 from "${table_name}" where "${column_name}" like 'hwenc1:%' limit 1`)
      if (rows.length > 0) expect(listed, `${table_name}.${column_name}`).toContain(`${table_name}.${column_name}`)
    }
  })

  it('keys:rotate moves every value to the newest key in batches; killed half-way, reads still work and a rerun finishes', async () => {
    const before = await plainValues()
    const ring = dataKeyRing()
    const total = await pendingCount(query, ring)
    expect(total).toBeGreaterThan(3)
    let batches = 0
    await expect(
      sealColumns(query, ring, {
        batchSize: 1,
        onBatch: () => {
          if (++batches === 3) throw new Error('killed')
        },
      }),
    ).rejects.toThrow('killed')
    expect(await pendingCount(query, ring)).toBe(total - 3)
    expect(await plainValues()).toEqual(before)
    await sealColumns(query, ring, { batchSize: 7 })
    expect(await pendingCount(query, ring)).toBe(0)
    for (const column of sealedColumns) {
      const keys = await query(
        `select distinct split_part("${column.column}", ':', 2) as id from "${column.table}" where "${column.column}" like 'hwenc1:%'`,
      )
      for (const { id } of keys) expect(id, `${column.table}.${column.column}`).toBe('k2')
    }
    expect(await plainValues()).toEqual(before)
    const found = await rest('GET', `/persons?where[bankAccounts.iban][equals]=AT611904300234573201`, {
      token: await staffToken('clerk'),
    })
    expect(found.body.docs.map((doc: { id: number }) => doc.id)).toContain(tenant)
  })

  it('the migration encrypts a database in place and loses nothing (down to plain text, up again)', async () => {
    const before = await plainValues()
    const args = { db: drizzleOf(payload), payload, req: {} } as unknown as Parameters<typeof migration.up>[0]
    await migration.down(args)
    const plainIbans = await query(`select iban from persons_bank_accounts where _parent_id = $1 order by _order`, [
      extra,
    ])
    expect(plainIbans.map((row) => row.iban)).toEqual(['DE89370400440532013000', 'AT483200000012345864'])
    const plainBirth = await query(`select birth_date from persons where id = $1`, [extra])
    expect(new Date(plainBirth[0].birth_date as string).toISOString()).toBe('1971-02-03T12:00:00.000Z')
    await migration.up(args)
    for (const column of sealedColumns) {
      const plain = await query(
        `select count(*)::int as count from "${column.table}" t
         where t."${column.column}" is not null and t."${column.column}" not like 'hwenc1:%'
           and ${column.sealedWhere ?? 'true'}`,
      )
      expect(plain[0].count, `${column.table}.${column.column}`).toBe(0)
    }
    expect(await plainValues()).toEqual(before)
  })

  it('a tampered ciphertext fails the whole read with a clear error, never a half-decrypted record', async () => {
    const [{ iban }] = await query(`select iban from persons_bank_accounts where _parent_id = $1 and _order = 1`, [
      extra,
    ])
    const text = String(iban)
    const flipped = text.slice(0, -10) + (text.at(-10) === 'A' ? 'B' : 'A') + text.slice(-9)
    await query(`update persons_bank_accounts set iban = $1 where _parent_id = $2 and _order = 1`, [flipped, extra])
    try {
      await expect(payload.findByID({ collection: 'persons', id: extra })).rejects.toThrow(/fails its integrity check/)
      const response = await rest('GET', `/persons/${extra}`, { token: await staffToken('clerk') })
      expect(response.status).toBe(500)
      expect(JSON.stringify(response.body)).toMatch(/fails its integrity check/)
      expect(JSON.stringify(response.body)).not.toContain('Verschlüsselt')
    } finally {
      await query(`update persons_bank_accounts set iban = $1 where _parent_id = $2 and _order = 1`, [text, extra])
    }
  })

  describe('the start checks the keys before anything reads or writes', () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hauswerk-keys-'))
    afterAll(() => rmSync(dataDir, { recursive: true, force: true }))
    const url = () => process.env.DATABASE_URL!
    const noLog = () => undefined

    it('refuses a database with ciphertext when no key is set, and generates none', async () => {
      await expect(checkDataKeys(url(), dataDir, noLog, {})).rejects.toThrow(/no data key is set/)
      await expect(checkDataKeys(url(), dataDir, noLog, {})).rejects.toBeInstanceOf(DataKeyError)
    })

    it('refuses a ring without the database keys, or with a wrong key under their id', async () => {
      await expect(checkDataKeys(url(), dataDir, noLog, { HAUSWERK_DATA_KEYS: newDataKey('other') })).rejects.toThrow(
        /"k2", which is not in the key ring/,
      )
      await expect(checkDataKeys(url(), dataDir, noLog, { HAUSWERK_DATA_KEYS: newDataKey('k2') })).rejects.toThrow(
        /the key "k2" of the ring does not open the values encrypted with "k2": it is the wrong key/,
      )
      await expect(checkDataKeys(url(), dataDir, noLog, process.env)).resolves.toBeUndefined()
    })

    it('npm start stops with the message and exit code 1', () => {
      const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
        env: { ...process.env, DATABASE_URL: url(), HAUSWERK_DATA_DIR: dataDir, HAUSWERK_DATA_KEYS: newDataKey('k2') },
        encoding: 'utf8',
        timeout: 60_000,
      })
      expect(result.stderr).toMatch(/The data keys do not fit the database/)
      expect(result.status).toBe(1)
    })
  })
})
