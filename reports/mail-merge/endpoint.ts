import type { Endpoint } from 'payload'
import { z } from 'zod'

import { bodyError } from '@/i18n/messages'

import { mailMergePreview, parseMailMerge, requireMailMerge, runMailMerge } from './index'
import { queueMailMerge } from './job'

/**
 * Above this many letters the merge runs as a job: each letter is a Chromium print and a stored
 * document (about 0.1–0.2 s), so larger merges would hold the request for many seconds.
 */
export const mailMergeJobThreshold = 50

const body = z.object({
  parameters: z.unknown().optional(),
  /** Only count: F-22's warning (letters, recipients, of them invited) and who has no address. */
  preview: z.boolean().default(false),
  /** Run as a job even below the threshold. */
  background: z.boolean().default(false),
})

/**
 * POST /api/letters/mail-merge — the preview before "generate" / "generate and release", or the
 * run itself: the stored documents, the releases, and the recipients left out for want of an
 * address (201); a large merge answers 202 with its run in `report-runs`.
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
    const { letters } = await mailMergePreview(req, params)
    if (parsed.data.background || letters > mailMergeJobThreshold) {
      const run = await queueMailMerge(req.payload, req.user!.id, params, letters)
      return Response.json({ run, letters }, { status: 202 })
    }
    return Response.json(await runMailMerge(req, params), { status: 201 })
  },
}
