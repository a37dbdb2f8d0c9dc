'use client'

import { Button, CheckboxInput, Pill, SelectInput, toast, useTranslation } from '@payloadcms/ui'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { type HauswerkKey, languageOf } from '@/i18n/language'
import { formatDecimal } from '@/lib/format'

import { postJson } from '../lib/api'

import { DataTable } from '../lib/data-table'
import type { UnitRow } from './load'

type Props = {
  rows: UnitRow[]
  allocationOffices: Array<{ value: number | string; label: string }>
  canEditUnits: boolean
}

/** The units tab with selection, the bulk allocation-office assignment and the jumps. */
export function UnitsTable({ rows, allocationOffices, canEditUnits }: Props) {
  const { t, i18n } = useTranslation<object, HauswerkKey>()
  const router = useRouter()
  const [selected, setSelected] = useState<Set<number>>(new Set())
  const [office, setOffice] = useState('')
  const [busy, setBusy] = useState(false)
  const allSelected = rows.length > 0 && selected.size === rows.length

  const toggle = (id: number) =>
    setSelected((current) => {
      const next = new Set(current)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })

  async function assign(allocationOffice: number | null) {
    setBusy(true)
    try {
      const result = await postJson<{ updated: number }>('/api/units/assign-allocation-office', {
        units: [...selected],
        allocationOffice,
      })
      toast.success(t('hauswerk:unitsChanged', { count: result.updated }))
      setSelected(new Set())
      router.refresh()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  if (rows.length === 0) {
    return <p className="hauswerk-muted">{t('hauswerk:overviewNoUnits')}</p>
  }

  return (
    <>
      <div className="unit-overview__bulk" role="group" aria-label={t('hauswerk:overviewAssignOffice')}>
        <Pill size="small" pillStyle={selected.size ? 'dark' : 'light-gray'}>
          {t('hauswerk:overviewSelected', { count: selected.size })}
        </Pill>
        <SelectInput
          name="allocationOffice"
          path="allocationOffice"
          placeholder={t('hauswerk:chooseAllocationOffice')}
          options={allocationOffices.map((option) => ({ value: String(option.value), label: option.label }))}
          value={office}
          readOnly={!canEditUnits}
          onChange={(option) => setOffice(Array.isArray(option) ? '' : String(option?.value ?? ''))}
        />
        <Button
          size="medium"
          buttonStyle="secondary"
          disabled={!canEditUnits || busy || !office || selected.size === 0}
          onClick={() => assign(Number(office))}
        >
          {t('hauswerk:overviewAssign')}
        </Button>
        <Button
          size="medium"
          buttonStyle="secondary"
          disabled={!canEditUnits || busy || selected.size === 0}
          onClick={() => assign(null)}
        >
          {t('hauswerk:overviewRemoveOffice')}
        </Button>
      </div>
      <DataTable
        testId="units-table"
        rows={rows}
        columns={[
          {
            key: '_select',
            heading: (
              <CheckboxInput
                id="units-select-all"
                className="unit-overview__select"
                label={t('hauswerk:overviewSelectAll')}
                checked={allSelected}
                partialChecked={selected.size > 0 && !allSelected}
                onToggle={() => setSelected(allSelected ? new Set() : new Set(rows.map((row) => row.id)))}
              />
            ),
            cell: (row) => (
              <CheckboxInput
                id={`units-select-${row.id}`}
                className="unit-overview__select"
                label={t('hauswerk:overviewSelectUnit', { unit: row.unitNumber })}
                checked={selected.has(row.id)}
                onToggle={() => toggle(row.id)}
              />
            ),
          },
          {
            key: 'unitNumber',
            heading: t('hauswerk:overviewUnit'),
            cell: (row) => (
              <Link prefetch={false} href={`/admin/collections/units/${row.id}`}>
                {row.unitNumber}
              </Link>
            ),
          },
          { key: 'topNumber', heading: t('hauswerk:overviewTop'), cell: (row) => row.topNumber },
          { key: 'buildingPart', heading: t('hauswerk:overviewBuildingPart'), cell: (row) => row.buildingPart },
          { key: 'staircase', heading: t('hauswerk:overviewStaircase'), cell: (row) => row.staircase },
          { key: 'holdingType', heading: t('hauswerk:overviewHoldingType'), cell: (row) => row.holdingType },
          {
            key: 'status',
            heading: t('hauswerk:overviewStatus'),
            cell: (row) => (
              <>
                {row.status}{' '}
                {row.active ? null : (
                  <Pill size="small" pillStyle="light-gray">
                    {t('hauswerk:overviewInactive')}
                  </Pill>
                )}
              </>
            ),
          },
          {
            key: 'netArea',
            heading: <span className="unit-overview__number">{t('hauswerk:overviewArea')}</span>,
            cell: (row) => (
              <span className="unit-overview__number">
                {row.netArea === null ? '' : formatDecimal(row.netArea, 2, languageOf(i18n))}
              </span>
            ),
          },
          {
            key: 'holders',
            heading: t('hauswerk:overviewHolders'),
            cell: (row) => (
              <>
                {row.holders.map((holder, index) => (
                  <span key={holder.id}>
                    {index > 0 ? '; ' : ''}
                    <Link prefetch={false} href={`/admin/collections/persons/${holder.id}`}>
                      {holder.name}
                    </Link>
                  </span>
                ))}
                {row.tenancyId ? (
                  <>
                    {' '}
                    <Link
                      prefetch={false}
                      className="hauswerk-muted"
                      href={`/admin/collections/tenancies/${row.tenancyId}`}
                    >
                      ({t('hauswerk:overviewContract')})
                    </Link>
                  </>
                ) : null}
              </>
            ),
          },
          {
            key: 'allocationOffice',
            heading: t('hauswerk:allocationOffice'),
            cell: (row) => row.allocationOffice,
          },
          {
            key: 'actions',
            heading: <span className="sr-only">{t('hauswerk:overviewActions')}</span>,
            cell: (row) => (
              <Button
                size="small"
                buttonStyle="secondary"
                el={canEditUnits ? 'link' : 'button'}
                url={canEditUnits ? `/admin/collections/units/${row.id}` : undefined}
                disabled={!canEditUnits}
                tooltip={canEditUnits ? undefined : t('hauswerk:needsPermission', { code: 195101 })}
              >
                {t('hauswerk:overviewEdit')}
              </Button>
            ),
          },
        ]}
      />
    </>
  )
}
