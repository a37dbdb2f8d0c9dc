'use client'

/**
 * Titles of related records for list cells: every cell of a page asks at once, and the asks of
 * one tick go out as one request per collection (`where[id][in]`), so a list's relations arrive
 * with it instead of row by row as they scroll into view.
 */
type Entry = (
  | { status: 'loading' }
  | { status: 'loaded'; doc: Record<string, unknown> }
  | { status: 'missing' }
) & { at: number }

// A title shown again after this long is asked for again: it may have been edited meanwhile.
const reuseMs = 30_000

const entries = new Map<string, Entry>()
const listeners = new Set<() => void>()
const pending = new Map<string, { api: string; language: string; ids: Set<string> }>()
let scheduled = false
let version = 0

const keyOf = (slug: string, id: number | string) => `${slug}:${id}`

function changed() {
  version += 1
  for (const listener of listeners) listener()
}

async function load(slug: string, api: string, language: string, ids: string[]) {
  try {
    const params = new URLSearchParams({ depth: '0', limit: String(ids.length), 'where[id][in]': ids.join(',') })
    const response = await fetch(`${api}/${slug}?${params}`, {
      credentials: 'include',
      headers: { 'Accept-Language': language },
    })
    const docs = response.ok ? ((await response.json()).docs as Array<Record<string, unknown>>) : []
    const found = new Map(docs.map((doc) => [String(doc.id), doc]))
    for (const id of ids) {
      const doc = found.get(id)
      entries.set(keyOf(slug, id), doc ? { status: 'loaded', doc, at: Date.now() } : { status: 'missing', at: Date.now() })
    }
  } catch {
    for (const id of ids) entries.set(keyOf(slug, id), { status: 'missing', at: Date.now() })
  }
  changed()
}

/** Asks for the titles of these records (batched; a title is reused for half a minute). */
export function requestTitles(references: Array<{ relationTo: string; value: number | string }>, api: string, language: string) {
  for (const { relationTo, value } of references) {
    const key = keyOf(relationTo, value)
    const known = entries.get(key)
    if (known && (known.status === 'loading' || Date.now() - known.at < reuseMs)) continue
    // A title already shown stays while it is asked for again.
    if (!known) entries.set(key, { status: 'loading', at: Date.now() })
    const batch = pending.get(relationTo) ?? { api, language, ids: new Set<string>() }
    batch.ids.add(String(value))
    pending.set(relationTo, batch)
  }
  if (scheduled || pending.size === 0) return
  scheduled = true
  queueMicrotask(() => {
    scheduled = false
    const batches = [...pending.entries()]
    pending.clear()
    for (const [slug, batch] of batches) void load(slug, batch.api, batch.language, [...batch.ids])
  })
}

export function titleEntry(slug: string, id: number | string): Entry {
  return entries.get(keyOf(slug, id)) ?? { status: 'loading', at: 0 }
}

export function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export const snapshot = () => version
