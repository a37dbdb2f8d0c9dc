import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { formatDecimal } from '@/lib/format'
import { formatValue } from '@/lib/individual-fields/format'

/**
 * SPEC section 5: numbers read `1.234,56` in German everywhere — one formatter (lib/format.ts),
 * not a locale per component (`de-AT` groups with a space, `de-DE` with a dot).
 */
const roots = ['admin', 'collections', 'fields', 'imports', 'lib', 'plugins', 'auth', 'hooks']
const allowed = new Set(['lib/format.ts'])

function sources(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const file = path.join(directory, name)
    if (statSync(file).isDirectory()) return sources(file)
    return /\.tsx?$/.test(name) ? [file] : []
  })
}

describe('one number formatter', () => {
  it('no admin component, export or import formats numbers with its own locale', () => {
    const offenders = roots
      .flatMap(sources)
      .filter((file) => !allowed.has(file))
      .filter((file) => /Intl\.NumberFormat|\.toLocaleString\(/.test(readFileSync(file, 'utf8')))
    expect(offenders).toEqual([])
  })

  it('individual number fields read like every other number', () => {
    const definition = { key: 'k', type: 'number', decimals: 2, unit: 'm²' } as Parameters<typeof formatValue>[0]
    expect(formatValue(definition, 1234.5)).toBe(`${formatDecimal(1234.5, 2)} m²`)
    expect(formatValue(definition, 1234.5)).toBe('1.234,50 m²')
  })
})
