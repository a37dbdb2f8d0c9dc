import { cells, required } from '../format/cells'
import type { Problem } from '../report'
import { type KindDefinition, noon } from './types'

const categories = ['rent', 'operatingCosts', 'heating', 'maintenance', 'reserve', 'parking', 'vat', 'other'] as const

/** Ledger postings of a tenancy (charge, payment, reversal); a reversal names the posting it reverses. */
export const postings: KindDefinition = {
  kind: 'postings',
  keyColumn: 'key',
  requiredColumns: ['key', 'tenancy', 'date', 'kind', 'category', 'amount'],
  columns: () => ({
    key: required(cells.key()),
    tenancy: required(cells.key()),
    date: required(cells.date()),
    kind: required(cells.choice(['charge', 'payment', 'reversal'] as const)),
    category: required(cells.choice(categories)),
    amount: required(cells.decimal(2)),
    period: cells.text(7),
    reverses: cells.key(),
    text: cells.text(500),
  }),
  rowRules: (row) => {
    const problems: Problem[] = []
    if (row.period && !/^\d{4}-(0[1-9]|1[0-2])$/.test(row.period)) {
      problems.push({ field: 'period', value: row.period, key: 'importPeriodFormat' })
    }
    if (row.reverses && row.kind !== 'reversal')
      problems.push({ field: 'reverses', key: 'importOnlyReversal' })
    return problems
  },
  stage: [
    ['tenancy', 'text'],
    ['date', 'date'],
    ['kind', 'text'],
    ['category', 'text'],
    ['amount', 'numeric'],
    ['period', 'text'],
    ['reverses', 'text'],
    ['text', 'text'],
  ],
  toStage: (row) => [row.tenancy, row.date, row.kind, row.category, row.amount, row.period, row.reverses, row.text],
  check: async (db) => [
    ...(await db.duplicateKeys()),
    ...(await db.missingReference('tenancy', 'tenancy', 'tenancies', 'tenancies')),
    ...(await db.problems(`
      select s.line, 'reverses' as field, s.reverses as value, 'importNoSuchKey' as key, json_build_object('collection', 'postings') as params
      from stage s where s.reverses is not null
        and not exists (select 1 from stage o where o.key = s.reverses)
        and not exists (select 1 from postings p where p.external_key = s.reverses)
      order by s.line`)),
  ],
  write: async (db) => {
    const written = await db.upsert({
      slug: 'postings',
      values: {
        tenancy: 't.id',
        date: noon('s.date'),
        kind: 's.kind::enum_postings_kind',
        category: 's.category::enum_postings_category',
        amount: 's.amount',
        period: 's.period',
        text: 's.text',
      },
      joins: 'join tenancies t on t.external_key = s.tenancy',
    })
    // Reversals point at postings that may be in this same file: resolved once all are written.
    if (db.present.has('reverses')) {
      await db.query(`
        update postings p set reverses_id = r.id, updated_at = now()
        from stage s left join postings r on r.external_key = s.reverses
        where p.external_key = s.key and p.reverses_id is distinct from r.id`)
    }
    return written
  },
  missing: async (db) => {
    const { keys, count } = await db.missing('postings')
    return { missingKeys: keys, effects: { missing: count } }
  },
}
