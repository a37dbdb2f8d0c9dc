import type { CollectionSlug, DataFromCollectionSlug, PayloadRequest, Where } from 'payload'

/**
 * Every matching record, read as the requesting user (`overrideAccess: false`): the same rows and
 * fields the admin would show them. Read a page at a time so that no single query grows without
 * bound; reports above the row limit run as jobs anyway.
 */
export async function findAllAs<T extends CollectionSlug>(
  req: PayloadRequest,
  collection: T,
  { where, sort, depth = 0 }: { where?: Where; sort?: string; depth?: number },
): Promise<Array<DataFromCollectionSlug<T>>> {
  const all: Array<DataFromCollectionSlug<T>> = []
  for (let page = 1; ; page += 1) {
    const result = await req.payload.find({
      collection,
      where,
      sort: sort ?? 'id',
      depth,
      limit: 500,
      page,
      req,
      user: req.user,
      overrideAccess: false,
    })
    all.push(...(result.docs as Array<DataFromCollectionSlug<T>>))
    if (!result.hasNextPage) return all
  }
}

/** Counts as the requesting user. */
export async function countAs(req: PayloadRequest, collection: CollectionSlug, where?: Where): Promise<number> {
  return (await req.payload.count({ collection, where, req, user: req.user, overrideAccess: false })).totalDocs
}

/** The id of a relation field, populated or not. */
export function idOf(value: unknown): number | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'object') return (value as { id: number }).id
  return Number(value)
}

/** Records by id, read as the user (a label the user may not read stays missing). */
export async function byIds<T extends CollectionSlug>(
  req: PayloadRequest,
  collection: T,
  ids: Iterable<number | null>,
): Promise<Map<number, DataFromCollectionSlug<T>>> {
  const unique = [...new Set([...ids].filter((id): id is number => id !== null))]
  const found = new Map<number, DataFromCollectionSlug<T>>()
  if (unique.length === 0) return found
  const readable = req.payload.collections[collection].config.access.read
  if (readable && !(await readable({ req }))) return found
  for (let start = 0; start < unique.length; start += 500) {
    const docs = await findAllAs(req, collection, { where: { id: { in: unique.slice(start, start + 500) } } })
    for (const doc of docs) found.set((doc as { id: number }).id, doc)
  }
  return found
}

/** Whether a tenancy or function is active on a day (start and end day count; open ends). */
export function activeOn(start: string | null | undefined, end: string | null | undefined, day: string): boolean {
  const from = start ? start.slice(0, 10) : null
  const until = end ? end.slice(0, 10) : null
  return (from === null || from <= day) && (until === null || day <= until)
}

export const dayOf = (value: string | null | undefined) => (value ? value.slice(0, 10) : null)
