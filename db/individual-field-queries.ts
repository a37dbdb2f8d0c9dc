import { buildQuery, type CreateJSONQueryArgs, type DrizzleAdapter } from '@payloadcms/drizzle'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { getTableName, type SQL, sql } from 'drizzle-orm'
import type { PgTable } from 'drizzle-orm/pg-core'
import { APIError, type FindArgs, type PaginatedDocs, type Sort, type TypeWithID } from 'payload'

import {
  IndividualFieldQueryError,
  individualFieldCondition,
  individualFieldSortKey,
} from '@/lib/individual-fields/sql'
import { individualFieldsPath } from '@/lib/individual-fields/validate'

/** The database column of every module's values (the field `individualFields`). */
export const individualFieldsColumn = 'individual_fields'

const sortPattern = new RegExp(`^-?${individualFieldsPath}[.]|^-?${individualFieldsPath}__`)

function quoted(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}

/** `"table"."individual_fields"`: Payload leaves JSON columns unqualified, which breaks joins of two modules. */
function qualifiedColumn(column: CreateJSONQueryArgs['column']): string | null {
  if (!column || typeof column === 'string') return column === individualFieldsColumn ? quoted(column) : null
  if (column.name !== individualFieldsColumn) return null
  return `${quoted(getTableName(column.table))}.${quoted(column.name)}`
}

function badQuery(path: string, error: unknown): APIError {
  return new APIError(`${path}: ${error instanceof Error ? error.message : String(error)}`, 400)
}

/**
 * `where` on `individualFields.<key>`: Payload's Postgres adapter hands every JSON-path condition
 * to `createJSONQuery`. For the individual-fields column we write SQL the GIN index answers and
 * that knows the comparison operators; every other JSON column keeps Payload's own query.
 */
function withIndividualFieldWhere(adapter: PostgresAdapter): void {
  const original = adapter.createJSONQuery.bind(adapter)
  adapter.createJSONQuery = (args: CreateJSONQueryArgs) => {
    const column = qualifiedColumn(args.rawColumn ? undefined : args.column)
    if (!column) return original(args)
    const [, key, ...rest] = args.pathSegments
    const path = args.pathSegments.join('.')
    if (!key || rest.length > 0) throw badQuery(path, 'give one key: individualFields.<key>')
    try {
      return individualFieldCondition(column, key, args.operator, args.value)
    } catch (error) {
      if (error instanceof IndividualFieldQueryError) throw badQuery(path, error)
      throw error
    }
  }
}

type Order = { expression: SQL; direction: 'asc' | 'desc'; aggregate: boolean }

/**
 * `sort` by `individualFields.<key>`: Payload's adapter would order by the whole JSON column. When
 * a sort names an individual field, this finds the page's ids with one SQL query (the same
 * `where` and joins Payload builds, ordered by the JSON value) and lets Payload read those rows.
 */
function withIndividualFieldSort(adapter: PostgresAdapter): void {
  const original = adapter.find.bind(adapter)
  adapter.find = async function find<T = TypeWithID>(args: FindArgs): Promise<PaginatedDocs<T>> {
    const sorts = (Array.isArray(args.sort) ? args.sort : args.sort ? [args.sort] : []) as string[]
    if (!sorts.some((item) => sortPattern.test(item))) return original(args)

    const { collection, limit = 10, locale, page = 1, pagination, req, where } = args
    const tableName = adapter.tableNameMap.get(collection.replace(/-/g, '_')) ?? collection
    const table = adapter.tables[tableName] as PgTable & Record<string, never>
    // buildQuery is typed for both SQL dialects; this adapter is the Postgres one.
    const drizzle = adapter as unknown as DrizzleAdapter
    const fields = adapter.payload.collections[collection].config.flattenedFields
    const joins: Parameters<typeof buildQuery>[0]['joins'] = []
    const { where: condition } = buildQuery({ adapter: drizzle, fields, joins, locale, tableName, where: where ?? {} })

    const orders: Order[] = sorts.map((item) => {
      const direction = item.startsWith('-') ? 'desc' : 'asc'
      const path = item.replace(/^-/, '').replace(/__/g, '.')
      if (sortPattern.test(item)) {
        const key = path.slice(individualFieldsPath.length + 1)
        try {
          const expression = sql.raw(
            individualFieldSortKey(`${quoted(tableName)}.${quoted(individualFieldsColumn)}`, key),
          )
          return { expression, direction, aggregate: false }
        } catch (error) {
          throw badQuery(path, error)
        }
      }
      const built = buildQuery({ adapter: drizzle, fields, joins, locale, sort: path, tableName, where: {} }).orderBy[0]
      const ownColumn = getTableName(built.column.table) === tableName
      return { expression: sql`${built.column}`, direction, aggregate: !ownColumn }
    })

    const db = (req?.transactionID && adapter.sessions[await req.transactionID]?.db) || adapter.drizzle
    let query = db.select({ id: table.id }).from(table).$dynamic()
    for (const join of joins) query = query[join.type ?? 'leftJoin'](join.table as PgTable, join.condition)
    if (condition) query = query.where(condition)
    if (joins.length > 0) query = query.groupBy(table.id)
    const orderBy = orders.map(({ expression, direction, aggregate }) => {
      // Rows of one-to-many joins: a record sorts by its smallest (ascending) or largest value.
      const value = aggregate ? (direction === 'asc' ? sql`min(${expression})` : sql`max(${expression})`) : expression
      return direction === 'asc' ? sql`${value} asc nulls last` : sql`${value} desc nulls last`
    })
    // Ties keep Payload's default order, so that pages never overlap.
    orderBy.push(table.createdAt ? sql`${table.createdAt} desc` : sql`${table.id} desc`, sql`${table.id} desc`)
    const paged = limit > 0 && pagination !== false
    const rows: { id: number | string }[] = await query
      .orderBy(...orderBy)
      .limit(limit > 0 ? limit : Number.MAX_SAFE_INTEGER)
      .offset(limit > 0 ? (page - 1) * limit : 0)
    const ids = rows.map((row) => row.id)

    const found = ids.length
      ? await original<T>({
          ...args,
          limit: 0,
          page: 1,
          pagination: false,
          sort: undefined,
          where: { id: { in: ids } },
        })
      : { docs: [] as T[] }
    const position = new Map(ids.map((id, index) => [String(id), index]))
    const docs = [...found.docs].sort(
      (a, b) => (position.get(String((a as TypeWithID).id)) ?? 0) - (position.get(String((b as TypeWithID).id)) ?? 0),
    )
    const totalDocs = paged ? await adapter.countDistinct({ db, joins, tableName, where: condition }) : docs.length
    const totalPages = paged ? Math.max(1, Math.ceil(totalDocs / limit)) : 1
    const currentPage = paged ? page : 1
    return {
      docs,
      totalDocs,
      limit: paged ? limit : 0,
      page: currentPage,
      totalPages,
      pagingCounter: paged ? (page - 1) * limit + 1 : 1,
      hasPrevPage: currentPage > 1,
      hasNextPage: currentPage < totalPages,
      prevPage: currentPage > 1 ? currentPage - 1 : null,
      nextPage: currentPage < totalPages ? currentPage + 1 : null,
    } as PaginatedDocs<T>
  } as PostgresAdapter['find']
}

/** Filtering and sorting by individual fields on every path that reads through the adapter. */
export function withIndividualFieldQueries(adapter: PostgresAdapter): PostgresAdapter {
  withIndividualFieldWhere(adapter)
  withIndividualFieldSort(adapter)
  return adapter
}

export type { Sort }
