import { cells, required } from '../format/cells'
import { type ImportDb, sealedCells } from '../db'
import type { Problem } from '../report'
import { type KindDefinition, noon } from './types'
import { createMarkedVacancies, endVacanciesOnLetting } from './vacancies'

/**
 * Tenancies (SPEC F-06): a unit, holders (person keys), dates, payment data with the SEPA mandate,
 * and the agreed monthly rent and operating costs (valid from the move-in).
 */
export const tenancies: KindDefinition = {
  kind: 'tenancies',
  keyColumn: 'key',
  requiredColumns: ['key', 'unit', 'kind'],
  columns: (context) => ({
    key: required(cells.key()),
    unit: required(cells.key()),
    kind: required(cells.choice(['tenant', 'owner', 'vacancy'] as const)),
    holders: cells.keys(),
    reference: cells.text(50),
    moveIn: cells.date(),
    moveOut: cells.date(),
    fixedTermEnd: cells.date(),
    paymentMethod: cells.choice(['transfer', 'sepa', 'cash'] as const),
    sepaReference: cells.text(35),
    sepaSignedOn: cells.date(),
    sepaIban: cells.iban(context.ibanChecks.has('holder')),
    sepaBic: cells.bic(context.ibanChecks.has('holder')),
    sepaAccountHolder: cells.text(200),
    rent: cells.decimal(2, { signed: true }),
    operatingCosts: cells.decimal(2, { signed: true }),
  }),
  rowRules: (row) => {
    const problems: Problem[] = []
    const holders = (row.holders as string[] | null) ?? []
    if (row.kind === 'vacancy' && holders.length)
      problems.push({ field: 'holders', key: 'vacancyHasNoHolders' })
    if (row.kind !== 'vacancy' && !holders.length)
      problems.push({ field: 'holders', key: 'holdersRequired' })
    for (const field of ['moveOut', 'fixedTermEnd'] as const) {
      if (row.moveIn && row[field] && row[field] < row.moveIn)
        problems.push({ field, value: row[field], key: 'importBeforeMoveIn' })
    }
    if ((row.rent !== null || row.operatingCosts !== null) && !row.moveIn) {
      problems.push({ field: 'moveIn', key: 'importPaymentsNeedMoveIn' })
    }
    return problems
  },
  stage: [
    ['unit', 'text'],
    ['kind', 'text'],
    ['holders', 'text[]'],
    ['reference', 'text'],
    ['move_in', 'date'],
    ['move_out', 'date'],
    ['fixed_term_end', 'date'],
    ['payment_method', 'text'],
    ['sepa_reference', 'text'],
    ['sepa_signed_on', 'date'],
    ['sepa_iban', 'text'],
    ['sepa_iban_hash', 'text'],
    ['sepa_bic', 'text'],
    ['sepa_bic_hash', 'text'],
    ['sepa_account_holder', 'text'],
    ['rent', 'numeric'],
    ['operating_costs', 'numeric'],
  ],
  toStage: (row) => [
    row.unit,
    row.kind,
    row.holders ?? [],
    row.reference,
    row.moveIn,
    row.moveOut,
    row.fixedTermEnd,
    row.paymentMethod,
    row.sepaReference,
    row.sepaSignedOn,
    // Encrypted here, as the collection stores them (ADR 0063).
    ...sealedCells(row.sepaIban),
    ...sealedCells(row.sepaBic),
    row.sepaAccountHolder,
    row.rent,
    row.operatingCosts,
  ],
  check: async (db) => [
    ...(await db.duplicateKeys()),
    ...(await db.missingReference('unit', 'unit', 'units', 'units')),
    ...(await db.problems(`
      select s.line, 'holders' as field, h.holder as value, 'importNoSuchKey' as key, json_build_object('collection', 'persons') as params
      from stage s cross join lateral unnest(s.holders) as h(holder)
      where not exists (select 1 from persons p where p.external_key = h.holder)
      order by s.line`)),
  ],
  write: async (db) => {
    const written = await db.upsert({
      slug: 'tenancies',
      values: {
        unit: 'u.id',
        kind: 's.kind::enum_tenancies_kind',
        reference: 's.reference',
        // A tenancy without a move-in starts on the object's take-over date (SPEC F-06).
        moveIn: `coalesce(${noon('s.move_in')}, o.take_over_date)`,
        moveOut: noon('s.move_out'),
        fixedTermEnd: noon('s.fixed_term_end'),
        'payment.method': `coalesce(s.payment_method, 'transfer')::enum_tenancies_payment_method`,
        'payment.sepaMandate.reference': 's.sepa_reference',
        'payment.sepaMandate.signedOn': noon('s.sepa_signed_on'),
        'payment.sepaMandate.iban': 's.sepa_iban',
        'payment.sepaMandate.ibanHash': 's.sepa_iban_hash',
        'payment.sepaMandate.bic': 's.sepa_bic',
        'payment.sepaMandate.bicHash': 's.sepa_bic_hash',
        'payment.sepaMandate.accountHolder': 's.sepa_account_holder',
      },
      fromColumn: {
        'payment.method': 'paymentMethod',
        'payment.sepaMandate.reference': 'sepaReference',
        'payment.sepaMandate.signedOn': 'sepaSignedOn',
        'payment.sepaMandate.iban': 'sepaIban',
        'payment.sepaMandate.bic': 'sepaBic',
        'payment.sepaMandate.accountHolder': 'sepaAccountHolder',
      },
      joins: 'join units u on u.external_key = s.unit join objects o on o.id = u.object_id',
    })
    const holders = db.present.has('holders') ? await replaceHolders(db) : 0
    const payments = db.present.has('rent') || db.present.has('operatingCosts') ? await replaceAgreedPayments(db) : 0
    const vacanciesEnded = await endVacanciesOnLetting(db)
    const vacancies = await createMarkedVacancies(
      db,
      'select distinct u.id from units u join stage s on s.unit = u.external_key',
    )
    return {
      ...written,
      effects: {
        holdersChanged: holders,
        agreedPaymentsChanged: payments,
        vacanciesEnded,
        vacanciesCreated: vacancies.created,
      },
    }
  },
  afterWrite: (db) => overlaps(db),
  missing: async (db, facts) => {
    const { keys, count } = await db.missing('tenancies')
    const ended = await db.endMissing('tenancies', 'move_out', 'move_in', facts.exportDate)
    return { missingKeys: keys, effects: { missing: count, endedOnExportDate: ended } }
  },
}

