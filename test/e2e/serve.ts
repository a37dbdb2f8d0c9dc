/** Starts Hauswerk for the browser tests: `npm start` (portal at /, admin at /admin) on a fresh temporary data directory. */
import { spawn } from 'node:child_process'
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'hauswerk-e2e-'))
chmodSync(dataDir, 0o755)
// Tests that read the outbox find the data directory here (test/e2e/fixtures/outbox.ts).
const dataDirNote = path.join(os.tmpdir(), `hauswerk-e2e-${process.env.PORT ?? '3000'}.datadir`)
writeFileSync(dataDirNote, dataDir)
const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
  stdio: 'inherit',
  env: { ...process.env, HAUSWERK_DATA_DIR: dataDir, HAUSWERK_DEMO: '1', HAUSWERK_HOST: '127.0.0.1' },
})
const forward = (signal: NodeJS.Signals) => () => child.kill(signal)
process.on('SIGTERM', forward('SIGTERM'))
process.on('SIGINT', forward('SIGINT'))
child.on('exit', (code) => {
  rmSync(dataDir, { recursive: true, force: true })
  rmSync(dataDirNote, { force: true })
  process.exit(code ?? 0)
})
