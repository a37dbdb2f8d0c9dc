import {
  APIError,
  type CollectionSlug,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  getLocalizedPaths,
  type PayloadRequest,
  QueryError,
  type SanitizedCollectionConfig,
  type Where,
} from 'payload'

/**
 * Bad input is a 4xx, never a 500 (SPEC rule 6). Payload checks query paths and operators, but
 * trusts the shape around them: hooks that walk a `where` (the bank-data guard) and the database
 * layer meet a string where a list belongs (`where[or]=x`), a nested query on a join
 * (`where[tenancies][contains][holders][equals]=8`, which Payload turns into a text match on ids),
 * or a body that is not an object (JSON text sent as `text/plain`, a JSON string). This hook runs
 * first on every collection and refuses such requests before anything else reads them.
 */

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isScalar = (value: unknown) =>
  value === null || value instanceof Date || ['string', 'number', 'boolean'].includes(typeof value)
const isAndOr = (key: string) => ['and', 'or'].includes(key.toLowerCase())

/** Paths of a `where` whose shape is wrong: and/or not a list of conditions, a condition not an object, a value not plain. */
function malformedPaths(where: unknown, at = 'where'): string[] {
  if (!isPlainObject(where)) return [at]
  return Object.entries(where).flatMap(([key, value]) => {
    if (isAndOr(key)) {
      return Array.isArray(value) ? value.flatMap((item, index) => malformedPaths(item, `${key}.${index}`)) : [key]
    }
    if (!isPlainObject(value)) return [key]
    return Object.entries(value)
      .filter(([, operand]) => !(isScalar(operand) || (Array.isArray(operand) && operand.every(isScalar))))
      .map(([operator]) => `${key}.${operator}`)
  })
}

/** The field paths a `where` filters on (and/or in any spelling, as Payload reads them). */
function conditionPaths(where: Where): string[] {
  return Object.entries(where).flatMap(([key, value]) =>
    isAndOr(key) && Array.isArray(value) ? (value as Where[]).flatMap(conditionPaths) : [key],
  )
}

/**
 * Two kinds of relationship paths the database layer cannot build, refused by name:
 * - Payload scopes a filter through a to-many hop (a join or a has-many relationship) into the
 *   collection the reader may only partly read, as `hop contains (last segment AND access)`. That
 *   holds only for a first hop followed directly by the filtered field: with a further hop after
 *   it the middle of the path is lost (`tenancies.holders.lastName` for a portal user), and behind
 *   an earlier hop the scope names a path Payload cannot query and fails outside the request
 *   (`propertyManager.roles.name` on objects for a clerk, who reads only the roles they hold).
 *   The same paths with full read access stay allowed: Payload adds no scope then.
 * - A join field reached through a relationship (`holders.documents.title` on tenancies) joins
 *   on the unaliased table, for every reader.
 */
async function unqueryablePaths(
  req: PayloadRequest,
  collection: SanitizedCollectionConfig,
  where: Where,
): Promise<string[]> {
  const refused: string[] = []
  for (const path of conditionPaths(where)) {
    const segments = getLocalizedPaths({
      collectionSlug: collection.slug,
      fields: collection.flattenedFields,
      incomingPath: path.replace(/__/g, '.'),
      locale: req.locale ?? undefined,
      payload: req.payload,
    })
    const last = segments.at(-1)
    const beforeLast = segments.at(-2)?.field
    if (last?.path === 'id' && beforeLast && (beforeLast.type === 'relationship' || beforeLast.type === 'upload')) {
      segments.pop()
    }
    if (segments.slice(1).some((segment) => segment.field?.type === 'join')) {
      refused.push(path)
      continue
    }
    for (let i = 1; i < segments.length; i += 1) {
      const hop = segments[i - 1].field
      const toMany = hop?.type === 'join' || ((hop?.type === 'relationship' || hop?.type === 'upload') && hop.hasMany)
      const target = segments[i].collectionSlug
      const scopeHolds = i === 1 && i === segments.length - 1
      if (!toMany || !target || scopeHolds) continue
      const read = req.payload.collections[target as CollectionSlug]?.config.access.read
      if (read && isPlainObject(await read({ req }))) {
        refused.push(path)
        break
      }
    }
  }
  return refused
}

type QueryArgs = { overrideAccess?: boolean; where?: unknown; joins?: unknown; data?: unknown }

/** Requests from outside (REST, GraphQL, the Local API with a user's access); system calls are trusted. */
const refuseMalformedRequests: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const query = args as QueryArgs
  if (query.overrideAccess === true) return args
  // Without a JSON or multipart body (e.g. JSON text sent as text/plain) Payload has no data at
  // all; an upload may come as a file alone.
  const dataMissing = query.data === undefined && !req.file
  if (
    (operation === 'create' || operation === 'update') &&
    (dataMissing || (query.data !== undefined && !isPlainObject(query.data)))
  ) {
    throw new APIError(
      'The request body must be a JSON object, sent as application/json (or as _payload of multipart/form-data).',
      400,
      undefined,
      true,
    )
  }
  const malformed = query.where === undefined ? [] : malformedPaths(query.where)
  if (isPlainObject(query.joins)) {
    for (const [join, options] of Object.entries(query.joins)) {
      if (isPlainObject(options) && options.where !== undefined) {
        malformed.push(...malformedPaths(options.where, `joins.${join}.where`))
      }
    }
  }
  if (malformed.length) throw new QueryError(malformed.map((path) => ({ path })))
  if (!isPlainObject(query.where)) return args
  const unqueryable = await unqueryablePaths(req, collection, query.where as Where)
  if (unqueryable.length) throw new QueryError(unqueryable.map((path) => ({ path })))
  return args
}

/** Installs the check as the first beforeOperation hook, ahead of every hook that reads the query. */
export function checkRequestShape(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [refuseMalformedRequests, ...(collection.hooks?.beforeOperation ?? [])],
    },
  }
}
