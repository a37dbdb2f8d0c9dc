import type { Payload, PayloadRequest } from 'payload'

import { type CalendarDate, defaultTimeZone, todayIn } from '@/lib/dates'

import type { Setting } from '@/payload-types'

/**
 * The settings global, read once per request (system read: settings are configuration, not
 * personal data, and every signed-in user's writes depend on them).
 */
export async function settingsFor(req: PayloadRequest): Promise<Setting> {
  const cached = req.context.hauswerkSettings as Setting | undefined
  if (cached) return cached
  const settings = await req.payload.findGlobal({ slug: 'settings', req, depth: 0, overrideAccess: true })
  req.context.hauswerkSettings = settings
  return settings
}

/**
 * Today in the company's time zone (settings), the one "today" of the back office, hooks, import
 * and portal; SQL computes the same day with `todayStamp` (access/portal-scope.ts). Callers without
 * a request (the import, the portal's models, the dashboard) pass the Payload instance.
 */
export async function today(from: PayloadRequest | Payload): Promise<CalendarDate> {
  const settings =
    'payload' in from && 'context' in from
      ? await settingsFor(from)
      : await (from as Payload).findGlobal({ slug: 'settings', depth: 0, overrideAccess: true })
  return todayIn(settings.timeZone ?? defaultTimeZone)
}
