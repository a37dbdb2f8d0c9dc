import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'

import { newDataKey } from '@/lib/data-keys'

import { openDataset } from './lib/dataset'

const log = (line: string) => console.log(new Date().toISOString(), line)
const dataset = await openDataset(220000, log)
const k1 = newDataKey('k1')
const k2 = newDataKey('k2')
mkdirSync('/tmp/hw-rotate', { recursive: true })
const env = { ...process.env, DATABASE_URL: dataset.url, HAUSWERK_DATA_DIR: '/tmp/hw-rotate' }
let started = performance.now()
const migrate = spawnSync('npx', ['payload', 'migrate'], { env: { ...env, HAUSWERK_DATA_KEYS: k1 }, stdio: 'inherit' })
log(`migrate (incl. encrypt in place) exit ${migrate.status} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
started = performance.now()
const rotate = spawnSync('npx', ['tsx', 'scripts/keys-rotate.ts'], {
  env: { ...env, HAUSWERK_DATA_KEYS: `${k2},${k1}` },
  stdio: 'inherit',
})
log(`keys:rotate exit ${rotate.status} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
await dataset.close()
