import { type CollectionBeforeOperationHook, type CollectionConfig, QueryError, type Where } from 'payload'

import { P } from '@/constants/permissions'

import { hasPermission } from './permissions'

/**
 * Every IBAN field is named `iban` (fields/bank.ts), so a query path ending in it reaches one.
 * REST separates path segments with `.`, GraphQL with `__`; a sort may start with `-`.
 */
const isIbanPath = (path: string) => path.replace(/^-/, '').split(/\.|__/).at(-1) === 'iban'

function pathsIn(where: Where | undefined): string[] {
  if (!where) return []
  return Object.entries(where).flatMap(([key, value]) =>
    key === 'and' || key === 'or' ? (value as Where[]).flatMap(pathsIn) : [key],
  )
}

type JoinArgs = Record<string, { where?: Where; sort?: string } | false> | false | undefined

/** The paths a query filters and sorts by: its own, and those of its joins (`joins[tenancies][where]…`). */
function queriedPaths(query: { where?: Where; sort?: string | string[]; joins?: JoinArgs }): string[] {
  const joins = Object.values(query.joins || {}).flatMap((join) =>
    join ? [...pathsIn(join.where), ...[join.sort ?? []].flat()] : [],
  )
  return [...pathsIn(query.where), ...[query.sort ?? []].flat(), ...joins]
}

/**
 * Staff without 900114 see IBANs masked; filtering or sorting on them would give the digits away
 * one query at a time (SPEC rule 4), also through a join field's own filter. Such queries are
 * refused the way Payload refuses a path the user may not read. System queries (`overrideAccess`)
 * are not affected.
 */
const refuseIbanQueries: CollectionBeforeOperationHook = async ({ args, req }) => {
  const query = args as { overrideAccess?: boolean; where?: Where; sort?: string | string[]; joins?: JoinArgs }
  if (query.overrideAccess === true || !req.user) return args
  const paths = queriedPaths(query).filter(isIbanPath)
  if (paths.length > 0 && !(await hasPermission(req, P.bankDataRead))) {
    throw new QueryError(paths.map((path) => ({ path })))
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
