import { type CollectionBeforeOperationHook, type CollectionConfig, QueryError } from 'payload'

import { P } from '@/constants/permissions'

import { hasPermission } from './permissions'

/**
 * Every masked field is named `iban` (fields/bank.ts; test/int/bank-data-queries.int.spec.ts
 * checks the config for it), so a path with an `iban` segment reaches one, however many
 * relationships it crosses. Segments are split the way Payload splits them: GraphQL's `__` is
 * REST's `.`, and a sort may start with `-`.
 */
const isIbanPath = (path: string) =>
  path
    .replace(/^-/, '')
    .replace(/__/g, '.')
    .split('.')
    .some((segment) => segment.trim().toLowerCase() === 'iban')

/**
 * Every key anywhere in a `where`: paths, operators and combinators, at any depth. Payload reads
 * `and`/`or` in any case (`AND`, `Or`), nests filters inside `contains` on relationships and
 * joins, and may learn new ways to nest; taking every key, whatever it is, covers all of them
 * without having to follow Payload's reading of the tree.
 */
function keysIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysIn)
  if (value === null || typeof value !== 'object') return []
  return Object.entries(value).flatMap(([key, nested]) => [key, ...keysIn(nested)])
}

/** Sort paths: a string (which may list several, comma-separated) or an array of them. */
const sortPaths = (sort: unknown): string[] =>
  [sort].flat().flatMap((entry) => (typeof entry === 'string' ? entry.split(',') : []))

type QueryArgs = { overrideAccess?: boolean; where?: unknown; sort?: unknown; joins?: unknown; field?: unknown }

/**
 * The paths an operation filters, sorts or groups by: its own `where` and `sort`, every join's
 * (`joins[tenancies][where]…`, which run on the joined collection without its hooks) and the
 * field of a distinct query.
 */
function queriedPaths({ where, sort, joins, field }: QueryArgs): string[] {
  const joinArgs =
    joins && typeof joins === 'object'
      ? Object.values(joins).flatMap((join: unknown) =>
          join && typeof join === 'object'
            ? [...keysIn((join as QueryArgs).where), ...sortPaths((join as QueryArgs).sort)]
            : [],
        )
      : []
  return [...keysIn(where), ...sortPaths(sort), ...joinArgs, ...(typeof field === 'string' ? [field] : [])]
}

/**
 * Staff without 900114 see IBANs masked; filtering or sorting on them would give the digits away
 * one query at a time (SPEC rule 4). Such queries are refused with Payload's own answer for a
 * path the user may not read (400), before anything is looked up, so the answer is the same
 * whether an IBAN matches or not. System queries (`overrideAccess`) are not affected.
 */
const refuseIbanQueries: CollectionBeforeOperationHook = async ({ args, req }) => {
  const query = args as QueryArgs
  if (query.overrideAccess === true) return args
  const paths = queriedPaths(query).filter(isIbanPath)
  if (paths.length > 0 && !(await hasPermission(req, P.bankDataRead))) {
    throw new QueryError([...new Set(paths)].map((path) => ({ path })))
  }
  return args
}

/** Installs the guard on every collection: IBANs are reachable through relationships from many. */
export function guardBankDataQueries(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [...(collection.hooks?.beforeOperation ?? []), refuseIbanQueries] },
  }
}
