import { describe, expect, it } from 'vitest'

import { DataKeyError, newDataKey, parseDataKeys } from '@/db/data-keys'
import { fingerprint, fingerprints, isSealed, keyRing, open, seal, SealedValueError, sealedKeyId } from '@/db/sealed'

describe('sealed values (AES-256-GCM, ADR 0063)', () => {
  const old = keyRing(parseDataKeys(newDataKey('k1')))
  const rotated = keyRing(
    parseDataKeys(`${newDataKey('k2')},${old.keys.map((k) => `${k.id}:${k.key.toString('base64')}`)}`),
  )

  it('seals with the newest key, a fresh nonce each time, and opens with any key of the ring', () => {
    const first = seal('AT611904300234573201', old)
    const second = seal('AT611904300234573201', old)
    expect(first).not.toBe(second)
    expect(first).toMatch(/^hwenc1:k1:[A-Za-z0-9_-]+$/)
    expect(first).not.toContain('AT61')
    expect(open(first, old)).toBe('AT611904300234573201')
    expect(open(first, rotated)).toBe('AT611904300234573201')
    const newer = seal('+43 1 999 88 77', rotated)
    expect(sealedKeyId(newer)).toBe('k2')
    expect(open(newer, rotated)).toBe('+43 1 999 88 77')
    expect(isSealed(newer)).toBe(true)
    expect(isSealed('AT61')).toBe(false)
  })

  it('refuses a value whose key is not in the ring, and a tampered or cut one, with a clear error', () => {
    expect(() => open(seal('x', rotated), old)).toThrow(/needs the data key "k2"/)
    const sealed = seal('1985-03-14T12:00:00.000Z', old)
    const body = sealed.slice('hwenc1:k1:'.length)
    const flipped = `hwenc1:k1:${body.slice(0, 20)}${body[20] === 'A' ? 'B' : 'A'}${body.slice(21)}`
    expect(() => open(flipped, old)).toThrow(SealedValueError)
    expect(() => open(flipped, old)).toThrow(/fails its integrity check/)
    expect(() => open('hwenc1:k1:abc', old)).toThrow(/cut short/)
  })

  it('hashes equal values equally under one key, and differently under another', () => {
    expect(fingerprint('AT611904300234573201', old)).toBe(fingerprint('AT611904300234573201', old))
    expect(fingerprint('AT611904300234573201', old)).not.toBe(fingerprint('AT611904300234573202', old))
    const both = fingerprints('AT611904300234573201', rotated)
    expect(both).toHaveLength(2)
    expect(both[1]).toBe(fingerprint('AT611904300234573201', old))
    expect(both[0]).not.toBe(both[1])
  })

  it('reads HAUSWERK_DATA_KEYS strictly', () => {
    expect(() => parseDataKeys('')).toThrow(DataKeyError)
    expect(() => parseDataKeys('k1:tooshort')).toThrow(/32 bytes in base64/)
    const key = newDataKey('k1')
    expect(() => parseDataKeys(`${key},${key}`)).toThrow(/used twice/)
    expect(parseDataKeys(`${newDataKey('b')}, ${key}`).map((entry) => entry.id)).toEqual(['b', 'k1'])
  })
})
