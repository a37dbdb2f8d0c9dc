import { defineConfig } from '@playwright/test'

import { chromiumArgs, chromiumExecutable } from './lib/chromium'

const port = Number(process.env.E2E_PORT ?? 3100)

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
