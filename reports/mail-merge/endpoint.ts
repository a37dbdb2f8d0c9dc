import type { Endpoint } from 'payload'
import { z } from 'zod'

import { bodyError } from '@/i18n/messages'

import { mailMergePreview, parseMailMerge, requireMailMerge, runMailMerge } from './index'

const body = z.object({
  parameters: z.unknown().optional(),
  /** Only count: F-22's warning (letters, recipients, of them invited) and who has no address. */
  preview: z.boolean().default(false),
})

/**
 * POST /api/letters/mail-merge — the preview before "generate" / "generate and release", or the
 * run itself: the stored documents, the releases, and the recipients left out for want of an
 * address.
 */
export const mailMergeEndpoint: Endpoint = {
  path: '/letters/mail-merge',
  method: 'post',
  handler: async (req) => {
    const parsed = body.safeParse(await req.json?.().catch(() => ({})))
    if (!parsed.success) throw bodyError(req, parsed.error)
    const release = (parsed.data.parameters as { release?: unknown } | undefined)?.release === true
    // The permission first, before anything is read.
    await requireMailMerge(req, release)
    const params = await parseMailMerge(req, parsed.data.parameters)
    if (parsed.data.preview) return Response.json(await mailMergePreview(req, params))
    return Response.json(await runMailMerge(req, params), { status: 201 })
  },
}
