import { type PayloadRequest, ValidationError } from 'payload'
import type { z } from 'zod'

import type { HauswerkMessage } from './translations'

/** A Hauswerk message in the request's language. */
export function message(req: PayloadRequest, key: HauswerkMessage, vars: Record<string, unknown> = {}): string {
  return (req.t as (key: string, vars?: Record<string, unknown>) => string)(`hauswerk:${key}`, vars)
}

/** A 400 that names the field, says why in the request's language, and carries the message key. */
export function fieldError(
  req: PayloadRequest,
  path: string,
  key: HauswerkMessage,
  vars: Record<string, unknown> = {},
  collection?: string,
): ValidationError {
  return new ValidationError(
    {
      collection,
      errors: [{ path, message: message(req, key, vars), key: `hauswerk:${key}` } as never],
      req,
    },
    req.t,
  )
}

/** A request body that failed its zod schema, as the same 400 naming each field (`body` for the whole). */
export function bodyError(req: PayloadRequest, error: z.ZodError): ValidationError {
  const errors = error.issues.map((issue) => ({ path: issue.path.join('.') || 'body', message: issue.message }))
  return new ValidationError({ errors, req }, req.t)
}
