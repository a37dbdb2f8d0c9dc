import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { hauswerkTranslations } from '@/i18n/translations'

/**
 * Admin words live in i18n/translations.ts as `hauswerk:` keys and are read through Payload's `t`
 * (issue 13): a component that branches on the language with its own dictionary drifts from the
 * others, and a translator has no one place to look. Formats and configured records' own labels
 * follow the language through `languageOf` (i18n/language.ts), which is outside admin/.
 */

const localWords: Array<[string, RegExp]> = [
  [
    'compares the language',
    /\blanguage\s*[!=]==?\s*['"`](?:de|en)['"`]|['"`](?:de|en)['"`]\s*[!=]==?\s*[\w.?]*language\b/,
  ],
  ['a (de, en) picker', /\(\s*de\s*:\s*string\s*,\s*en\w*\s*:\s*string\s*\)/],
  ['a dictionary per language', /\b(?:de|en)\s*:\s*\{/],
  ['a { de, en } pair of texts', /\{\s*de\s*:\s*['"`][^'"`]*['"`]\s*,\s*en\s*:\s*['"`]/],
  ['a ternary on the language', /\b(?:en|english|german)\s*\?\s*['"`]/],
]

function sources(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const file = path.join(directory, name)
    if (statSync(file).isDirectory()) return sources(file)
    return /\.tsx?$/.test(name) ? [file] : []
  })
}

const admin = sources('admin').map((file) => ({
  file: file.split(path.sep).join('/'),
  text: readFileSync(file, 'utf8'),
}))
const hauswerk = { de: hauswerkTranslations.de.hauswerk, en: hauswerkTranslations.en.hauswerk }

describe('admin strings come from the hauswerk namespace', () => {
  it('no admin component keeps its own words per language', () => {
    const hits = admin
      .flatMap(({ file, text }) =>
        text
          .split('\n')
          .flatMap((line, index) =>
            localWords.filter(([, pattern]) => pattern.test(line)).map(([what]) => `${file}:${index + 1} ${what}`),
          ),
      )
    expect(hits).toEqual([])
  })

  it('every hauswerk: key used in admin/ exists in German and English', () => {
    const missing = admin.flatMap(({ file, text }) =>
      [...text.matchAll(/hauswerk:([\w-]+)(\$\{)?/g)].flatMap(([, key, template]) =>
        (['de', 'en'] as const)
          .filter((language) => {
            const keys = Object.keys(hauswerk[language])
            // `hauswerk:privacyKind_${kind}`: at least one key of that family must exist.
            return template ? !keys.some((candidate) => candidate.startsWith(key)) : !keys.includes(key)
          })
          .map((language) => `${file}: hauswerk:${key}${template ? '…' : ''} (${language})`),
      ),
    )
    expect(missing).toEqual([])
  })

  it('German and English have the same keys', () => {
    expect(Object.keys(hauswerk.en).sort()).toEqual(Object.keys(hauswerk.de).sort())
  })
})
