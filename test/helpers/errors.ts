import { expect } from 'vitest'

import { hauswerkTranslations } from '@/i18n/translations'

import type { RestResponse } from './rest'

type FieldError = { path: string; message: string }

/** The fields a 400 names, with their messages. */
export function fieldErrors(response: RestResponse): FieldError[] {
  const errors: Array<{ data?: { errors?: FieldError[] } }> = response.body?.errors ?? []
  return errors.flatMap((error) => error.data?.errors ?? [])
}

type MessageKey = keyof (typeof hauswerkTranslations)['en']['hauswerk']

/**
 * A 400 that names the field and says why: the Hauswerk message in the request's language
 * (English unless the test asks for German).
 */
export function expectFieldError(
  response: RestResponse,
  path: string,
  reason?: MessageKey | RegExp,
  language: 'de' | 'en' = 'en',
) {
  expect(response.status, JSON.stringify(response.body)).toBe(400)
  const errors = fieldErrors(response)
  const error = errors.find((candidate) => candidate.path === path)
  expect(error, `no error for ${path} in ${JSON.stringify(errors)}`).toBeDefined()
  if (reason instanceof RegExp) expect(error!.message).toMatch(reason)
  else if (reason) {
    const text = hauswerkTranslations[language].hauswerk[reason] as string
    // Messages with variables ({{list}}) are compared up to the first one.
    expect(error!.message).toContain(text.split('{{')[0].trim())
  }
}
