import { type PostgresAdapterArgs, postgresAdapter } from '@payloadcms/db-postgres'
import type { PostgresSchemaHook } from '@payloadcms/drizzle/postgres'
import { index } from 'drizzle-orm/pg-core'
import type { DatabaseAdapterObj } from 'payload'

import { individualFieldModules } from '@/lib/individual-fields/types'

import { withIndividualFieldQueries } from './individual-field-queries'

/**
 * One GIN index (`jsonb_path_ops`) per module's individual-fields column: it answers equality
 * (`@?`, `@>`) on any key, for fields defined later too. Declared in the schema, so migrations
 * generated from it keep it.
 */
const indexIndividualFields: PostgresSchemaHook = ({ schema, extendTable }) => {
  for (const module of individualFieldModules) {
    const table = schema.tables[module]
    if (!table) continue
    extendTable({
      table,
      extraConfig: (columns) => ({
        [`${module}_individual_fields_gin`]: index(`${module}_individual_fields_gin_idx`).using(
          'gin',
          columns.individualFields.op('jsonb_path_ops'),
        ),
      }),
    })
  }
  return schema
}

/** Payload's Postgres adapter with the individual-field index and queries (docs/decisions/0030). */
export function hauswerkPostgresAdapter(args: PostgresAdapterArgs): DatabaseAdapterObj {
  const base = postgresAdapter({ ...args, afterSchemaInit: [...(args.afterSchemaInit ?? []), indexIndividualFields] })
  return {
    ...base,
    init: (options) => withIndividualFieldQueries(base.init(options) as never),
  }
}
