import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { de } from '@payloadcms/translations/languages/de'
import { en } from '@payloadcms/translations/languages/en'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { apiTabForAdministrators } from './access/api-tab'
import { allowedOrigins } from './auth/session'
import { collections } from './collections'
import { hauswerkPostgresAdapter } from './db/postgres'
import { Settings } from './globals/settings'
import { hauswerkIconUrl } from './admin/brand-icon'
import { hauswerkTranslations } from './i18n/translations'
import { jobs } from './imports/job'
import { documentStoragePlugin } from './collections/documents/storage-plugin'
import { emailAdapter } from './server/email'
import { env } from './server/env'
import { formBuilder } from './plugins/form-builder'
import { withFrameworkAccess } from './plugins/framework-access'
import { importExport } from './plugins/import-export'
import { mailMergeEndpoint } from './reports/mail-merge/endpoint'
import { reportEndpoints } from './reports/pipeline/endpoints'
import { unitMenuEndpoints } from './reports/unit-menu'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const config = env()

export default buildConfig({
  serverURL: config.SERVER_URL,
  secret: config.PAYLOAD_SECRET,
  // A session cookie counts only from these origins (CSRF; ADR 0053).
  csrf: allowedOrigins(config),
  admin: {
    user: 'users',
    importMap: { baseDir: dirname },
    meta: {
      titleSuffix: '– Hauswerk',
      description: 'Hauswerk',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: hauswerkIconUrl }],
      openGraph: { siteName: 'Hauswerk', title: 'Hauswerk', description: 'Hauswerk' },
    },
    // No Gravatar: the admin must not call out to third parties.
    avatar: 'default',
    dateFormat: 'dd.MM.yyyy HH:mm',
    components: {
      graphics: { Logo: '@/admin/brand#Logo', Icon: '@/admin/brand#Icon' },
      providers: ['@/admin/a11y/screen-reader-labels#ScreenReaderLabels'],
      beforeDashboard: ['@/admin/dashboard/overview#DashboardOverview'],
      afterNavLinks: ['@/admin/import/nav-link#ImportNavLink', '@/admin/reports/nav-link#ReportsNavLink'],
      views: {
        import: {
          Component: '@/admin/import/import-view#ImportView',
          path: '/import',
          meta: { title: 'Import aus der Buchhaltung' },
        },
        reports: { Component: '@/admin/reports/reports-view#ReportsView', path: '/reports', meta: { title: 'Berichte' } },
      },
    },
  },
  i18n: {
    supportedLanguages: { de, en },
    fallbackLanguage: 'de',
    translations: hauswerkTranslations,
  },
  collections,
  globals: [apiTabForAdministrators(Settings)],
  endpoints: [...reportEndpoints, mailMergeEndpoint, ...unitMenuEndpoints],
  jobs,
  editor: lexicalEditor(),
  db: hauswerkPostgresAdapter({
    pool: { connectionString: config.DATABASE_URL },
    // Schema changes go through committed migrations only (see docs/decisions/0002-migrations.md).
    push: false,
    migrationDir: path.join(dirname, 'migrations'),
  }),
  email: emailAdapter(config),
  sharp,
  typescript: { outputFile: path.join(dirname, 'payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true },
  plugins: [importExport, formBuilder, documentStoragePlugin(config)],
  telemetry: false,
}).then(withFrameworkAccess)
