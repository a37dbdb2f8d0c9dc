import { Gutter } from '@payloadcms/ui'
import type { DocumentViewServerProps } from 'payload'

import { formatGermanDate } from '@/lib/dates'

import { loadFilterOptions, loadHolderRows, loadUnitRows } from './load'
import { parseOverviewQuery, type OverviewQuery } from './query'
import { UnitsTable } from './units-table'
import './unit-overview.css'

type Option = { value: number | string; label: string }

function Select({
  name,
  label,
  options,
  value,
  empty,
}: {
  name: string
  label: string
  options: Option[]
  value?: number | string
  empty: string
}) {
  return (
    <label className="unit-overview__filter">
      <span>{label}</span>
      <select name={name} defaultValue={value === undefined ? '' : String(value)}>
        <option value="">{empty}</option>
        {options.map((option) => (
          <option key={option.value} value={String(option.value)}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
}

function Checkbox({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <label className="unit-overview__check">
      <input type="checkbox" name={name} value="1" defaultChecked={checked} />
      {label}
    </label>
  )
}

function tabHref(base: string, tab: OverviewQuery['tab']) {
  return `${base}?tab=${tab}`
}

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
      <nav className="unit-overview__tabs" aria-label={t('Ansicht', 'View')}>
        <a href={tabHref(base, 'units')} aria-current={query.tab === 'units' ? 'page' : undefined}>
          {t('Einheiten', 'Units')}
        </a>
        <a href={tabHref(base, 'holders')} aria-current={query.tab === 'holders' ? 'page' : undefined}>
          {t('Bestandnehmer', 'Holders')}
        </a>
      </nav>

      <form method="get" action={base} className="unit-overview__filters" aria-label={t('Filter', 'Filters')}>
        <input type="hidden" name="tab" value={query.tab} />
        {query.tab === 'units' ? (
          <>
            <Select
              name="staircase"
              label={t('Stiege', 'Staircase')}
              options={options.staircases}
              value={query.staircase}
              empty={t('alle', 'all')}
            />
            <Select
              name="costSector"
              label={t('Sachbereich', 'Cost sector')}
              options={options.costSectors}
              value={query.costSector}
              empty={t('–', '–')}
            />
            <Select
              name="billingUnit"
              label={t('Verrechnungseinheit', 'Billing unit')}
              options={(query.costSector ? (options.billingUnits[String(query.costSector)] ?? []) : []).map(
                (unit: string) => ({ value: unit, label: unit }),
              )}
              value={query.billingUnit}
              empty={query.costSector ? t('alle', 'all') : t('erst Sachbereich wählen', 'choose a cost sector first')}
            />
            <Checkbox name="inactive" label={t('auch inaktive', 'also inactive')} checked={Boolean(query.inactive)} />
          </>
        ) : (
          <>
            <Select
              name="holderKind"
              label={t('Bestandnehmer', 'Holders')}
              options={[
                { value: 'tenant', label: t('nur Mieter', 'only tenants') },
                { value: 'owner', label: t('nur Eigentümer', 'only owners') },
              ]}
              value={query.holderKind}
              empty={t('Mieter und Eigentümer', 'tenants and owners')}
            />
            <Select
              name="holdingType"
              label={t('Bestandsart', 'Holding type')}
              options={options.holdingTypes}
              value={query.holdingType}
              empty={t('alle', 'all')}
            />
            <Checkbox
              name="movedOut"
              label={t('auch ausgezogene', 'also moved out')}
              checked={Boolean(query.movedOut)}
            />
            <Checkbox name="inactive" label={t('auch inaktive', 'also inactive')} checked={Boolean(query.inactive)} />
          </>
        )}
        <button type="submit" className="btn btn--style-secondary btn--size-small">
          {t('Filtern', 'Filter')}
        </button>
      </form>

      {query.tab === 'units' ? (
        <UnitsTable
          rows={await loadUnitRows({ id, query, req })}
          allocationOffices={options.allocationOffices}
          canEditUnits={canEditUnits}
          english={en}
        />
      ) : (
        <HoldersTable rows={await loadHolderRows({ id, query, req })} english={en} />
      )}
    </Gutter>
  )
}

async function HoldersTable({ rows, english }: { rows: Awaited<ReturnType<typeof loadHolderRows>>; english: boolean }) {
  const t = (de: string, en: string) => (english ? en : de)
  const kinds: Record<string, string> = { tenant: t('Mieter', 'Tenant'), owner: t('Eigentümer', 'Owner') }
  if (rows.length === 0)
    return (
      <p className="hauswerk-muted">{t('Keine Bestandnehmer für diesen Filter.', 'No holders match this filter.')}</p>
    )
  return (
    <table className="unit-overview__table" data-testid="holders-table">
      <thead>
        <tr>
          <th>{t('Einheit', 'Unit')}</th>
          <th>{t('Top', 'Top')}</th>
          <th>{t('Bestandnehmer', 'Holders')}</th>
          <th>{t('Art', 'Kind')}</th>
          <th>{t('Bezug', 'Move-in')}</th>
          <th>{t('Auszug', 'Move-out')}</th>
          <th>{t('Bestandsverhältnis', 'Tenancy')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.tenancyId}>
            <td>
              <a href={`/admin/collections/units/${row.unit.id}`}>{row.unit.unitNumber}</a>
            </td>
            <td>{row.unit.topNumber}</td>
            <td>
              {row.holders.map((holder, index) => (
                <span key={holder.id}>
                  {index > 0 ? '; ' : ''}
                  <a href={`/admin/collections/persons/${holder.id}`}>{holder.name}</a>
                </span>
              ))}
            </td>
            <td>{kinds[row.kind] ?? row.kind}</td>
            <td>{formatGermanDate(row.moveIn)}</td>
            <td>{formatGermanDate(row.moveOut)}</td>
            <td>
              <a href={`/admin/collections/tenancies/${row.tenancyId}`}>{t('öffnen', 'open')}</a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
