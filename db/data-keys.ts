import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { z } from 'zod'

/** One key of the ring: its id is stored beside every value it encrypted. */
export type DataKey = { id: string; key: Buffer }

export class DataKeyError extends Error {}

const entry = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9_-]{1,16}:[A-Za-z0-9+/_-]{43}=?$/,
    'each key is <id>:<32 bytes in base64>, ids 1–16 of A–Z a–z 0–9 _ -',
  )

/**
 * `HAUSWERK_DATA_KEYS`: `id:base64key,id:base64key`, newest first. The newest encrypts; every
 * one decrypts what it encrypted, so a rotation can run while the application serves.
 */
export function parseDataKeys(text: string): DataKey[] {
  const entries = text
    .split(/[,\s]+/)
    .filter(Boolean)
    .map((raw) => {
      const parsed = entry.safeParse(raw)
      if (!parsed.success) throw new DataKeyError(`HAUSWERK_DATA_KEYS: ${parsed.error.issues[0].message}`)
      const [id, encoded] = parsed.data.split(':')
      const key = Buffer.from(encoded, encoded.includes('-') || encoded.includes('_') ? 'base64url' : 'base64')
      if (key.length !== 32) throw new DataKeyError(`HAUSWERK_DATA_KEYS: key "${id}" is not 32 bytes`)
      return { id, key }
    })
  if (entries.length === 0) throw new DataKeyError('HAUSWERK_DATA_KEYS is empty')
  const ids = entries.map((key) => key.id)
  const twice = ids.find((id, index) => ids.indexOf(id) !== index)
  if (twice) throw new DataKeyError(`HAUSWERK_DATA_KEYS: the id "${twice}" is used twice`)
  return entries
}

export const newDataKey = (id: string) => `${id}:${randomBytes(32).toString('base64')}`

export const dataKeysFile = (dataDir: string) => path.join(dataDir, 'data-keys')

/** Where the ring may be given: the environment (or, in tests, a stand-in for it). */
export type KeySource = Readonly<Record<string, string | undefined>>

/** The ring from the environment, else from the data directory; null when neither has one. */
export function readDataKeys(dataDir: string, source: KeySource = process.env): DataKey[] | null {
  if (source.HAUSWERK_DATA_KEYS) return parseDataKeys(source.HAUSWERK_DATA_KEYS)
  const file = dataKeysFile(dataDir)
  return existsSync(file) ? parseDataKeys(readFileSync(file, 'utf8')) : null
}

/**
 * Generated once per data directory, as the Payload secret is, so that a first start needs no
 * configuration. Returns the ring and whether it was made just now (`npm start` says so).
 */
export function dataKeysFor(dataDir: string, source: KeySource = process.env) {
  const existing = readDataKeys(dataDir, source)
  if (existing) return { keys: existing, generated: false }
  mkdirSync(dataDir, { recursive: true })
  const text = newDataKey(`k${new Date().toISOString().slice(0, 10).replace(/-/g, '')}`)
  writeFileSync(dataKeysFile(dataDir), `${text}\n`, { mode: 0o600 })
  return { keys: parseDataKeys(text), generated: true }
}
