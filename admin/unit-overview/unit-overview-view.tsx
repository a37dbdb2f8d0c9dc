import type { TFunction } from '@payloadcms/translations'
import { Gutter } from '@payloadcms/ui'
import Link from 'next/link'
import type { DocumentViewServerProps } from 'payload'

import { staffContractDataButtonOn } from '@/collections/tenancies/contract-data'
import { type HauswerkKey, hauswerkT } from '@/i18n/language'
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
  const t = hauswerkT(i18n)
  const id = doc.id as number
  const query = parseOverviewQuery(searchParams)
  const base = `/admin/collections/objects/${id}/unit-overview`
  const options = await loadFilterOptions({ id, req })
  const canEditUnits = Boolean(permissions.collections?.units?.update)

  return (
    <Gutter className="unit-overview">
      <h2 className="unit-overview__title">
        {t('hauswerk:unitOverview')} · {doc.number} {doc.name}
      </h2>
      <nav className="tabs-field__tabs unit-overview__tabs" aria-label={t('hauswerk:overviewView')}>
        {(
          [
            ['units', t('hauswerk:overviewUnits')],
            ['holders', t('hauswerk:overviewHolders')],
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

      <OverviewFilters key={query.tab} base={base} query={query} options={options} />

      {query.tab === 'units' ? (
        <UnitsTable
          rows={await loadUnitRows({ id, query, req })}
          allocationOffices={options.allocationOffices}
          canEditUnits={canEditUnits}
        />
      ) : (
        <HoldersTable
          rows={await loadHolderRows({ id, query, req })}
          t={t}
          contractData={await staffContractDataButtonOn(req)}
        />
      )}
    </Gutter>
  )
}

async function HoldersTable({
  rows,
  t,
  contractData,
}: {
  rows: Awaited<ReturnType<typeof loadHolderRows>>
  t: TFunction<HauswerkKey>
  /** The "Mietvertragsdaten" button of each row (global variable 780). */
  contractData: boolean
}) {
  const kinds: Record<string, string> = { tenant: t('hauswerk:overviewTenant'), owner: t('hauswerk:overviewOwner') }
  if (rows.length === 0) return <p className="hauswerk-muted">{t('hauswerk:overviewNoHolders')}</p>
  return (
    <DataTable
      testId="holders-table"
      rows={rows.map((row) => ({ ...row, id: row.tenancyId }))}
      columns={[
        {
          key: 'unit',
          heading: t('hauswerk:overviewUnit'),
          cell: (row) => (
            <Link prefetch={false} href={`/admin/collections/units/${row.unit.id}`}>
              {row.unit.unitNumber}
            </Link>
          ),
        },
        { key: 'top', heading: t('hauswerk:overviewTop'), cell: (row) => row.unit.topNumber },
        {
          key: 'holders',
          heading: t('hauswerk:overviewHolders'),
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
        { key: 'kind', heading: t('hauswerk:overviewKind'), cell: (row) => kinds[row.kind] ?? row.kind },
        { key: 'moveIn', heading: t('hauswerk:overviewMoveIn'), cell: (row) => formatGermanDate(row.moveIn) },
        { key: 'moveOut', heading: t('hauswerk:overviewMoveOut'), cell: (row) => formatGermanDate(row.moveOut) },
        {
          key: 'tenancy',
          heading: t('hauswerk:overviewTenancy'),
          cell: (row) => (
            <>
              <Link prefetch={false} href={`/admin/collections/tenancies/${row.tenancyId}`}>
                {t('hauswerk:overviewOpen')}
              </Link>
              {contractData ? <ContractDataDrawer tenancyId={row.tenancyId} inRow /> : null}
            </>
          ),
        },
      ]}
    />
  )
}
