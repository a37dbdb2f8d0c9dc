import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto'

import { APIError } from 'payload'

import { env } from '@/server/env'

import { type DataKey, dataKeysFor } from './data-keys'

/**
 * Values encrypted at rest (SPEC rule 7, ADR 0063): AES-256-GCM, a fresh 96-bit nonce per value,
 * stored as text `hwenc1:<key id>:<base64url(nonce ‖ ciphertext ‖ tag)>`. The key id says which
 * key of the ring opens it, so old and new keys work side by side during a rotation.
 */
export const sealedPrefix = 'hwenc1:'
const nonceBytes = 12
const tagBytes = 16

/** A 500 whose message is shown: the record is refused as a whole, and the reason is not a secret. */
export class SealedValueError extends APIError {
  constructor(message: string) {
    super(message, 500, undefined, true)
  }
}

export const isSealed = (value: unknown): value is string => typeof value === 'string' && value.startsWith(sealedPrefix)

/** The key id of a sealed value (which key a rotation still has to replace). */
export const sealedKeyId = (value: string) => value.slice(sealedPrefix.length, value.indexOf(':', sealedPrefix.length))

export type KeyRing = { keys: DataKey[]; newest: DataKey; byId: Map<string, DataKey>; fingerprintKeys: Buffer[] }

export function keyRing(keys: DataKey[]): KeyRing {
  return {
    keys,
    newest: keys[0],
    byId: new Map(keys.map((key) => [key.id, key])),
    // A key of its own for the fingerprints, derived so that one secret per id is all there is to keep.
    fingerprintKeys: keys.map(({ key }) => Buffer.from(hkdfSync('sha256', key, '', 'hauswerk fingerprint', 32))),
  }
}

let current: KeyRing | undefined
/** The application's ring: HAUSWERK_DATA_KEYS, else the data directory's (generated when missing). */
export function dataKeyRing(): KeyRing {
  current ??= keyRing(dataKeysFor(env().dataDir).keys)
  return current
}

export function seal(plain: string, ring: KeyRing = dataKeyRing()): string {
  const nonce = randomBytes(nonceBytes)
  const cipher = createCipheriv('aes-256-gcm', ring.newest.key, nonce)
  const body = Buffer.concat([nonce, cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()])
  return `${sealedPrefix}${ring.newest.id}:${body.toString('base64url')}`
}

/** The plain text of a sealed value; a tampered or unopenable one throws, it is never half-read. */
export function open(sealed: string, ring: KeyRing = dataKeyRing()): string {
  const keyId = sealedKeyId(sealed)
  const key = ring.byId.get(keyId)
  if (!key)
    throw new SealedValueError(
      `An encrypted value needs the data key "${keyId}", which HAUSWERK_DATA_KEYS (or the data directory's data-keys file) does not hold.`,
    )
  const body = Buffer.from(sealed.slice(sealedPrefix.length + keyId.length + 1), 'base64url')
  if (body.length < nonceBytes + tagBytes)
    throw new SealedValueError('An encrypted value is cut short: it cannot be read.')
  const decipher = createDecipheriv('aes-256-gcm', key.key, body.subarray(0, nonceBytes))
  decipher.setAuthTag(body.subarray(body.length - tagBytes))
  try {
    return Buffer.concat([
      decipher.update(body.subarray(nonceBytes, body.length - tagBytes)),
      decipher.final(),
    ]).toString('utf8')
  } catch {
    throw new SealedValueError(
      `An encrypted value (key "${keyId}") fails its integrity check: it was altered or damaged, and is not shown.`,
    )
  }
}

/** Sealed values are opened; anything else (a public contact detail) is already plain. */
export const openIfSealed = <T>(value: T, ring?: KeyRing): T | string => (isSealed(value) ? open(value, ring) : value)

/**
 * A keyed hash (HMAC-SHA256) of a normalised value, under the newest key: equal values are found
 * and compared (IBAN search, the import's change detection) without decrypting anything.
 */
export function fingerprint(plain: string, ring: KeyRing = dataKeyRing()): string {
  return createHmac('sha256', ring.fingerprintKeys[0]).update(plain, 'utf8').digest('base64url')
}

/** The value's fingerprint under every key of the ring: a search finds rows not yet rotated too. */
export function fingerprints(plain: string, ring: KeyRing = dataKeyRing()): string[] {
  return ring.fingerprintKeys.map((key) => createHmac('sha256', key).update(plain, 'utf8').digest('base64url'))
}
