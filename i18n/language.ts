import type { TFunction } from '@payloadcms/translations'

import type { Language } from '@/lib/format'

import type { HauswerkMessage } from './translations'

/** A Hauswerk string's key as Payload's `t` takes it: `useTranslation<object, HauswerkKey>()`. */
export type HauswerkKey = `hauswerk:${HauswerkMessage}`

/**
 * The one place that maps the admin's language to the product's two: formats and the German or
 * English label of configured records follow it. Words never do — they come from `t`.
 */
export function languageOf(i18n: { language?: string } | null | undefined): Language {
  return i18n?.language === 'en' ? 'en' : 'de'
}

const locales: Record<Language, string> = { de: 'de-DE', en: 'en-GB' }

/** The `Intl` locale of the admin's language, for what lib/format.ts has no formatter for (a date with its time). */
export function localeOf(i18n: { language?: string } | null | undefined): string {
  return locales[languageOf(i18n)]
}

/** Payload's `t` with Hauswerk's keys typed, for server components (their `i18n.t` knows only Payload's keys). */
export function hauswerkT(i18n: { t: unknown }): TFunction<HauswerkKey> {
  return i18n.t as TFunction<HauswerkKey>
}
