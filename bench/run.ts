/**
 * `npm run bench`: runs every bench/*.bench.ts (or the ones named) one after another, each in its
 * own process, and fails when one fails. Each benchmark prints its own figures.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const directory = path.dirname(fileURLToPath(import.meta.url))
const named = process.argv.slice(2)
const files = readdirSync(directory)
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => named.length === 0 || named.some((name) => file.includes(name)))
  .sort()

let failed = 0
for (const file of files) {
  console.log(`\n=== ${file}`)
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(directory, file)], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', DISABLE_PAYLOAD_HMR: 'true' },
  })
  if (result.status !== 0) failed += 1
}
console.log(`\n${files.length - failed} passed, ${failed} failed`)
process.exit(failed ? 1 : 0)
