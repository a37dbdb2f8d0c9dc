import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

/**
 * Issue 13: "today" is the company's day (settings.timeZone), read through one `today(req)` in
 * globals/settings-reader.ts. A module that computes the day itself would follow a zone of its own.
 */
const roots = ['access', 'admin', 'auth', 'collections', 'fields', 'globals', 'hooks', 'imports', 'lib', 'plugins', 'portal', 'privacy', 'reports']
// The one reader, and the zone-taking helper it uses.
const allowed = new Set(['globals/settings-reader.ts', 'lib/dates.ts'])

function sources(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const file = path.join(directory, name)
    if (name === 'node_modules' || name === 'build') return []
    if (statSync(file).isDirectory()) return sources(file)
    return /\.tsx?$/.test(name) ? [file] : []
  })
}

describe('one today', () => {
  it('no module computes today without the request (and so without the company time zone)', () => {
    const offenders = roots
      .flatMap(sources)
      .filter((file) => !allowed.has(file))
      .filter((file) => {
        const text = readFileSync(file, 'utf8')
        return /\btodayIn\(|dayInZone\(new Date\(\)|\btoday\(\)/.test(text)
      })
    expect(offenders).toEqual([])
  })
})
