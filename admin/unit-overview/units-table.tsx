'use client'

import { Button, toast } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { formatDecimal } from '@/lib/format'

import { postJson } from '../lib/api'
import type { UnitRow } from './load'

type Props = {
  rows: UnitRow[]
  allocationOffices: Array<{ value: number | string; label: string }>
  canEditUnits: boolean
  english: boolean
}

/** The units tab with selection, the bulk allocation-office assignment and the jumps. */
export function UnitsTable({ rows, allocationOffices, canEditUnits, english }: Props) {
  const t = (de: string, en: string) => (english ? en : de)
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
      toast.success(t(`${result.updated} Einheit(en) geändert.`, `${result.updated} unit(s) changed.`))
      setSelected(new Set())
      router.refresh()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  if (rows.length === 0) {
    return <p className="hauswerk-muted">{t('Keine Einheiten für diesen Filter.', 'No units match this filter.')}</p>
  }

  return (
    <>
      <div
        className="unit-overview__bulk"
        role="group"
        aria-label={t('Vergabestelle zuweisen', 'Assign allocation office')}
      >
        <span>{t(`${selected.size} ausgewählt`, `${selected.size} selected`)}</span>
        <select
          aria-label={t('Vergabestelle', 'Allocation office')}
          value={office}
          onChange={(event) => setOffice(event.target.value)}
          disabled={!canEditUnits}
        >
          <option value="">{t('Vergabestelle wählen …', 'Choose allocation office …')}</option>
          {allocationOffices.map((option) => (
            <option key={option.value} value={String(option.value)}>
              {option.label}
            </option>
          ))}
        </select>
        <Button
          size="small"
          buttonStyle="secondary"
          disabled={!canEditUnits || busy || !office || selected.size === 0}
          onClick={() => assign(Number(office))}
        >
          {t('Zuweisen', 'Assign')}
        </Button>
        <Button
          size="small"
          buttonStyle="secondary"
          disabled={!canEditUnits || busy || selected.size === 0}
          onClick={() => assign(null)}
        >
          {t('Vergabestelle entfernen', 'Remove allocation office')}
        </Button>
      </div>
      <table className="unit-overview__table" data-testid="units-table">
        <thead>
          <tr>
            <th>
              <input
                type="checkbox"
                aria-label={t('alle auswählen', 'select all')}
                checked={allSelected}
                onChange={() => setSelected(allSelected ? new Set() : new Set(rows.map((row) => row.id)))}
              />
            </th>
            <th>{t('Einheit', 'Unit')}</th>
            <th>{t('Top', 'Top')}</th>
            <th>{t('Gebäudeteil', 'Building part')}</th>
            <th>{t('Stiege', 'Staircase')}</th>
            <th>{t('Bestandsart', 'Holding type')}</th>
            <th>{t('Status', 'Status')}</th>
            <th className="unit-overview__number">{t('Fläche m²', 'Area m²')}</th>
            <th>{t('Bestandnehmer', 'Holders')}</th>
            <th>{t('Vergabestelle', 'Allocation office')}</th>
            <th>
              <span className="sr-only">{t('Aktionen', 'Actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className={row.active ? undefined : 'unit-overview__inactive'}>
              <td>
                <input
                  type="checkbox"
                  aria-label={t(`Einheit ${row.unitNumber} auswählen`, `Select unit ${row.unitNumber}`)}
                  checked={selected.has(row.id)}
                  onChange={() => toggle(row.id)}
                />
              </td>
              <td>
                <a href={`/admin/collections/units/${row.id}`}>{row.unitNumber}</a>
              </td>
              <td>{row.topNumber}</td>
              <td>{row.buildingPart}</td>
              <td>{row.staircase}</td>
              <td>{row.holdingType}</td>
              <td>
                {row.status}
                {row.active ? '' : t(' (inaktiv)', ' (inactive)')}
              </td>
              <td className="unit-overview__number">
                {row.netArea === null ? '' : formatDecimal(row.netArea, 2, english ? 'en' : 'de')}
              </td>
              <td>
                {row.holders.map((holder, index) => (
                  <span key={holder.id}>
                    {index > 0 ? '; ' : ''}
                    <a href={`/admin/collections/persons/${holder.id}`}>{holder.name}</a>
                  </span>
                ))}
                {row.tenancyId ? (
                  <>
                    {' '}
                    <a className="hauswerk-muted" href={`/admin/collections/tenancies/${row.tenancyId}`}>
                      ({t('Vertrag', 'contract')})
                    </a>
                  </>
                ) : null}
              </td>
              <td>{row.allocationOffice}</td>
              <td>
                <Button
                  size="small"
                  buttonStyle="secondary"
                  el={canEditUnits ? 'link' : 'button'}
                  url={canEditUnits ? `/admin/collections/units/${row.id}` : undefined}
                  disabled={!canEditUnits}
                  tooltip={canEditUnits ? undefined : t('Benötigt Berechtigung 195101', 'Needs permission 195101')}
                >
                  {t('Bearbeiten', 'Edit')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
