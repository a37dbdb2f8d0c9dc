import type { PayloadRequest } from 'payload'

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
