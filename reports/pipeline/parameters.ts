import type { PayloadRequest } from 'payload'
import { z } from 'zod'

import { ReportError, reportMessages, say } from './errors'

/** Building blocks of report parameters; `.meta` carries the dialog's caption (see parameter-form.ts). */
export const day = (title: string) => z.iso.date().meta({ title })

export const ids = (title: string, relationTo: string) =>
  z.array(z.number().int().positive()).max(5000).default([]).meta({ title, relationTo })

/**
 * At least one record: no default, so the dialog marks it required (parameter-form.ts); `message`
 * answers both a missing and an empty choice.
 */
export const someIds = (title: string, relationTo: string, message: string) =>
  z.array(z.number().int().positive(), { error: message }).min(1, message).max(5000).meta({ title, relationTo })

export const id = (title: string, relationTo: string) => z.number().int().positive().meta({ title, relationTo })

export const flag = (title: string) => z.boolean().default(false).meta({ title })

export function choice<const T extends readonly [string, ...string[]]>(
  title: string,
  values: T,
  labels: Record<T[number], string>,
) {
  return z.enum(values).meta({ title, optionLabels: labels })
}

export function choices<const T extends readonly [string, ...string[]]>(
  title: string,
  values: T,
  labels: Record<T[number], string>,
) {
  return z.array(z.enum(values)).default([]).meta({ title, optionLabels: labels })
}

const endBeforeStart = 'Das Ende liegt vor dem Beginn.'

/** A period `from`–`until`: the end may not lie before the start (named on `until`). */
export function periodInOrder(value: { from?: string | null; until?: string | null }, context: z.RefinementCtx) {
  if (value.from && value.until && value.until < value.from) {
    context.addIssue({ code: 'custom', path: ['until'], message: endBeforeStart })
  }
}

/**
 * Per date or from–until (the vacancy lists' "per- und von-bis-Einschränkung"): either a day, or
 * both ends of a range in order.
 */
export function perDateOrRange(
  value: { on?: string | null; from?: string | null; until?: string | null },
  context: z.RefinementCtx,
) {
  const range = Boolean(value.from || value.until)
  if (value.on && range) {
    context.addIssue({
      code: 'custom',
      path: ['on'],
      message: 'Bitte entweder einen Stichtag oder einen Zeitraum angeben.',
    })
  } else if (!value.on && !(value.from && value.until)) {
    context.addIssue({
      code: 'custom',
      path: [value.from ? 'until' : value.until ? 'from' : 'on'],
      message: 'Bitte einen Stichtag oder Beginn und Ende des Zeitraums angeben.',
    })
  }
  periodInOrder(value, context)
}

/**
 * Objects named in the parameters must exist for this user (Local API with the user, so an object
 * the user may not read is as unknown as one that does not exist).
 */
export async function checkObjects(req: PayloadRequest, objectIds: number[]) {
  if (objectIds.length === 0) return
  const { docs } = await req.payload.find({
    collection: 'objects',
    where: { id: { in: objectIds } },
    select: {},
    depth: 0,
    limit: objectIds.length,
    req,
    user: req.user,
    overrideAccess: false,
  })
  const found = new Set(docs.map((doc) => doc.id))
  const missing = objectIds.find((objectId) => !found.has(objectId))
  if (missing !== undefined) throw new ReportError(say(req, reportMessages.unknownObject(missing)), 404)
}
