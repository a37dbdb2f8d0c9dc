'use client'

import { Button, ReactSelect, toast, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { type HauswerkKey, languageOf } from '@/i18n/language'
import { formatDay } from '@/lib/format'

type Entry = { key: string; label: string; needsTenancy: boolean; allowed: boolean }
type Tenancy = { id: number; moveIn: string | null; moveOut: string | null }

/**
 * The unit's "Berichte" button (manual, table 1700): the configured reports, each run for this
 * unit at once and opened as a PDF — no parameter dialog; a report about one tenancy first asks
 * which.
 */
export function UnitReportsButton() {
  const { id } = useDocumentInfo()
  const { t, i18n } = useTranslation<object, HauswerkKey>()
  const language = languageOf(i18n)
  const [open, setOpen] = useState(false)
  const [entries, setEntries] = useState<Entry[]>([])
  const [tenancies, setTenancies] = useState<Tenancy[]>([])
  const [tenancy, setTenancy] = useState<number | null>(null)
  const [busy, setBusy] = useState<string | null>(null)

  useEffect(() => {
    if (!open || !id) return
    fetch(`/api/unit-reports/${id}`, { credentials: 'include' })
      .then((response) => response.json())
      .then((body: { entries?: Entry[]; tenancies?: Tenancy[] }) => {
        setEntries(body.entries ?? [])
        setTenancies(body.tenancies ?? [])
        setTenancy(body.tenancies?.[0]?.id ?? null)
      })
      .catch(() => toast.error(t('hauswerk:unitReportsLoadFailed')))
  }, [open, id, t])

  if (!id) return null

  async function run(entry: Entry) {
    setBusy(entry.key)
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
      window.open(URL.createObjectURL(await response.blob()), '_blank', 'noopener')
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(null)
    }
  }

  const tenancyOptions = tenancies.map((row) => ({
    value: String(row.id),
    label: `${formatDay(row.moveIn, language)} – ${row.moveOut ? formatDay(row.moveOut, language) : t('hauswerk:unitReportsOpenEnd')}`,
  }))

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="secondary" size="small" onClick={() => setOpen(!open)} aria-expanded={open}>
        {t('hauswerk:unitReports')}
      </Button>
      {open && (
        <div>
          {entries.some((entry) => entry.needsTenancy) && tenancyOptions.length > 0 && (
            <label style={{ display: 'block', marginBottom: 'calc(var(--base) / 2)' }}>
              {t('hauswerk:unitReportsTenancy')}
              <ReactSelect
                options={tenancyOptions}
                value={tenancyOptions.find((option) => option.value === String(tenancy))}
                onChange={(option) => setTenancy(Number((option as { value: string }).value))}
              />
            </label>
          )}
          {entries.length === 0 && <p>{t('hauswerk:unitReportsNone')}</p>}
          {entries.map((entry) => (
            <Button
              key={entry.key}
              buttonStyle="subtle"
              size="small"
              disabled={!entry.allowed || busy !== null || (entry.needsTenancy && tenancy === null)}
              onClick={() => run(entry)}
            >
              {busy === entry.key ? `${entry.label} …` : entry.label}
            </Button>
          ))}
        </div>
      )}
    </div>
  )
}
