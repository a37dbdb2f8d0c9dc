import type { CollectionAfterChangeHook } from 'payload'

import { mailLanguage, portalLinks, requestStatusMail } from '@/auth/mails'
import { slugs } from '@/constants/slugs'
import { idOf } from '@/fields/relationship'

/** The status labels of `requests` (collections/requests.ts), for the mail in the person's language. */
export type StatusLabels = Array<{ value: string; label: { de: string; en: string } }>

/**
 * When staff change a request's status, the person gets an e-mail in their portal language with a
 * link to their requests (SPEC F-54). Only people with a portal sign-in that is not disabled are
 * mailed; a failed mail is logged and never undoes the change.
 */
export const mailStatusChange =
  (labels: StatusLabels): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, operation, req }) => {
    if (operation !== 'update' || !previousDoc || previousDoc.status === doc.status) return doc
    const person = idOf(doc.person)
    if (person === null) return doc
    // System read: the address to write to, not something the staff member reads.
    const { docs } = await req.payload.find({
      collection: slugs.portalUsers,
      where: { and: [{ person: { equals: person } }, { disabled: { not_equals: true } }] },
      select: { email: true, language: true },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    const recipient = docs[0]
    if (!recipient?.email) return doc
    const language = mailLanguage(recipient.language)
    const status = labels.find((option) => option.value === doc.status)?.label[language] ?? String(doc.status)
    const mail = await requestStatusMail(req, {
      language,
      subject: String(doc.subject ?? ''),
      status,
      link: portalLinks.requests(),
    })
    await req.payload
      .sendEmail({ to: recipient.email, ...mail })
      .catch((error: unknown) =>
        req.payload.logger.error({ err: error, msg: `Status mail of request ${doc.id} failed` }),
      )
    return doc
  }
