import { cells, required } from '../format/cells'
import { type KindDefinition, noon } from './types'

export const countries = ['AT', 'DE', 'CH', 'IT', 'XX'] as const

/** Objects (SPEC F-01), keyed by the accounting system's key. */
export const objects: KindDefinition = {
  kind: 'objects',
  keyColumn: 'key',
  requiredColumns: ['key', 'number', 'name', 'type'],
  columns: () => ({
    key: required(cells.key()),
    number: required(cells.text(50)),
    name: required(cells.text(200)),
    type: required(cells.choice(['rental', 'condominium', 'mixed'] as const)),
    street: cells.text(200),
    houseNumber: cells.text(20),
    postcode: cells.text(10),
    city: cells.text(100),
    country: cells.choice(countries),
    municipality: cells.text(20),
    takeOverDate: cells.date(),
    occupancyPermitDate: cells.date(),
    firstOccupancyDate: cells.date(),
  }),
  stage: [
    ['number', 'text'],
    ['name', 'text'],
    ['type', 'text'],
    ['street', 'text'],
    ['house_number', 'text'],
    ['postcode', 'text'],
    ['city', 'text'],
    ['country', 'text'],
    ['municipality', 'text'],
    ['take_over_date', 'date'],
    ['occupancy_permit_date', 'date'],
    ['first_occupancy_date', 'date'],
  ],
  toStage: (row) => [
    row.number,
    row.name,
    row.type,
    row.street,
    row.houseNumber,
    row.postcode,
    row.city,
    row.country,
    row.municipality,
    row.takeOverDate,
    row.occupancyPermitDate,
    row.firstOccupancyDate,
  ],
  check: async (db) => [
    ...(await db.duplicateKeys()),
    ...(await db.problems(`
      select s.line, 'number' as field, s.number as value,
             'importObjectNumberTwice' as key, json_build_object('lines', d.lines) as params
      from stage s join (select number, string_agg(line::text, ', ' order by line) as lines
                         from stage group by number having count(*) > 1) d on d.number = s.number
      order by s.line`)),
    ...(await db.problems(`
      select s.line, 'number' as field, s.number as value,
             case when o.external_key is null then 'importObjectNumberTakenById' else 'importObjectNumberTakenByKey' end as key,
             json_build_object('other', coalesce(o.external_key, o.id::text)) as params
      from stage s join objects o on o.number = s.number and o.external_key is distinct from s.key
      where not exists (select 1 from stage other where other.key = o.external_key)
      order by s.line`)),
    ...(await db.missingReference('municipality', 'municipality', 'municipalities', 'municipalities', 'code')),
  ],
  write: async (db) =>
    db.upsert({
      slug: 'objects',
      values: {
        number: 's.number',
        name: 's.name',
        type: 's.type::enum_objects_type',
        'address.street': 's.street',
        'address.houseNumber': 's.house_number',
        'address.postcode': 's.postcode',
        'address.city': 's.city',
        'address.country': `coalesce(s.country, 'AT')::enum_objects_address_country`,
        municipality: 'm.id',
        takeOverDate: noon('s.take_over_date'),
        occupancyPermitDate: noon('s.occupancy_permit_date'),
        firstOccupancyDate: noon('s.first_occupancy_date'),
      },
      // Staff own these (they correct them from the permit); a file only fills them in (ADR 0062).
      fillEmpty: ['occupancyPermitDate', 'firstOccupancyDate'],
      fromColumn: {
        'address.street': 'street',
        'address.houseNumber': 'houseNumber',
        'address.postcode': 'postcode',
        'address.city': 'city',
        'address.country': 'country',
      },
      joins: 'left join municipalities m on m.code = s.municipality',
    }),
  missing: async (db) => {
    const { keys, count } = await db.missing('objects')
    return { missingKeys: keys, effects: { missing: count } }
  },
}
