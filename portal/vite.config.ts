import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { vitePlugin as remix } from '@remix-run/dev'
import { defineConfig } from 'vite'
import tsconfigPaths from 'vite-tsconfig-paths'

const portalRoot = path.dirname(fileURLToPath(import.meta.url))
// Remix reads the project's package.json from Vite's root: the repository, with the app in portal/.
const repoRoot = path.join(portalRoot, '..')

/**
 * The portal (Remix 2 on Vite). Payload's packages stay out of the dependency scan: otherwise
 * Vite follows the `*.server.ts` imports into Payload and fails (ARCHITECTURE.md "Portal").
 */
export default defineConfig({
  root: repoRoot,
  plugins: [
    remix({
      appDirectory: 'portal/app',
      buildDirectory: 'portal/build',
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_lazyRouteDiscovery: true,
        v3_singleFetch: true,
      },
    }),
    tsconfigPaths({ root: repoRoot }),
  ],
  optimizeDeps: {
    exclude: ['payload', '@payloadcms/db-postgres', '@payloadcms/richtext-lexical', '@payloadcms/next', 'next'],
  },
  build: { emptyOutDir: true },
  server: {
    hmr: true,
    // The dev server's root is the repository: the browser may load the portal and its
    // packages, nothing else (not the config, the data directory or its secret).
    fs: {
      strict: true,
      allow: [portalRoot, path.join(repoRoot, 'node_modules')],
      deny: ['.env', '.env.*', '.data/**', '*.pem'],
    },
  },
})
