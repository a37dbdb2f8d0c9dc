import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/int/**/*.int.spec.ts'],
    globalSetup: ['test/setup/global-postgres.ts'],
    setupFiles: ['test/setup/database-per-file.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: 'test', DISABLE_PAYLOAD_HMR: 'true' },
  },
})
