import { cells, required } from '../format/cells'
import { type KindDefinition, noon } from './types'
import { createMarkedVacancies } from './vacancies'

/** Units (SPEC F-02), keyed by the accounting system's key; they refer to objects by key. */
export const units: KindDefinition = {
  kind: 'units',
  keyColumn: 'key',
  requiredColumns: ['key', 'object', 'unitNumber', 'holdingType', 'status'],
  columns: () => ({
    key: required(cells.key()),
    object: required(cells.key()),
    unitNumber: required(cells.text(50)),
    topNumber: cells.text(50),
    staircase: cells.text(100),
    tenure: cells.choice(['rental', 'owned'] as const),
    holdingType: required(cells.integer()),
    holdingSubType: cells.text(100),
    // SPEC section 5: status codes are 0–200 (up to 100 active); anything else is refused.
    status: required(cells.integer({ min: 0, max: 200 })),
    floor: cells.text(20),
    rooms: cells.integer({ max: 100 }),
    netArea: cells.decimal(2),
    usefulValue: cells.integer(),
    allocationOffice: cells.text(200),
    vacantSince: cells.date(),
    accountingRemark: cells.text(2000),
  }),
  stage: [
    ['object', 'text'],
    ['unit_number', 'text'],
    ['top_number', 'text'],
    ['staircase', 'text'],
    ['tenure', 'text'],
    ['holding_type', 'integer'],
    ['holding_sub_type', 'text'],
    ['status', 'integer'],
    ['floor', 'text'],
    ['rooms', 'integer'],
    ['net_area', 'numeric'],
    ['useful_value', 'integer'],
    ['allocation_office', 'text'],
    ['vacant_since', 'date'],
    ['accounting_remark', 'text'],
  ],
  toStage: (row) => [
    row.object,
    row.unitNumber,
    row.topNumber,
    row.staircase,
    row.tenure,
    row.holdingType,
    row.holdingSubType,
    row.status,
    row.floor,
    row.rooms,
    row.netArea,
    row.usefulValue,
    row.allocationOffice,
    row.vacantSince,
    row.accountingRemark,
  ],
  check: async (db) => [
    ...(await db.duplicateKeys()),
    ...(await db.missingReference('object', 'object', 'objects', 'objects')),
    ...(await db.problems(`
      select s.line, 'unitNumber' as field, s.unit_number as value,
             'importUnitNumberTwice' as key, json_build_object('lines', d.lines) as params
      from stage s join (select object, unit_number, string_agg(line::text, ', ' order by line) as lines
                         from stage group by object, unit_number having count(*) > 1) d
        on d.object = s.object and d.unit_number = s.unit_number
      order by s.line`)),
    ...(await db.problems(`
      select s.line, 'unitNumber' as field, s.unit_number as value,
             case when u.external_key is null then 'importUnitNumberTakenById' else 'importUnitNumberTakenByKey' end as key,
             json_build_object('other', coalesce(u.external_key, u.id::text)) as params
      from stage s join objects o on o.external_key = s.object
      join units u on u.object_id = o.id and u.unit_number = s.unit_number and u.external_key is distinct from s.key
      where not exists (select 1 from stage other where other.key = u.external_key)
      order by s.line`)),
    ...(await db.problems(`
      select s.line, 'holdingType' as field, s.holding_type::text as value, 'importNoHoldingType' as key
      from stage s where not exists (select 1 from holding_types h where h.code = s.holding_type) order by s.line`)),
    ...(await db.problems(`
      select s.line, 'holdingSubType' as field, s.holding_sub_type as value,
             'importNotSubType' as key, json_build_object('holdingType', s.holding_type) as params
      from stage s where s.holding_sub_type is not null and not exists (
        select 1 from holding_sub_types hs join holding_types h on h.id = hs.holding_type_id
        where h.code = s.holding_type and hs.name = s.holding_sub_type)
      order by s.line`)),
    ...(await db.problems(`
      select s.line, 'status' as field, s.status::text as value, 'importNoUnitStatus' as key
      from stage s where not exists (select 1 from unit_statuses u where u.code = s.status) order by s.line`)),
    ...(await db.missingAllocationOffice()),
  ],
  write: async (db, _facts) => {
    // Staircases named by the file are created in their object when missing.
    await db.query(`
      insert into staircases (object_id, name)
      select distinct o.id, s.staircase from stage s join objects o on o.external_key = s.object
      where s.staircase is not null
      on conflict (object_id, name) do nothing`)
    const written = await db.upsert({
      slug: 'units',
      values: {
        object: 'o.id',
        unitNumber: 's.unit_number',
        topNumber: 's.top_number',
        staircase: 'st.id',
        tenure: `coalesce(s.tenure, 'rental')::enum_units_tenure`,
        holdingType: 'h.id',
        holdingSubType: 'hs.id',
        status: 'us.id',
        floor: 's.floor',
        rooms: 's.rooms',
        netArea: 's.net_area',
        usefulValue: 's.useful_value',
        allocationOffice: 'a.id',
        vacantSince: noon('s.vacant_since'),
        accountingRemark: 's.accounting_remark',
        // A new unit takes its object's address, as the collection's hook does (not owned: insert only).
        'address.street': 'o.address_street',
        'address.houseNumber': 'o.address_house_number',
        'address.postcode': 'o.address_postcode',
        'address.city': 'o.address_city',
        'address.country': 'o.address_country::text::enum_units_address_country',
      },
      fromColumn: {
        'address.street': null,
        'address.houseNumber': null,
        'address.postcode': null,
        'address.city': null,
        'address.country': null,
      },
      joins: `
        join objects o on o.external_key = s.object
        join holding_types h on h.code = s.holding_type
        left join holding_sub_types hs on hs.holding_type_id = h.id and hs.name = s.holding_sub_type
        join unit_statuses us on us.code = s.status
        left join staircases st on st.object_id = o.id and st.name = s.staircase
        left join allocation_offices a on a.name = s.allocation_office`,
    })
    const vacancies = await createMarkedVacancies(db, 'select u.id from units u join stage s on s.key = u.external_key')
    return {
      ...written,
      effects: { vacanciesCreated: vacancies.created, vacanciesWaitingForMoveOut: vacancies.waiting },
    }
  },
  missing: async (db, facts, context) => {
    const { keys, count } = await db.missing('units')
    const result = await db.query(
      `update units u set status_id = us.id, updated_at = now()
       from unit_statuses us
       where us.code = $1 and u.id in (select id from missing) and u.status_id is distinct from us.id`,
      [context.endedUnitStatusCode],
    )
    return { missingKeys: keys, effects: { missing: count, endedWithStatus: result.rowCount ?? 0 } }
  },
}
