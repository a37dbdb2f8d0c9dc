import { Table } from '@payloadcms/ui'
import type { ClientField } from 'payload'
import type { ReactNode } from 'react'

export type DataColumn<Row> = { key: string; heading: ReactNode; cell: (row: Row) => ReactNode }

/**
 * Rows in Payload's own list table (its look, dark mode and density). Usable from server and
 * client components: the cells are rendered here and handed to the table as nodes.
 */
export function DataTable<Row extends { id: number | string }>({
  rows,
  columns,
  testId,
}: {
  rows: Row[]
  columns: Array<DataColumn<Row>>
  testId?: string
}) {
  return (
    <div className="hauswerk-table" data-testid={testId}>
      <Table
        data={rows.map((row) => ({ id: row.id }))}
        columns={columns.map((column) => ({
          accessor: column.key,
          active: true,
          // The table reads only accessor, heading and cells; the field is there for its type.
          field: { name: column.key, type: 'text' } as ClientField,
          Heading: column.heading,
          renderedCells: rows.map(column.cell),
        }))}
      />
    </div>
  )
}
