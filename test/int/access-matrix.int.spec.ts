import { readFileSync } from 'node:fs'
import path from 'node:path'

import { expect, it } from 'vitest'

import { accessMatrix } from '@/access/matrix/generate'

import { testPayload } from '../helpers/payload'
import { demoPassword } from '../helpers/personas'

/** SPEC F-87: docs/access-matrix.md is what the running config answers today. */
it('docs/access-matrix.md is up to date', { timeout: 180_000 }, async () => {
  const payload = await testPayload()
  const generated = await accessMatrix(payload, demoPassword)
  const committed = readFileSync(path.join(process.cwd(), 'docs', 'access-matrix.md'), 'utf8')
  const lines = generated.split('\n')
  const first = committed.split('\n').findIndex((line, index) => line !== lines[index])
  const where = first === -1 ? 'at the end' : `from line ${first + 1}: ${lines[first] ?? '(no line)'}`
  expect(committed === generated, `docs/access-matrix.md is out of date ${where}: run npm run access-matrix`).toBe(true)
})
