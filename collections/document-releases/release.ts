import type { PayloadRequest } from 'payload'
import { z } from 'zod'

import { activeOnWhere } from '@/lib/active-where'
import { formatGermanDate, storedDate } from '@/lib/dates'
import { inTransaction } from '@/db/transaction'
import { fieldError } from '@/i18n/messages'
import { today } from '@/globals/settings-reader'

const id = z.number().int().positive()
const day = z.iso.date()

/** Who receives a release: named persons, and/or the current holders of an object (F-21). */
export const recipientSelection = z.object({
  persons: z.array(id).default([]),
  audience: z.object({ object: id, kind: z.enum(['tenants', 'owners']) }).optional(),
})

export const releaseInput = recipientSelection.extend({
  documents: z.array(id).min(1),
  validFrom: day.optional(),
  validUntil: day.optional(),
  /** Bind each release to the recipient's tenancy of the object, so that a move-out ends it (F-80). */
  bindToTenancy: z.boolean().default(false),
  title: z.string().trim().min(1).max(200).optional(),
  deadline: day.optional(),
})

export type RecipientSelection = z.input<typeof recipientSelection>
export type ReleaseInput = z.input<typeof releaseInput>
export type Recipient = { person: number; tenancy: number | null }

/**
 * The persons a release goes to. Holders of an object are read by the system: the caller has
 * checked the release permission, and who lives in an object is what the release is about.
 */
export async function recipientsOf(req: PayloadRequest, selection: RecipientSelection): Promise<Recipient[]> {
  const parsed = recipientSelection.parse(selection)
  const byPerson = new Map<number, Recipient>()
  for (const person of parsed.persons) byPerson.set(person, { person, tenancy: null })
  if (parsed.audience) {
    const { docs } = await req.payload.find({
      collection: 'tenancies',
      where: {
        and: [
          { 'unit.object': { equals: parsed.audience.object } },
          { kind: { equals: parsed.audience.kind === 'tenants' ? 'tenant' : 'owner' } },
          activeOnWhere('moveIn', 'moveOut', (await today(req))),
        ],
      },
      select: { holders: true },
      depth: 0,
      pagination: false,
      req,
      overrideAccess: true,
    })
    for (const tenancy of docs) {
      for (const holder of tenancy.holders ?? []) {
        const person = typeof holder === 'object' ? holder.id : holder
        const named = byPerson.get(person)
        // A person named and also holding a tenancy here is bound to it like every other holder.
        if (!named) byPerson.set(person, { person, tenancy: tenancy.id })
        else named.tenancy ??= tenancy.id
      }
    }
  }
  return [...byPerson.values()]
}

/**
 * F-22's warning: how many recipients will see the documents at once, and how many of them can
 * already sign in to the portal.
 */
export async function releasePreview(req: PayloadRequest, selection: RecipientSelection) {
  const recipients = await recipientsOf(req, selection)
  const persons = recipients.map((recipient) => recipient.person)
  const invited = persons.length
    ? (
        await req.payload.count({
          collection: 'portal-users',
          where: { person: { in: persons } },
          req,
          overrideAccess: true,
        })
      ).totalDocs
    : 0
  return { recipients: recipients.length, invited }
}

/**
 * Releases documents to recipients as the signed-in staff member (F-21): one batch, one release
 * per document and person, all or nothing. Each release is created through the Local API with the
 * user, so permission and validation (person exists, window in order, tenancy of the person) apply
 * and a failure names the field.
 */
export async function releaseDocuments(req: PayloadRequest, input: ReleaseInput) {
  const parsed = releaseInput.parse(input)
  return inTransaction(req, async () => {
    const recipients = await recipientsOf(req, parsed)
    if (recipients.length === 0) throw fieldError(req, 'persons', 'noRecipients')
    const batch = await req.payload.create({
      collection: 'release-batches',
      data: {
        title: parsed.title ?? `Freigabe vom ${formatGermanDate((await today(req)))}`,
        deadline: parsed.deadline ? storedDate(parsed.deadline) : undefined,
        recipientCount: recipients.length,
        documentCount: parsed.documents.length,
      },
      req,
      user: req.user,
      overrideAccess: false,
      depth: 0,
    })
    let created = 0
    for (const document of parsed.documents) {
      for (const recipient of recipients) {
        await req.payload.create({
          collection: 'document-releases',
          data: {
            document,
            person: recipient.person,
            validFrom: parsed.validFrom ? storedDate(parsed.validFrom) : undefined,
            validUntil: parsed.validUntil ? storedDate(parsed.validUntil) : undefined,
            tenancy: parsed.bindToTenancy ? recipient.tenancy : undefined,
            batch: batch.id,
          },
          req,
          user: req.user,
          overrideAccess: false,
          depth: 0,
        })
        created += 1
      }
    }
    return { batch: batch.id, releases: created, recipients: recipients.length }
  })
}

export type GeneratedFile = { data: Buffer; name: string; mimetype: string }

/**
 * F-22 "generate and release": stores a generated file (a statement, a letter) as a document and
 * releases it in the same transaction. If any release is refused, the document and its file are
 * gone again (rule 6). Reports call this with the rendered PDF.
 */
export async function generateAndRelease(
  req: PayloadRequest,
  generated: {
    file: GeneratedFile
    document: { title: string; category: string; year?: number; object?: number; unit?: number; tenancy?: number }
    release: Omit<ReleaseInput, 'documents'>
  },
) {
  return inTransaction(req, async () => {
    const document = await req.payload.create({
      collection: 'documents',
      data: generated.document as never,
      file: { ...generated.file, size: generated.file.data.length },
      req,
      user: req.user,
      overrideAccess: false,
      depth: 0,
    })
    const released = await releaseDocuments(req, { ...generated.release, documents: [document.id] })
    return { document: document.id, ...released }
  })
}
