import type { Payload } from 'payload'

import { defaultTimeZone, todayIn } from '@/lib/dates'
import type { PortalPersona } from '@/seed/personas'

const year = Number(todayIn(defaultTimeZone).slice(0, 4))

/** The demo documents of seed/demo-documents.ts, by a short key. */
export const seededTitles = {
  tenantStatement: `Betriebskostenabrechnung ${year - 1} – Top 1`,
  tenantContract: 'Mietvertrag Top 1',
  announcement: 'Ankündigung Strangsanierung',
  formerStatement: `Betriebskostenabrechnung ${year - 1} – Top 3 (1.1.–30.6.)`,
  oldStatement: `Betriebskostenabrechnung ${year - 6} – Top 3`,
  newStatement: `Betriebskostenabrechnung ${year - 1} – Top 3 (1.8.–31.12.)`,
  welcome: 'Willkommen im Haus – Informationen für neue Mieter:innen',
  houseRules: 'Hausordnung Simmeringer Hauptstraße',
  ownerStatement: `Hausgeldabrechnung ${year - 1} – Wohnpark Floridsdorf`,
  resolution: `Beschluss der Eigentümerversammlung ${year}`,
  plan: 'Wartungsplan Heizung und Sanitär',
  otherStatement: `Betriebskostenabrechnung ${year - 1} – WE 1`,
  image: 'Ansicht Simmeringer Hauptstraße',
} as const

export type SeededDocument = keyof typeof seededTitles

/**
 * What each portal persona must see today — exactly this, nothing else (rule 1). The contract is
 * linked to the tenant but never released; the announcement's window opens next year; the former
 * tenant's old statement is past its window and their house rules ended with the move-out. The
 * object's image is published with the object (`publishedImages`), never as a document.
 */
export const visibleTo: Record<PortalPersona, SeededDocument[]> = {
  tenant: ['tenantStatement', 'houseRules'],
  formerTenant: ['formerStatement'],
  newTenant: ['newStatement', 'welcome', 'houseRules'],
  owner: ['ownerStatement', 'resolution'],
  tenantOwner: ['resolution'],
  provider: ['plan'],
  allocationOffice: [],
  otherObject: ['otherStatement'],
}

/** Seeded document ids by key (a system read). */
export async function seededDocuments(
  payload: Payload,
): Promise<Record<SeededDocument, { id: number; filename: string }>> {
  const { docs } = await payload.find({
    collection: 'documents',
    where: { title: { in: Object.values(seededTitles) } },
    pagination: false,
    depth: 0,
    select: { title: true, filename: true },
  })
  const byTitle = new Map(docs.map((doc) => [doc.title, { id: doc.id, filename: doc.filename as string }]))
  return Object.fromEntries(
    Object.entries(seededTitles).map(([key, title]) => {
      const found = byTitle.get(title)
      if (!found) throw new Error(`Seeded document "${title}" is missing`)
      return [key, found]
    }),
  ) as Record<SeededDocument, { id: number; filename: string }>
}

/**
 * Every document id that appears anywhere in a response: in `documents` joins (ids or populated),
 * as populated documents (anything with a filename and a MIME type), or as raw portal image ids.
 */
export function documentIdsIn(value: unknown, found = new Set<number>()): Set<number> {
  if (Array.isArray(value)) {
    for (const item of value) documentIdsIn(item, found)
    return found
  }
  if (!value || typeof value !== 'object') return found
  const record = value as Record<string, unknown>
  if (typeof record.id === 'number' && typeof record.filename === 'string' && typeof record.mimeType === 'string') {
    found.add(record.id)
  }
  for (const [key, child] of Object.entries(record)) {
    if (
      key === 'documents' &&
      child &&
      typeof child === 'object' &&
      Array.isArray((child as { docs?: unknown }).docs)
    ) {
      for (const doc of (child as { docs: unknown[] }).docs) {
        if (typeof doc === 'number') found.add(doc)
      }
    }
    if (key === 'portalImages' && Array.isArray(child)) {
      for (const image of child) if (typeof image === 'number') found.add(image)
    }
    documentIdsIn(child, found)
  }
  return found
}

/** Contact details in the demo that carry no public label: they must never reach the portal (rule 2). */
export const privateContactValues = [
  '+43 664 123 45 67',
  '+43 1 999 88 77',
  'office@huber-installateur.at',
  'vergabe@wohnservice.demo',
]
