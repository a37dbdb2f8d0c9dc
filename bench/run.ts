/**
 * `npm run bench`: runs every `bench/*.bench.ts` in its own process, one after another (side by
 * side they would measure each other). `npm run bench -- documents` runs the matching ones only.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import path from 'node:path'

const only = process.argv.slice(2)
const benches = readdirSync(import.meta.dirname)
  .filter((name) => name.endsWith('.bench.ts') && (!only.length || only.some((part) => name.includes(part))))
  .sort()
let failed = 0
for (const name of benches) {
  console.log(`\n=== ${name} ===`)
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, name)], {
    stdio: 'inherit',
  })
  if (result.status !== 0) failed += 1
}
process.exit(failed ? 1 : 0)
