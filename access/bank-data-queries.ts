import {
  APIError,
  type CollectionBeforeOperationHook,
  type CollectionConfig,
  type PayloadRequest,
  QueryError,
  type Where,
} from 'payload'

import { P } from '@/constants/permissions'
import { fingerprintName, sealedFieldPaths } from '@/fields/sealed'
import { message } from '@/i18n/messages'
import { normalizeIban } from '@/lib/iban'
import { fingerprints } from '@/db/sealed'

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

const segmentsOf = (path: string) =>
  path
    .replace(/^-/, '')
    .replace(/__/g, '.')
    .split('.')
    .map((segment) => segment.trim())

/** A path reaching an encrypted field (fields/sealed.ts), through any relationships. */
const isSealedPath = (path: string) => {
  const segments = segmentsOf(path)
  return sealedFieldPaths.some((sealed) =>
    segments.some((_, index) => sealed.every((name, offset) => segments[index + offset] === name)),
  )
}

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

const combinators = new Set(['and', 'or'])

/**
 * `iban equals X` (or `in`) becomes `ibanHash in [X's fingerprints]`: an exact, normalised search
 * under every key of the ring, so rows a rotation has not reached yet are found too (ADR 0063).
 * Everything else on an encrypted path is left for `refuseSealedQueries` to refuse.
 */
function searchIbansByHash(where: Where): Where {
  return Object.fromEntries(
    Object.entries(where).map(([key, value]) => {
      if (combinators.has(key.toLowerCase()) && Array.isArray(value))
        return [key, value.map((nested) => searchIbansByHash(nested as Where))]
      const segments = segmentsOf(key)
      if (segments.at(-1) !== 'iban' || !value || typeof value !== 'object') return [key, value]
      const operators = Object.keys(value)
      const wanted = (value as Record<string, unknown>).equals ?? (value as Record<string, unknown>).in
      const list = typeof wanted === 'string' ? wanted.split(',') : Array.isArray(wanted) ? wanted : null
      if (operators.length !== 1 || !['equals', 'in'].includes(operators[0]) || !list) return [key, value]
      const hashes = list.flatMap((iban) => (typeof iban === 'string' ? fingerprints(normalizeIban(iban)) : []))
      return [[...segments.slice(0, -1), fingerprintName('iban')].join('.'), { in: hashes }]
    }),
  )
}

/**
 * The database holds encrypted fields as ciphertext: a filter or sort on them would compare
 * ciphertexts, silently wrong. Refused with a message that says why, for everyone (system code
 * too); an IBAN is found by its whole value (`searchIbansByHash`).
 */
function refuseSealedQueries(query: QueryArgs, req: PayloadRequest) {
  const paths = [...new Set(queriedPaths(query).filter(isSealedPath))]
  if (paths.length > 0)
    throw new APIError(
      message(req, 'sealedQuery', { paths: paths.join(', ') }),
      400,
      { key: 'hauswerk:sealedQuery', paths },
      true,
    )
}

const guardSealedQueries: CollectionBeforeOperationHook = ({ args, req }) => {
  const query = args as QueryArgs
  const where = query.where && typeof query.where === 'object' ? searchIbansByHash(query.where as Where) : query.where
  refuseSealedQueries({ ...query, where }, req)
  return where === query.where ? args : ({ ...args, where } as typeof args)
}

/** Installs the guard on every collection: IBANs are reachable through relationships from many. */
export function guardBankDataQueries(collection: CollectionConfig): CollectionConfig {
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      // The permission check first: without 900114 not even the hash search is answered.
      beforeOperation: [...(collection.hooks?.beforeOperation ?? []), refuseIbanQueries, guardSealedQueries],
    },
  }
}
