import { type KeyRing, fingerprint, isSealed, open, seal, sealedPrefix } from './sealed'

/**
 * Every column that holds encrypted values (fields/sealed.ts), as SQL: the migration encrypts them
 * in place, `npm run keys:rotate` moves them to the newest key, `npm start` checks their key ids.
 * test/int/encryption-at-rest.int.spec.ts checks this list against the collections' sealed fields.
 */
export type SealedColumn = {
  table: string
  column: string
  /** The type of the table's `id`: array rows have text ids, records serial ones. */
  idType: 'integer' | 'varchar'
  /** The keyed-hash column beside it, if the field has one. */
  hash?: string
  /** Which rows hold it sealed; the others stay plain (contact details marked public). */
  sealedWhere?: string
}

export const sealedColumns: SealedColumn[] = [
  { table: 'persons', idType: 'integer', column: 'birth_date', hash: 'birth_date_hash' },
  { table: 'persons_bank_accounts', idType: 'varchar', column: 'iban', hash: 'iban_hash' },
  { table: 'persons_bank_accounts', idType: 'varchar', column: 'bic', hash: 'bic_hash' },
  {
    table: 'persons_contacts',
    idType: 'varchar',
    column: 'value',
    sealedWhere: `not exists (select 1 from persons_contacts_labels l where l.parent_id = t.id and l.value = 'public')`,
  },
  {
    table: 'tenancies',
    idType: 'integer',
    column: 'securities_deposit_account_iban',
    hash: 'securities_deposit_account_iban_hash',
  },
  {
    table: 'tenancies',
    idType: 'integer',
    column: 'securities_deposit_account_bic',
    hash: 'securities_deposit_account_bic_hash',
  },
  {
    table: 'tenancies',
    idType: 'integer',
    column: 'payment_sepa_mandate_iban',
    hash: 'payment_sepa_mandate_iban_hash',
  },
  { table: 'tenancies', idType: 'integer', column: 'payment_sepa_mandate_bic', hash: 'payment_sepa_mandate_bic_hash' },
  { table: 'settings', idType: 'integer', column: 'company_iban', hash: 'company_iban_hash' },
  { table: 'settings', idType: 'integer', column: 'company_bic', hash: 'company_bic_hash' },
]

export type Query = (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>

const keyIdSql = (column: string) => `split_part(t."${column}", ':', 2)`

/** Rows still to do: plain ones that should be sealed, and sealed ones under another than the newest key. */
function pendingWhere(column: SealedColumn, direction: 'seal' | 'open') {
  const value = `t."${column.column}"`
  if (direction === 'open') return `${value} like '${sealedPrefix}%' and $1::text is not null`
  return `${value} is not null and ${value} <> '' and (
    (${value} like '${sealedPrefix}%' and ${keyIdSql(column.column)} <> $1)
    or (${value} not like '${sealedPrefix}%' and ${column.sealedWhere ?? 'true'}))`
}

/** How many values `sealColumns` has still to write: the progress bar's total. */
export async function pendingCount(query: Query, ring: KeyRing, direction: 'seal' | 'open' = 'seal') {
  let total = 0
  for (const column of sealedColumns) {
    const rows = await query(
      `select count(*)::int as count from "${column.table}" t where ${pendingWhere(column, direction)}`,
      [direction === 'seal' ? ring.newest.id : ''],
    )
    total += Number(rows[0].count)
  }
  return total
}

/**
 * Brings every sealed column to the newest key (`seal`: plain values are encrypted, values under
 * older keys re-encrypted) or back to plain text (`open`, the migration's down), in batches. Each
 * batch is one statement, so a run killed half-way leaves whole rows done or not done, and a rerun
 * picks up the rest: the pending rows are found again by their key id.
 */
export async function sealColumns(
  query: Query,
  ring: KeyRing,
  {
    direction = 'seal',
    batchSize = 2000,
    onBatch,
  }: {
    direction?: 'seal' | 'open'
    batchSize?: number
    onBatch?: (done: number) => void
  } = {},
) {
  for (const column of sealedColumns) {
    // Keyset pagination: each batch starts after the last id, not at the table's start again.
    let after: string | null = null
    for (;;) {
      const rows = (await query(
        `select t.id::text as id, t."${column.column}" as value from "${column.table}" t
         where ${pendingWhere(column, direction)} and ($2::${column.idType} is null or t.id > $2::${column.idType})
         order by t.id limit ${batchSize}`,
        [direction === 'seal' ? ring.newest.id : '', after],
      )) as { id: string; value: string }[]
      if (rows.length === 0) break
      after = rows[rows.length - 1].id
      const written = rows.map(({ id, value }) => {
        const plain = isSealed(value) ? open(value, ring) : value
        return {
          id,
          value: direction === 'seal' ? seal(plain, ring) : plain,
          hash: direction === 'seal' ? fingerprint(plain, ring) : null,
        }
      })
      const hashSet = column.hash ? `, "${column.hash}" = v.hash` : ''
      await query(
        `update "${column.table}" t set "${column.column}" = v.value${hashSet}
         from jsonb_to_recordset($1::jsonb) as v(id text, value text, hash text) where t.id = v.id::${column.idType}`,
        [JSON.stringify(written)],
      )
      onBatch?.(rows.length)
    }
  }
}

/** One sealed value per key id found anywhere in the sealed columns (missing tables or columns are skipped). */
async function samplesByKeyId(query: Query): Promise<Map<string, string>> {
  const samples = new Map<string, string>()
  for (const column of sealedColumns) {
    const present = await query(`select 1 from information_schema.columns where table_name = $1 and column_name = $2`, [
      column.table,
      column.column,
    ])
    if (present.length === 0) continue
    const rows = await query(
      `select distinct on (${keyIdSql(column.column)}) ${keyIdSql(column.column)} as id, t."${column.column}" as value
       from "${column.table}" t where t."${column.column}" like '${sealedPrefix}%'`,
    )
    for (const row of rows) if (!samples.has(String(row.id))) samples.set(String(row.id), String(row.value))
  }
  return samples
}

/**
 * What keeps the ring from reading the database: key ids it lacks, and keys under a known id that
 * do not open what they are said to have encrypted (a wrong key). `npm start` stops on any.
 */
export async function keyProblems(query: Query, ring: KeyRing | null): Promise<string[]> {
  const problems: string[] = []
  for (const [id, sample] of await samplesByKeyId(query)) {
    if (!ring?.byId.has(id)) {
      problems.push(`values encrypted with the key "${id}", which is not in the key ring`)
      continue
    }
    try {
      open(sample, ring)
    } catch {
      problems.push(`the key "${id}" of the ring does not open the values encrypted with "${id}": it is the wrong key`)
    }
  }
  return problems
}

/** Whether the database holds any encrypted value at all (a first start without keys must not go on then). */
export const hasSealedValues = async (query: Query) => (await samplesByKeyId(query)).size > 0
