import type { PayloadRequest } from 'payload'
import { z } from 'zod'

import { generateAndRelease, recipientSelection } from '@/collections/document-releases/release'
import { counted } from '@/lib/download-name'

import type { ReportDefinition } from './definition'
import { today } from '@/globals/settings-reader'

/**
 * What happens with a produced report besides the download: stored in the document store
 * ("generate"), stored and released at once ("generate and release", SPEC F-22, through the
 * release service), and/or e-mailed with the configured transport.
 */
export const delivery = z.object({
  store: z
    .object({
      title: z.string().trim().min(1).max(200).optional(),
      category: z.enum(['letter', 'other']).default('other'),
      object: z.number().int().positive().optional(),
      release: recipientSelection
        .extend({ bindToTenancy: z.boolean().default(false), validFrom: z.iso.date().optional() })
        .optional(),
    })
    .optional(),
  email: z
    .object({
      to: z.array(z.email()).min(1).max(20),
      message: z.string().max(2000).optional(),
    })
    .optional(),
})
export type Delivery = z.infer<typeof delivery>

export type DeliveredFile = { data: Buffer; fileName: string; mimetype: string }

export type Delivered = { document?: number; releases?: number; recipients?: number; mailedTo?: string[] }

/** Stores (and releases) and/or mails one produced file as the requesting user. */
export async function deliver(
  req: PayloadRequest,
  definition: ReportDefinition,
  params: unknown,
  file: DeliveredFile,
  wanted: Delivery,
): Promise<Delivered> {
  const done: Delivered = {}
  if (wanted.store) {
    const title = wanted.store.title ?? definition.documentTitle(params, await today(req))
    const document = {
      title,
      category: wanted.store.category,
      year: Number((await today(req)).slice(0, 4)),
      object: wanted.store.object,
    }
    const taken = await req.payload.count({
      collection: 'documents',
      where: { filename: { equals: file.fileName } },
      req,
      // -- trusted: whether a file name is taken at all, as Payload's own check before it stores a file.
      overrideAccess: true,
    })
    const name = taken.totalDocs > 0 ? counted(file.fileName) : file.fileName
    const generated = { file: { data: file.data, name, mimetype: file.mimetype }, document }
    if (wanted.store.release) {
      const released = await generateAndRelease(req, { ...generated, release: wanted.store.release })
      Object.assign(done, { document: released.document, releases: released.releases, recipients: released.recipients })
    } else {
      const created = await req.payload.create({
        collection: 'documents',
        data: document as never,
        file: { ...generated.file, size: file.data.length },
        req,
        user: req.user,
        overrideAccess: false,
        depth: 0,
      })
      done.document = created.id
    }
  }
  if (wanted.email) {
    await req.payload.sendEmail({
      to: wanted.email.to,
      subject: definition.documentTitle(params, await today(req)),
      text:
        wanted.email.message ??
        `Im Anhang finden Sie den Bericht „${definition.title.de}“.\n\nMit freundlichen Grüßen\n${(req.user as { name?: string } | null)?.name ?? ''}`,
      attachments: [{ filename: file.fileName, content: file.data, contentType: file.mimetype }],
    })
    done.mailedTo = wanted.email.to
  }
  return done
}
