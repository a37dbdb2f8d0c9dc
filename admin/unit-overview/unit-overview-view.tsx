import { Gutter } from '@payloadcms/ui'
import Link from 'next/link'
import type { DocumentViewServerProps } from 'payload'

import { staffContractDataButtonOn } from '@/collections/tenancies/contract-data'
import { formatGermanDate } from '@/lib/dates'

import { DataTable } from '../lib/data-table'
import { ContractDataDrawer } from '../tenancies/contract-data-drawer'
import { loadFilterOptions, loadHolderRows, loadUnitRows } from './load'
import { OverviewFilters } from './overview-filters'
import { parseOverviewQuery } from './query'
import { UnitsTable } from './units-table'
import './unit-overview.css'

/** SPEC F-03: an object's units and holders, with their filters, jumps and bulk assignment. */
export async function UnitOverviewView({ doc, initPageResult, searchParams, i18n }: DocumentViewServerProps) {
  const { req, permissions } = initPageResult
  const en = i18n.language === 'en'
  const t = (de: string, english: string) => (en ? english : de)
  const id = doc.id as number
  const query = parseOverviewQuery(searchParams)
  const base = `/admin/collections/objects/${id}/unit-overview`
  const options = await loadFilterOptions({ id, req })
  const canEditUnits = Boolean(permissions.collections?.units?.update)

  return (
    <Gutter className="unit-overview">
      <h2 className="unit-overview__title">
        {t('Einheitenübersicht', 'Unit overview')} · {doc.number} {doc.name}
      </h2>
      <nav className="tabs-field__tabs unit-overview__tabs" aria-label={t('Ansicht', 'View')}>
        {(
          [
            ['units', t('Einheiten', 'Units')],
            ['holders', t('Bestandnehmer', 'Holders')],
          ] as const
        ).map(([tab, label]) => (
          <Link
            key={tab}
            href={`${base}?tab=${tab}`}
            className={`tabs-field__tab-button${query.tab === tab ? ' tabs-field__tab-button--active' : ''}`}
            aria-current={query.tab === tab ? 'page' : undefined}
          >
            {label}
          </Link>
        ))}
      </nav>

      <OverviewFilters key={query.tab} base={base} query={query} options={options} english={en} />

      {query.tab === 'units' ? (
        <UnitsTable
          rows={await loadUnitRows({ id, query, req })}
          allocationOffices={options.allocationOffices}
          canEditUnits={canEditUnits}
          english={en}
        />
      ) : (
        <HoldersTable
          rows={await loadHolderRows({ id, query, req })}
          english={en}
          contractData={await staffContractDataButtonOn(req)}
        />
      )}
    </Gutter>
  )
}

async function HoldersTable({
  rows,
  english,
  contractData,
}: {
  rows: Awaited<ReturnType<typeof loadHolderRows>>
  english: boolean
  /** The "Mietvertragsdaten" button of each row (global variable 780). */
  contractData: boolean
}) {
  const t = (de: string, en: string) => (english ? en : de)
  const kinds: Record<string, string> = { tenant: t('Mieter', 'Tenant'), owner: t('Eigentümer', 'Owner') }
  if (rows.length === 0)
    return (
      <p className="hauswerk-muted">{t('Keine Bestandnehmer für diesen Filter.', 'No holders match this filter.')}</p>
    )
  return (
    <DataTable
      testId="holders-table"
      rows={rows.map((row) => ({ ...row, id: row.tenancyId }))}
      columns={[
        {
          key: 'unit',
          heading: t('Einheit', 'Unit'),
          cell: (row) => (
            <Link prefetch={false} href={`/admin/collections/units/${row.unit.id}`}>
              {row.unit.unitNumber}
            </Link>
          ),
        },
        { key: 'top', heading: t('Top', 'Top'), cell: (row) => row.unit.topNumber },
        {
          key: 'holders',
          heading: t('Bestandnehmer', 'Holders'),
          cell: (row) =>
            row.holders.map((holder, index) => (
              <span key={holder.id}>
                {index > 0 ? '; ' : ''}
                <Link prefetch={false} href={`/admin/collections/persons/${holder.id}`}>
                  {holder.name}
                </Link>
              </span>
            )),
        },
        { key: 'kind', heading: t('Art', 'Kind'), cell: (row) => kinds[row.kind] ?? row.kind },
        { key: 'moveIn', heading: t('Bezug', 'Move-in'), cell: (row) => formatGermanDate(row.moveIn) },
        { key: 'moveOut', heading: t('Auszug', 'Move-out'), cell: (row) => formatGermanDate(row.moveOut) },
        {
          key: 'tenancy',
          heading: t('Bestandsverhältnis', 'Tenancy'),
          cell: (row) => (
            <>
              <Link prefetch={false} href={`/admin/collections/tenancies/${row.tenancyId}`}>
                {t('öffnen', 'open')}
              </Link>
              {contractData ? <ContractDataDrawer tenancyId={row.tenancyId} inRow /> : null}
            </>
          ),
        },
      ]}
    />
  )
}
