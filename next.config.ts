import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

import { securityHeaders } from './server/security-headers'

const nextConfig: NextConfig = {
  // Minification renames Payload's error classes, and every 403 would be logged as an ERROR.
  // globalNotFound: the German 404 (app/global-not-found.tsx) for addresses outside the admin.
  experimental: { serverMinification: false, globalNotFound: true },
  poweredByHeader: false,
  // `npm start`'s build skips the type check (a minute and a half on 2 cores): `npm test` runs tsc.
  typescript: { ignoreBuildErrors: process.env.HAUSWERK_SKIP_TYPECHECK === '1' },
  headers: async () => [{ source: '/:path*', headers: securityHeaders() }],
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
