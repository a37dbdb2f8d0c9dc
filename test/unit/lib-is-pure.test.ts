import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

/**
 * Issue 13, "the house": `lib/` holds pure domain code (no Payload, database, files, environment or
 * network), and the database is reached below the Local API only through `db/client.ts`.
 */
function sources(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const file = path.join(directory, name)
    if (name.startsWith('.') || ['node_modules', 'build', 'test-results', 'playwright-report'].includes(name)) return []
    if (statSync(file).isDirectory()) return sources(file)
    return /\.tsx?$/.test(name) ? [file] : []
  })
}

// Packages that do input and output or belong to Payload; and the project's folders of services.
const impure = [
  /^payload$/,
  /^@payloadcms\//,
  /^drizzle-orm/,
  /^pg(-|$)/,
  /^(node:)?(fs|fs\/promises|child_process|net|http|https|os|dns|worker_threads)$/,
  /^@aws-sdk\//,
  /^nodemailer/,
  /^prettier/,
  /^@payload-config$/,
  /^@\/(?!lib\/|constants\/)/,
]
// What may come in as types only (a type has no effect when the code runs): the generated record
// types, message keys, and Payload's query shape — not `Payload` or `PayloadRequest`, which only a
// service needs.
const typesOnly: Array<[RegExp, Set<string> | null]> = [
  [/^@\/payload-types$/, null],
  [/^@\/i18n\//, null],
  [/^payload$/, new Set(['Where'])],
]

type Import = { specifier: string; typeOnly: boolean; names: string[] }

function importsOf(text: string): Import[] {
  const found: Import[] = []
  for (const match of text.matchAll(/^\s*(import|export)\s+(type\s+)?(?:([^'";]*?)\s+from\s+)?['"]([^'"]+)['"]/gm)) {
    const names = (match[3] ?? '')
      .replace(/[{}]/g, '')
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean)
    found.push({ specifier: match[4], typeOnly: Boolean(match[2]), names })
  }
  for (const match of text.matchAll(/\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g))
    found.push({ specifier: match[1], typeOnly: false, names: [] })
  return found
}

function problemsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  const problems: string[] = []
  for (const { specifier, typeOnly, names } of importsOf(text)) {
    if (specifier.startsWith('.')) {
      const target = path.join(path.dirname(file), specifier)
      if (!target.startsWith(`lib${path.sep}`)) problems.push(`${file} imports ${specifier} from outside lib/`)
      continue
    }
    const asType = typesOnly.find(([pattern]) => pattern.test(specifier))
    if (asType) {
      const [, allowed] = asType
      if (!typeOnly || (allowed && names.some((name) => !allowed.has(name))))
        problems.push(`${file} imports ${names.join(', ') || '(code)'} from ${specifier}`)
      continue
    }
    if (impure.some((pattern) => pattern.test(specifier))) problems.push(`${file} imports ${specifier}`)
  }
  if (/\bprocess\.env\b/.test(text)) problems.push(`${file} reads process.env`)
  return problems
}

describe('lib/ is pure domain code', () => {
  it('no file of lib/ imports Payload, the database, files, the network or a service folder', () => {
    expect(sources('lib').flatMap(problemsOf)).toEqual([])
  })

  it('the check itself notices an impure import', () => {
    expect(importsOf(`import type { Where } from 'payload'\nimport {\n  runStatement,\n} from '@/db/client'`)).toEqual([
      { specifier: 'payload', typeOnly: true, names: ['Where'] },
      { specifier: '@/db/client', typeOnly: false, names: ['runStatement'] },
    ])
  })
})

describe('the database is reached through db/client.ts', () => {
  // Payload's own adapter methods (`payload.db.findOne`, `migrate` …) stay allowed; its Drizzle,
  // pool, transaction sessions and tables, and any cast of the adapter, belong to db/.
  const reachesBelow = /\bpayload\)?\??\.db\??\.(drizzle|pool|sessions|tables|tableNameMap)\b|\bpayload\.db\s+as\b/

  it('no file outside db/ casts payload.db or takes its Drizzle, pool, sessions or tables', () => {
    const offenders = readdirSync('.')
      .filter((name) => !name.startsWith('.') && name !== 'node_modules' && name !== 'db')
      .flatMap((name) => (statSync(name).isDirectory() ? sources(name) : /\.tsx?$/.test(name) ? [name] : []))
      .filter((file) => reachesBelow.test(readFileSync(file, 'utf8')))
    expect(offenders).toEqual([])
  })
})
