'use client'

import { useTranslation } from '@payloadcms/ui'

import type { reportsTranslations } from '@/i18n/reports'

export type ReportsMessage = keyof (typeof reportsTranslations)['de']

/** The reports' admin strings (i18n/reports.ts) in the user's language, with `{{…}}` filled in. */
export function useReportsText() {
  const { t, i18n } = useTranslation()
  const say = (key: ReportsMessage, vars?: Record<string, unknown>) =>
    (t as (key: string, vars?: Record<string, unknown>) => string)(`hauswerk:${key}`, vars)
  // Only the day input and the reports' own bilingual titles need the language itself.
  const language: 'de' | 'en' = i18n.language === 'en' ? 'en' : 'de'
  return { say, language }
}