/** The owned hasMany `holders` (Payload's `tenancies_rels`, path `holders`): replaced where it differs. */
function replaceHolders(db: ImportDb): Promise<number> {
  return db.replaceRows({
    parentTable: 'tenancies',
    childTable: 'tenancies_rels',
    parentColumn: 'parent_id',
    orderColumn: '"order"',
    columns: ['persons_id'],
    wanted: `select t.id as parent_id, h.position, p.id as persons_id
             from stage s join tenancies t on t.external_key = s.key
             cross join lateral unnest(s.holders) with ordinality as h(key, position)
             join persons p on p.external_key = h.key`,
    existing: `select r.parent_id, r."order" as position, r.persons_id
               from tenancies_rels r join staged_ids i on i.id = r.parent_id where r.path = 'holders'`,
    extra: { path: `'holders'` },
  })
}

/** The owned array `agreedPayments`: rent and operating costs from the move-in, replaced where they differ. */
function replaceAgreedPayments(db: ImportDb): Promise<number> {
  const table = db.table('tenancies', 'agreedPayments')
  return db.replaceRows({
    parentTable: 'tenancies',
    childTable: table,
    parentColumn: '_parent_id',
    orderColumn: '_order',
    columns: ['kind', 'amount', 'valid_from', 'valid_until'],
    wanted: `select t.id as parent_id, p.position, p.kind::enum_tenancies_agreed_payments_kind as kind, p.amount,
                    t.move_in as valid_from, null::timestamptz as valid_until
             from stage s join tenancies t on t.external_key = s.key
             cross join lateral (values (1, 'rent', s.rent), (2, 'operatingCosts', s.operating_costs)) as p(position, kind, amount)
             where p.amount is not null`,
    existing: `select a._parent_id as parent_id, a._order as position, a.kind, a.amount, a.valid_from, a.valid_until
               from ${table} a join staged_ids i on i.id = a._parent_id`,
    extra: { id: `substr(md5(r.parent_id || '-' || r.position || clock_timestamp()::text), 1, 24)` },
  })
}

/**
 * Tenancies of one unit follow one another (collections/tenancies/validate.ts): tenant and
 * vacancy share a timeline, owners have their own, a sub-tenancy may lie within its main one.
 * Checked on the written state, so rows of the file and records already there are both covered.
 */
function overlaps(db: ImportDb): Promise<Problem[]> {
  return db.problems(`
    select distinct on (s.line) s.line, 'moveIn' as field, to_char(a.move_in at time zone 'UTC', 'DD.MM.YYYY') as value,
           case when b.external_key is null then 'importOverlapById' else 'importOverlapByKey' end as key,
           json_build_object('unit', s.unit, 'other', coalesce(b.external_key, b.id::text),
             'from', to_char(b.move_in at time zone 'UTC', 'DD.MM.YYYY'),
             'until', coalesce(to_char(b.move_out at time zone 'UTC', 'DD.MM.YYYY'), '…')) as params
    from stage s
    join tenancies a on a.external_key = s.key
    join tenancies b on b.unit_id = a.unit_id and b.id <> a.id
      and (a.kind = 'owner') = (b.kind = 'owner')
      and b.move_in is not null and a.move_in is not null
      and a.move_in <= coalesce(b.move_out, 'infinity') and b.move_in <= coalesce(a.move_out, 'infinity')
      and a.main_tenancy_id is distinct from b.id and b.main_tenancy_id is distinct from a.id
    order by s.line, b.move_in`)
}
