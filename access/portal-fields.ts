import type { CollectionAfterReadHook, Field, FieldAccess, PayloadRequest } from 'payload'
import { fieldAffectsData, fieldHasSubFields, tabHasName } from 'payload/shared'

import { isPortalUser } from './portal'

/** Field access: everyone who may read the row, except portal users. */
export const notForPortal: FieldAccess = ({ req }) => !isPortalUser(req.user)

type FieldOperation = 'read' | 'create' | 'update'

/**
 * Adds "not a portal user" to the given field access of every named field outside the list, at
 * any level of tabs and rows. An allowlist, so that a field added later stays closed to the portal
 * until someone decides otherwise.
 */
function portalOnly(fields: Field[], allowed: readonly string[], operations: FieldOperation[]): Field[] {
  const names = new Set(allowed)
  const close = <T extends { access?: Record<string, unknown> }>(field: T): T => {
    const access = { ...field.access }
    for (const operation of operations) {
      const own = access[operation] as FieldAccess | undefined
      access[operation] = own
        ? ((async (args) => notForPortal(args) && (await own(args))) as FieldAccess)
        : notForPortal
    }
    return { ...field, access }
  }
  const walk = (list: Field[]): Field[] =>
    list.map((field) => {
      if (field.type === 'tabs') {
        return {
          ...field,
          tabs: field.tabs.map((tab) =>
            tabHasName(tab) ? (names.has(tab.name) ? tab : close(tab)) : { ...tab, fields: walk(tab.fields) },
          ),
        }
      }
      // Rows, collapsibles and unnamed groups only lay fields out: their fields are the record's.
      if (fieldHasSubFields(field) && !fieldAffectsData(field)) return { ...field, fields: walk(field.fields) } as Field
      if (field.type === 'ui' || !('name' in field) || names.has(field.name)) return field
      // `group.field` names some fields of a named group: the group stays open, its other fields close.
      if (field.type === 'group' && 'name' in field) {
        const inside = allowed.filter((name) => name.startsWith(`${field.name}.`))
        if (inside.length) {
          return {
            ...field,
            fields: portalOnly(
              field.fields,
              inside.map((name) => name.slice(field.name.length + 1)),
              operations,
            ),
          }
        }
      }
      return close(field)
    })
  return walk(fields)
}

/**
 * Wraps the read access of every named field (and of the fields inside named groups, by
 * `group.field` path) so that for a portal user `visible(path, req, id)` decides too: `id` is the
 * row's, or undefined where Payload checks a `where` or `sort` path without a row.
 */
export function portalReadsPerRow(
  fields: Field[],
  visible: (path: string, req: PayloadRequest, id: number | undefined) => Promise<boolean>,
  prefix = '',
): Field[] {
  return fields.map((field) => {
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) =>
          tabHasName(tab)
            ? wrapRead(tab, `${prefix}${tab.name}`, visible)
            : { ...tab, fields: portalReadsPerRow(tab.fields, visible, prefix) },
        ),
      }
    }
    if (fieldHasSubFields(field) && !fieldAffectsData(field))
      return { ...field, fields: portalReadsPerRow(field.fields, visible, prefix) } as Field
    if (field.type === 'ui' || !('name' in field)) return field
    const path = `${prefix}${field.name}`
    const wrapped = wrapRead(field, path, visible)
    return field.type === 'group'
      ? ({ ...wrapped, fields: portalReadsPerRow(field.fields, visible, `${path}.`) } as Field)
      : wrapped
  })
}

function wrapRead<T extends { access?: Record<string, unknown> }>(
  field: T,
  path: string,
  visible: (path: string, req: PayloadRequest, id: number | undefined) => Promise<boolean>,
): T {
  const own = field.access?.read as FieldAccess | undefined
  const read: FieldAccess = async (args) => {
    if (isPortalUser(args.req.user)) {
      const id = args.doc?.id ?? args.id
      if (!(await visible(path, args.req, id === undefined || id === null ? undefined : Number(id)))) return false
    }
    return own ? own(args) : true
  }
  return { ...field, access: { ...field.access, read } }
}

/**
 * Hides every named field from portal users except the listed ones (rules 2–4, ADR 0022). Field
 * read access is what Payload also checks for `where` and `sort`, so a hidden field can be neither
 * seen nor filtered nor sorted on, on any path.
 */
export function portalSeesOnly(fields: Field[], visible: readonly string[]): Field[] {
  return portalOnly(fields, visible, ['read'])
}

/**
 * Lets a portal user set only the listed fields in the writes they may make: Payload drops the
 * value of a field whose create or update access refuses, so anything else keeps its default or
 * stored value (e.g. the `person` a sign-in belongs to).
 */
export function portalWritesOnly(fields: Field[], writable: readonly string[]): Field[] {
  return portalOnly(fields, writable, ['create', 'update'])
}

/** Names of the array fields hidden from portal users (at any level of tabs and rows). */
function hiddenArrays(fields: Field[], allowed: Set<string>): string[] {
  return fields.flatMap((field) => {
    if (field.type === 'tabs')
      return field.tabs.flatMap((tab) => (tabHasName(tab) ? [] : hiddenArrays(tab.fields, allowed)))
    if (fieldHasSubFields(field) && !fieldAffectsData(field)) return hiddenArrays(field.fields, allowed)
    return (field.type === 'array' || field.type === 'blocks') && !allowed.has(field.name) ? [field.name] : []
  })
}

/**
 * Payload removes a field the reader may not see, but then puts back an empty list for array
 * fields. No data leaks that way, yet `contacts: []` would tell a portal user something false;
 * this hook takes those keys out again. `visibleOf` names the fields the row shows its reader.
 */
export function dropHiddenArrays(
  fields: Field[],
  visibleOf: (req: PayloadRequest, id: number) => Promise<readonly string[]>,
): CollectionAfterReadHook {
  return async ({ doc, req }) => {
    // Only the empty lists Payload put back: a system read on behalf of a portal user
    // (overrideAccess) keeps its data.
    if (!isPortalUser(req.user)) return doc
    const names = hiddenArrays(fields, new Set(await visibleOf(req, Number(doc.id))))
    for (const name of names) if (Array.isArray(doc[name]) && doc[name].length === 0) delete doc[name]
    return doc
  }
}
