'use client'

import { Button, FieldLabel, ReactSelect, toast, useDocumentInfo, useDrawerSlug, useModal } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { formatDay } from '@/lib/format'

import { useReportsText } from '../reports/say'
import { TitledDrawer } from '../lib/titled-drawer'

type Entry = { key: string; label: string; needsTenancy: boolean; allowed: boolean }
type Tenancy = { id: number; moveIn: string | null; moveOut: string | null }

/**
 * The unit's "Berichte" button (manual, table 1700): a drawer with the configured reports, each
 * run for this unit at once and opened as a PDF — no parameter dialog; a report about one tenancy
 * first asks which.
 */
export function UnitReportsButton() {
  const { id } = useDocumentInfo()
  const { say, language } = useReportsText()
  const { openModal, isModalOpen } = useModal()
  const slug = useDrawerSlug('unit-reports')
  const open = isModalOpen(slug)
  const [entries, setEntries] = useState<Entry[] | null>(null)
  const [tenancies, setTenancies] = useState<Tenancy[]>([])
  const [tenancy, setTenancy] = useState<number | null>(null)
  const [busy, setBusy] = useState<string | null>(null)

  useEffect(() => {
    if (!open || !id) return
    fetch(`/api/unit-reports/${id}`, { credentials: 'include' })
      .then((response) => {
        if (!response.ok) throw new Error(response.statusText)
        return response.json()
      })
      .then((body: { entries?: Entry[]; tenancies?: Tenancy[] }) => {
        setEntries(body.entries ?? [])
        setTenancies(body.tenancies ?? [])
        setTenancy(body.tenancies?.[0]?.id ?? null)
      })
      .catch(() => toast.error(say('reportsUnitLoadFailed')))
    // `say` changes identity each render; the language does not change while the drawer is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, id])

  if (!id) return null

  async function run(entry: Entry) {
    setBusy(entry.key)
    // Opened before the request so that the browser counts it as the click's own window.
    const target = window.open('', '_blank')
    try {
      const response = await fetch(`/api/unit-reports/${id}/${entry.key}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ format: 'pdf', ...(entry.needsTenancy && tenancy ? { tenancy } : {}) }),
      })
      if (!response.ok) {
        const body = await response.json().catch(() => ({}))
        throw new Error(body.errors?.[0]?.message ?? response.statusText)
      }
      const url = URL.createObjectURL(await response.blob())
      if (target) target.location.href = url
      else window.location.href = url
    } catch (error) {
      target?.close()
      toast.error((error as Error).message)
    } finally {
      setBusy(null)
    }
  }

  const tenancyOptions = tenancies.map((row) => ({
    value: String(row.id),
    label: `${formatDay(row.moveIn, language)} – ${row.moveOut ? formatDay(row.moveOut, language) : say('reportsUnitOpen')}`,
  }))

  return (
    <div className="field-type unit-reports" style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="secondary" size="small" onClick={() => openModal(slug)}>
        {say('reportsUnitButton')}
      </Button>
      <TitledDrawer slug={slug} title={say('reportsUnitDrawer')} className="unit-reports-drawer">
        <p>{say('reportsUnitHint')}</p>
        {entries?.some((entry) => entry.needsTenancy) && tenancyOptions.length > 0 ? (
          <div className="field-type select" style={{ maxWidth: 'calc(var(--base) * 20)' }}>
            <FieldLabel htmlFor="unit-reports-tenancy" label={say('reportsUnitTenancy')} />
            <ReactSelect
              inputId="unit-reports-tenancy"
              options={tenancyOptions}
              value={tenancyOptions.find((option) => option.value === String(tenancy))}
              onChange={(option) => setTenancy(Number((option as { value: string }).value))}
            />
          </div>
        ) : null}
        {entries?.length === 0 ? <p>{say('reportsUnitNone')}</p> : null}
        <ul
          className="unit-reports-drawer__list"
          style={{
            listStyle: 'none',
            padding: 0,
            display: 'grid',
            gap: 'calc(var(--base) / 2)',
            justifyItems: 'start',
          }}
        >
          {(entries ?? []).map((entry) => (
            <li key={entry.key}>
              <Button
                buttonStyle="secondary"
                size="medium"
                disabled={!entry.allowed || busy !== null || (entry.needsTenancy && tenancy === null)}
                onClick={() => run(entry)}
              >
                {busy === entry.key ? say('reportsUnitRunning', { label: entry.label }) : entry.label}
              </Button>
            </li>
          ))}
        </ul>
      </TitledDrawer>
    </div>
  )
}
