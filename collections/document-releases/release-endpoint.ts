import { type Endpoint, Forbidden, type PayloadRequest, ValidationError } from 'payload'
import { z } from 'zod'

import { hasPermission } from '@/access/permissions'
import { P } from '@/constants/permissions'
import { releaseDocuments, releaseInput, releasePreview, recipientSelection } from './release'

async function body<T extends z.ZodType>(req: PayloadRequest, schema: T): Promise<z.infer<T>> {
  const raw = req.json ? await req.json().catch(() => ({})) : {}
  const parsed = schema.safeParse(raw)
  if (parsed.success) return parsed.data
  throw new ValidationError(
    {
      errors: parsed.error.issues.map((issue) => ({ path: issue.path.join('.') || 'body', message: issue.message })),
      req,
    },
    req.t,
  )
}

/** F-22: how many will see it at once, before staff confirm. */
export const releasePreviewEndpoint: Endpoint = {
  path: '/preview',
  method: 'post',
  handler: async (req) => {
    if (!(await hasPermission(req, P.documentsRelease))) throw new Forbidden(req.t)
    const selection = await body(req, recipientSelection)
    return Response.json(await releasePreview(req, selection))
  },
}

/** F-21: release many documents to many persons at once, as one batch. */
export const releaseEndpoint: Endpoint = {
  path: '/bulk',
  method: 'post',
  handler: async (req) => {
    if (!(await hasPermission(req, P.documentsRelease))) throw new Forbidden(req.t)
    const input = await body(req, releaseInput)
    return Response.json(await releaseDocuments(req, input), { status: 201 })
  },
}
