import tsconfigPaths from 'vite-tsconfig-paths'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  // vite-tsconfig-paths rather than Vite 8's own option: the portal's Remix build needs Vite 6.
  plugins: [tsconfigPaths()],
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
