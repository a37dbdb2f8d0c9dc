import net from 'node:net'

import { defineConfig } from '@playwright/test'

import { chromiumArgs, chromiumExecutable } from './server/chromium'

/** Resolves with the port when it can be bound on the loopback now (0: one the kernel picks). */
function bindable(port: number): Promise<number | null> {
  return new Promise((resolve) => {
    const probe = net.createServer()
    probe.once('error', () => resolve(null))
    probe.listen(port, '127.0.0.1', () => {
      const { port: bound } = probe.address() as net.AddressInfo
      probe.close(() => resolve(bound))
    })
  })
}

/** A port free for the server whose port + 1000 is free for its Postgres. */
async function freePortPair(): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await bindable(0)
    if (port && port + 1000 <= 65535 && (await bindable(port + 1000))) return port
  }
  throw new Error('No free pair of ports (port and port + 1000) on 127.0.0.1: set E2E_PORT.')
}

// Chosen once in the runner; its workers inherit the variable and so read the same port.
process.env.E2E_PORT ||= String(await freePortPair())
const port = Number(process.env.E2E_PORT)

/**
 * Browser tests in a real Chromium against Hauswerk started the way a user starts it (npm start's
 * script), on a fresh temporary data directory with the demo data. A missing browser fails the run.
 */
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.e2e.spec.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'de-AT',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: await chromiumExecutable(), args: chromiumArgs },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `tsx test/e2e/serve.ts`,
    url: `http://127.0.0.1:${port}/admin/login`,
    env: { PORT: String(port), HAUSWERK_PG_PORT: String(port + 1000) },
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
})
