import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { infoGridEntryKeys } from '@/globals/settings'
import { settingsFor } from '@/globals/settings-reader'

export type InfoGridKey = (typeof infoGridEntryKeys)[number]['value']

/** Where the grid appears: a unit, or a tenancy (with its unit). */
export type InfoGridPlace =
  { kind: 'unit'; id: number | string; object?: unknown } | { kind: 'tenancy'; id: number | string; unit?: unknown }

type Link = { collection: CollectionSlug; field: 'unit' | 'tenancy'; initialData: Record<string, unknown> }

/** Each key's list on each place; a key without a list on a place is not shown there. */
const links: Record<InfoGridKey, (place: InfoGridPlace) => Link | null> = {
  tenancies: (place) =>
    place.kind === 'unit' ? { collection: 'tenancies', field: 'unit', initialData: { unit: place.id } } : null,
  functions: (place) => ({ collection: 'functions', field: place.kind, initialData: { [place.kind]: place.id } }),
  postings: (place) =>
    place.kind === 'tenancy' ? { collection: 'postings', field: 'tenancy', initialData: { tenancy: place.id } } : null,
  requests: (place) => ({ collection: 'requests', field: place.kind, initialData: onPlace(place) }),
  notes: (place) => ({ collection: 'notes', field: place.kind, initialData: onPlace(place) }),
  documents: (place) => ({
    collection: 'documents',
    field: place.kind,
    initialData: place.kind === 'unit' ? { unit: place.id, object: place.object } : onPlace(place),
  }),
  keys: (place) => ({ collection: 'keys', field: place.kind, initialData: onPlace(place) }),
}

/** A record created from a tenancy's grid belongs to the tenancy and its unit. */
function onPlace(place: InfoGridPlace): Record<string, unknown> {
  return place.kind === 'unit' ? { unit: place.id } : { tenancy: place.id, unit: place.unit }
}

export type InfoGridEntry = { key: InfoGridKey; label: string; active: boolean }

/**
 * The grid's entries in the order of table 1580, with their display names; a key the table does
 * not list yet (a database from before it) counts as active under its default name.
 */
export async function infoGridEntries(req: PayloadRequest): Promise<InfoGridEntry[]> {
  const configured = ((await settingsFor(req)).personAssignmentEntries ?? []).filter((row) =>
    infoGridEntryKeys.some((key) => key.value === row.key),
  ) as InfoGridEntry[]
  const missing = infoGridEntryKeys
    .filter((key) => !configured.some((row) => row.key === key.value))
    .map((key) => ({ key: key.value, label: key.label.de, active: true }))
  return [...configured, ...missing]
}

export type InfoGridRow = {
  key: InfoGridKey
  label: string
  count: number | null
  href: string
  collection: CollectionSlug
  initialData: Record<string, unknown>
}

/** Counts only what the signed-in user may read; a list they may not read shows no number. */
async function countAs(req: PayloadRequest, collection: CollectionSlug, where: Where): Promise<number | null> {
  try {
    const result = await req.payload.count({ collection, where, req, user: req.user, overrideAccess: false })
    return result.totalDocs
  } catch {
    return null
  }
}

/** The rows of the grid on a place: each active entry of table 1580 with a list there. */
export async function infoGridRows(req: PayloadRequest, place: InfoGridPlace): Promise<InfoGridRow[]> {
  const entries = (await infoGridEntries(req)).filter((entry) => entry.active)
  const rows = entries.flatMap((entry) => {
    const link = links[entry.key](place)
    return link ? [{ entry, link }] : []
  })
  return Promise.all(
    rows.map(async ({ entry, link }) => ({
      key: entry.key,
      label: entry.label,
      count: await countAs(req, link.collection, { [link.field]: { equals: place.id } }),
      href: `/admin/collections/${link.collection}?where[${link.field}][equals]=${encodeURIComponent(String(place.id))}`,
      collection: link.collection,
      initialData: link.initialData,
    })),
  )
}
