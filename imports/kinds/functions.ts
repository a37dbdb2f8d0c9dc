import { cells, required } from '../format/cells'
import type { Problem } from '../report'
import { type KindDefinition, noon } from './types'

const scopes = ['unit', 'object', 'tenancy', 'allocationOffice'] as const

/**
 * Function holders (SPEC F-08): a function type (by code) held by a person (by key) for exactly one
 * unit, object or tenancy (by key) or allocation office (by name), from a day until a day.
 */
export const functions: KindDefinition = {
  kind: 'functions',
  keyColumn: 'key',
  requiredColumns: ['key', 'type', 'person', 'from'],
  columns: () => ({
    key: required(cells.key()),
    type: required(cells.integer()),
    person: required(cells.key()),
    unit: cells.key(),
    object: cells.key(),
    tenancy: cells.key(),
    allocationOffice: cells.text(200),
    from: required(cells.date()),
    until: cells.date(),
    remark: cells.text(500),
  }),
  rowRules: (row) => {
    const problems: Problem[] = []
    const given = scopes.filter((scope) => row[scope])
    if (given.length !== 1) {
      problems.push({ field: 'unit', key: 'oneScope' })
    }
    if (row.from && row.until && row.until < row.from)
      problems.push({ field: 'until', value: row.until, key: 'endBeforeStart' })
    return problems
  },
  stage: [
    ['type', 'integer'],
    ['person', 'text'],
    ['unit', 'text'],
    ['object', 'text'],
    ['tenancy', 'text'],
    ['allocation_office', 'text'],
    ['scope', 'text'],
    ['from', 'date'],
    ['until', 'date'],
    ['remark', 'text'],
  ],
  toStage: (row) => [
    row.type,
    row.person,
    row.unit,
    row.object,
    row.tenancy,
    row.allocationOffice,
    scopes.find((scope) => row[scope]) ?? null,
    row.from,
    row.until,
    row.remark,
  ],
  check: async (db) => [
    ...(await db.duplicateKeys()),
    ...(await db.problems(`
      select s.line, 'type' as field, s.type::text as value, 'importNoFunctionType' as key
      from stage s where not exists (select 1 from function_types f where f.code = s.type) order by s.line`)),
    ...(await db.missingReference('person', 'person', 'persons', 'persons')),
    ...(await db.missingReference('unit', 'unit', 'units', 'units')),
    ...(await db.missingReference('object', 'object', 'objects', 'objects')),
    ...(await db.missingReference('tenancy', 'tenancy', 'tenancies', 'tenancies')),
    ...(await db.missingAllocationOffice()),
    ...(await db.problems(`
      select s.line, 'type' as field, s.type::text as value, 'importFunctionTypeScope' as key, json_build_object('scopeColumn', s.scope) as params
      from stage s join function_types f on f.code = s.type
      where s.scope is not null and not exists (
        select 1 from function_types_applies_to a where a.parent_id = f.id and a.value::text = s.scope)
      order by s.line`)),
  ],
  write: (db) =>
    db.upsert({
      slug: 'functions',
      values: {
        functionType: 'f.id',
        person: 'p.id',
        unit: 'u.id',
        object: 'o.id',
        tenancy: 't.id',
        allocationOffice: 'a.id',
        from: noon('s.from'),
        until: noon('s.until'),
        remark: 's.remark',
      },
      fromColumn: { functionType: 'type' },
      joins: `
        join function_types f on f.code = s.type
        join persons p on p.external_key = s.person
        left join units u on u.external_key = s.unit
        left join objects o on o.external_key = s.object
        left join tenancies t on t.external_key = s.tenancy
        left join allocation_offices a on a.name = s.allocation_office`,
    }),
  missing: async (db, facts) => {
    const { keys, count } = await db.missing('functions')
    const ended = await db.endMissing('functions', 'until', '"from"', facts.exportDate)
    return { missingKeys: keys, effects: { missing: count, endedOnExportDate: ended } }
  },
}
