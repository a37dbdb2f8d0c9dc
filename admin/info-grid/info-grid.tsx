import type { CollectionSlug, PayloadRequest, UIFieldServerComponent, Where } from 'payload'

import { activeOnWhere } from '@/lib/active-where'

import { InfoGridView, type InfoGridRow } from './info-grid-view'
import { today } from '@/globals/settings-reader'

type Counted = {
  key: string
  label: { de: string; en: string }
  collection: CollectionSlug
  where: Where
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

function listHref(collection: string, where: Where): string {
  const [field, condition] = Object.entries(where)[0] as [string, Record<string, unknown>]
  const [operator, value] = Object.entries(condition)[0]
  return `/admin/collections/${collection}?where[${field}][${operator}]=${encodeURIComponent(String(value))}`
}

async function rowsFor(req: PayloadRequest, counted: Counted[]): Promise<InfoGridRow[]> {
  return Promise.all(
    counted.map(async (entry) => ({
      key: entry.key,
      label: entry.label,
      count: await countAs(req, entry.collection, entry.where),
      href: listHref(entry.collection, entry.where),
      collection: entry.collection,
      initialData: entry.initialData,
    })),
  )
}

/** Keys handed over in the tenancies that are active today. */
async function keysOf(req: PayloadRequest, where: Where): Promise<number | null> {
  try {
    const { docs } = await req.payload.find({
      collection: 'tenancies',
      where: { and: [where, activeOnWhere('moveIn', 'moveOut', (await today(req)))] },
      select: { keys: true },
      depth: 0,
      pagination: false,
      req,
      user: req.user,
      overrideAccess: false,
    })
    return docs.reduce(
      (sum, tenancy) => sum + (tenancy.keys ?? []).reduce((keys, key) => keys + (key.count ?? 0), 0),
      0,
    )
  } catch {
    return null
  }
}

/** F-04 on a unit: linked records with a link to each list and a way to add one. */
export const UnitInfoGrid: UIFieldServerComponent = async ({ id, req, data }) => {
  if (!id) return null
  const rows = await rowsFor(req, [
    {
      key: 'tenancies',
      label: { de: 'Bestandsverhältnisse', en: 'Tenancies' },
      collection: 'tenancies',
      where: { unit: { equals: id } },
      initialData: { unit: id },
    },
    {
      key: 'functions',
      label: { de: 'Funktionen', en: 'Functions' },
      collection: 'functions',
      where: { unit: { equals: id } },
      initialData: { unit: id },
    },
    {
      key: 'requests',
      label: { de: 'Anliegen', en: 'Requests' },
      collection: 'requests',
      where: { unit: { equals: id } },
      initialData: { unit: id },
    },
    {
      key: 'notes',
      label: { de: 'Notizen', en: 'Notes' },
      collection: 'notes',
      where: { unit: { equals: id } },
      initialData: { unit: id },
    },
    {
      key: 'documents',
      label: { de: 'Dokumente', en: 'Documents' },
      collection: 'documents',
      where: { unit: { equals: id } },
      initialData: { unit: id, object: data?.object },
    },
  ])
  const keys = await keysOf(req, { unit: { equals: id } })
  return <InfoGridView rows={rows} keys={{ count: keys, href: `/admin/collections/units/${id}#keys` }} />
}

/** F-04 on a tenancy. */
export const TenancyInfoGrid: UIFieldServerComponent = async ({ id, req, data }) => {
  if (!id) return null
  const unit = data?.unit
  const rows = await rowsFor(req, [
    {
      key: 'functions',
      label: { de: 'Funktionen', en: 'Functions' },
      collection: 'functions',
      where: { tenancy: { equals: id } },
      initialData: { tenancy: id },
    },
    {
      key: 'postings',
      label: { de: 'Buchungen', en: 'Postings' },
      collection: 'postings',
      where: { tenancy: { equals: id } },
      initialData: { tenancy: id },
    },
    {
      key: 'requests',
      label: { de: 'Anliegen', en: 'Requests' },
      collection: 'requests',
      where: { tenancy: { equals: id } },
      initialData: { tenancy: id, unit },
    },
    {
      key: 'notes',
      label: { de: 'Notizen', en: 'Notes' },
      collection: 'notes',
      where: { tenancy: { equals: id } },
      initialData: { tenancy: id, unit },
    },
    {
      key: 'documents',
      label: { de: 'Dokumente', en: 'Documents' },
      collection: 'documents',
      where: { tenancy: { equals: id } },
      initialData: { tenancy: id, unit },
    },
  ])
  const keyCount = (data?.keys ?? []).reduce((sum: number, key: { count?: number }) => sum + (key.count ?? 0), 0)
  return <InfoGridView rows={rows} keys={{ count: keyCount, href: `/admin/collections/tenancies/${id}` }} />
}
