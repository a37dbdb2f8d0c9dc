import { isLanguage, type Language } from './i18n'
import { cookieHeader, readCookie } from './session.server'

/** The remembered language (F-59): the switch's cookie, else the browser's preference, else German. */
export const languageCookieName = 'hauswerk-lang'

export function languageOf(request: Request): Language {
  const chosen = readCookie(request, languageCookieName)
  if (isLanguage(chosen)) return chosen
  const preferred = request.headers.get('Accept-Language')?.split(',')[0]?.trim().toLowerCase() ?? ''
  return preferred.startsWith('en') ? 'en' : 'de'
}

export const languageCookie = (language: Language) => cookieHeader(languageCookieName, language, 60 * 60 * 24 * 365)
