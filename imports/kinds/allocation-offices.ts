import { cells, required } from '../format/cells'
import type { KindDefinition } from './types'

/**
 * Allocation offices (SPEC F-09), keyed by their unique name. Staff own them: the import creates
 * the ones that are missing (like the municipality sync) and never changes existing ones.
 */
export const allocationOffices: KindDefinition = {
  kind: 'allocation-offices',
  keyColumn: 'name',
  requiredColumns: ['name'],
  columns: () => ({
    name: required(cells.text(200)),
    workflowName: cells.text(200),
    municipality: cells.text(20),
    email: cells.text(200),
    phone: cells.text(50),
  }),
  stage: [
    ['workflow_name', 'text'],
    ['municipality', 'text'],
    ['email', 'text'],
    ['phone', 'text'],
  ],
  toStage: (row) => [row.workflowName, row.municipality, row.email, row.phone],
  check: async (db) => [
    ...(await db.duplicateKeys('name')),
    ...(await db.missingReference('municipality', 'municipality', 'municipalities', 'municipalities', 'code')),
    ...(await db.problems(`
      select s.line, 'municipality' as field, s.municipality as value,
             'importMunicipalityTaken' as key
      from stage s join municipalities m on m.code = s.municipality
      join allocation_offices a on a.municipality_id = m.id and a.name <> s.key
      order by s.line`)),
  ],
  write: async (db) => {
    const { rows } = await db.query<{ created: string }>(`
      with written as (
        insert into allocation_offices (name, workflow_name, municipality_id, email, phone)
        select s.key, s.workflow_name, m.id, s.email, s.phone
        from stage s left join municipalities m on m.code = s.municipality
        on conflict (name) do nothing
        returning id)
      select count(*) as created from written`)
    return { created: Number(rows[0].created), updated: 0 }
  },
}
