import { stringify } from 'csv-stringify/sync'
import { Forbidden, type PayloadRequest, type Where } from 'payload'

import { canReadReceipts } from '@/access/documents'

import { idOf } from '@/fields/relationship'
import { csvCellCast } from '@/lib/csv-cell'
import { formatGermanDate, toCalendarDate } from '@/lib/dates'

export type ReceiptRow = {
  releaseId: number
  documentId: number
  documentTitle: string
  personId: number
  personName: string
  address: string
  hasPortalUser: boolean
  releasedAt: string
  openedAt: string | null
  fileVersion: number | null
}

/**
 * F-81: per document or per release batch, every recipient with the first time they opened it
 * (or not), for staff who may read receipts (refused otherwise). The releases, persons and
 * receipts are read as the system (-- trusted: the permission checked first covers exactly them).
 */
export async function receiptStatus(
  req: PayloadRequest,
  scope: { document: number } | { batch: number },
): Promise<ReceiptRow[]> {
  if (!(await canReadReceipts(req))) throw new Forbidden(req.t)
  const where: Where =
    'document' in scope ? { document: { equals: scope.document } } : { batch: { equals: scope.batch } }
  const { docs: releases } = await req.payload.find({
    collection: 'document-releases',
    where,
    depth: 0,
    pagination: false,
    sort: 'createdAt',
    req,
    overrideAccess: true,
    select: { document: true, person: true, createdAt: true },
  })
  const documentIds = [...new Set(releases.map((release) => idOf(release.document) as number))]
  const personIds = [...new Set(releases.map((release) => idOf(release.person) as number))]
  if (!releases.length) return []
  const [documents, persons, receipts, portalUsers] = await Promise.all([
    req.payload.find({
      collection: 'documents',
      where: { id: { in: documentIds } },
      select: { title: true },
      depth: 0,
      pagination: false,
      req,
      overrideAccess: true,
    }),
    req.payload.find({
      collection: 'persons',
      where: { id: { in: personIds } },
      select: { displayName: true, address: true },
      depth: 0,
      pagination: false,
      req,
      overrideAccess: true,
    }),
    req.payload.find({
      collection: 'document-receipts',
      where: { and: [{ document: { in: documentIds } }, { person: { in: personIds } }] },
      select: { document: true, person: true, openedAt: true, fileVersion: true },
      depth: 0,
      pagination: false,
      req,
      overrideAccess: true,
    }),
    req.payload.find({
      collection: 'portal-users',
      where: { person: { in: personIds } },
      select: { person: true },
      depth: 0,
      pagination: false,
      req,
      overrideAccess: true,
    }),
  ])
  const titleOf = new Map(documents.docs.map((doc) => [doc.id, doc.title]))
  const personOf = new Map(persons.docs.map((person) => [person.id, person]))
  const receiptOf = new Map(
    receipts.docs.map((receipt) => [`${idOf(receipt.document)}:${idOf(receipt.person)}`, receipt]),
  )
  const invited = new Set(portalUsers.docs.map((user) => idOf(user.person)))
  const seen = new Set<string>()
  const rows: ReceiptRow[] = []
  for (const release of releases) {
    const documentId = idOf(release.document) as number
    const personId = idOf(release.person) as number
    const key = `${documentId}:${personId}`
    if (seen.has(key)) continue
    seen.add(key)
    const person = personOf.get(personId)
    const address = person?.address
    const receipt = receiptOf.get(key)
    rows.push({
      releaseId: release.id,
      documentId,
      documentTitle: titleOf.get(documentId) ?? '',
      personId,
      personName: person?.displayName ?? String(personId),
      address: address
        ? [
            [address.street, address.houseNumber].filter(Boolean).join(' '),
            [address.postcode, address.city].filter(Boolean).join(' '),
          ]
            .filter(Boolean)
            .join(', ')
        : '',
      hasPortalUser: invited.has(personId),
      releasedAt: release.createdAt,
      openedAt: receipt?.openedAt ?? null,
      fileVersion: receipt?.fileVersion ?? null,
    })
  }
  return rows
}

/** Who has not opened by the end of the deadline day (company time zone): they get paper mail. */
export function notOpenedBy(rows: ReceiptRow[], deadline: string | null): ReceiptRow[] {
  return rows.filter(
    (row) => !row.openedAt || (deadline !== null && (toCalendarDate(new Date(row.openedAt)) ?? '') > deadline),
  )
}

/** The CSV for paper mail: Excel-friendly (UTF-8 with BOM, `;`, German dates), formula cells neutralised. */
export function notOpenedCsv(rows: ReceiptRow[], deadline: string | null): string {
  return stringify(
    notOpenedBy(rows, deadline).map((row) => [
      row.personName,
      row.address,
      row.documentTitle,
      formatGermanDate(toCalendarDate(new Date(row.releasedAt))),
      deadline ? formatGermanDate(deadline) : '',
      row.hasPortalUser ? 'ja' : 'nein',
      row.openedAt ? formatGermanDate(toCalendarDate(new Date(row.openedAt))) : '',
    ]),
    {
      bom: true,
      cast: csvCellCast,
      delimiter: ';',
      header: true,
      columns: ['Empfänger:in', 'Anschrift', 'Dokument', 'Freigegeben am', 'Frist', 'Portal-Zugang', 'Geöffnet am'],
      record_delimiter: 'windows',
    },
  )
}
