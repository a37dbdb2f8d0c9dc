import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

/**
 * Settings and individual-field definitions are configuration every request applies: they are read
 * through their cached readers (`settingsFor(req)`, `definitionsOf(req, module)`), once per
 * request, never fetched directly elsewhere.
 */
const roots = [
  'access',
  'admin',
  'auth',
  'collections',
  'db',
  'fields',
  'globals',
  'hooks',
  'imports',
  'lib',
  'plugins',
  'portal',
  'privacy',
  'reports',
  'server',
]
const readers: Array<[RegExp, string]> = [
  [/findGlobal\(\s*\{\s*slug:\s*(['"]settings['"]|slugs\.settings)/, 'globals/settings-reader.ts'],
  [/readDefinitions\(/, 'collections/individual-field-definitions/definitions.ts'],
  // The import read the definitions itself (issue 13): a list of the collection is the reader's.
  [
    /\.find\(\{\s*collection:\s*(slugs\.individualFieldDefinitions|['"]individual-field-definitions['"])/,
    'collections/individual-field-definitions/definitions.ts',
  ],
]

function sources(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const file = path.join(directory, name)
    if (name === 'node_modules' || name === 'build') return []
    if (statSync(file).isDirectory()) return sources(file)
    return /\.tsx?$/.test(name) ? [file] : []
  })
}

describe('settings and definitions are read through their cached readers', () => {
  it.each(readers)('%s appears only in %s', (pattern, home) => {
    const direct = roots.flatMap(sources).filter((file) => file !== home && pattern.test(readFileSync(file, 'utf8')))
    expect(direct).toEqual([])
  })
})
