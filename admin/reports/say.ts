'use client'

import { useTranslation } from '@payloadcms/ui'

import { languageOf } from '@/i18n/language'
import type { reportsTranslations } from '@/i18n/reports'

export type ReportsMessage = keyof (typeof reportsTranslations)['de']

/** The reports' admin strings (i18n/reports.ts) in the user's language, with `{{…}}` filled in. */
export function useReportsText() {
  const { t, i18n } = useTranslation()
  const say = (key: ReportsMessage, vars?: Record<string, unknown>) =>
    (t as (key: string, vars?: Record<string, unknown>) => string)(`hauswerk:${key}`, vars)
  // Only the day input and the reports' own bilingual titles need the language itself.
  const language = languageOf(i18n)
  return { say, language }
}
