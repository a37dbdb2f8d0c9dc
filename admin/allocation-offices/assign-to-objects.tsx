'use client'

import { Button, toast, useAuth, useSelection, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useEffect, useState } from 'react'

import type { HauswerkKey } from '@/i18n/language'

import { postJson } from '../lib/api'

type Office = { id: number; name: string }

/**
 * Objects list: "zuweisungsberechtigte Gemeinde zuweisen" for the marked objects' units, with the
 * manual's choice whether offices already entered are overwritten (SPEC F-09).
 */
export function AssignOfficeToObjects() {
  const { permissions } = useAuth()
  const { t } = useTranslation<object, HauswerkKey>()
  const { getSelectedIds, count } = useSelection()
  const router = useRouter()
  const [offices, setOffices] = useState<Office[]>([])
  const [office, setOffice] = useState('')
  const [overwrite, setOverwrite] = useState(false)
  const [busy, setBusy] = useState(false)
  const allowed = Boolean(permissions?.collections?.units?.update)

  useEffect(() => {
    fetch('/api/allocation-offices?limit=0&depth=0&sort=name&select[name]=true', { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((json: { docs: Office[] }) => setOffices(json.docs))
      .catch(() => setOffices([]))
  }, [])

  async function assign() {
    setBusy(true)
    try {
      const result = await postJson<{ updated: number }>('/api/objects/assign-allocation-office', {
        objects: getSelectedIds().map(Number),
        allocationOffice: Number(office),
        overwrite,
      })
      toast.success(t('hauswerk:unitsChanged', { count: result.updated }))
      router.refresh()
    } catch (error) {
      toast.error((error as Error).message)
    } finally {
      setBusy(false)
    }
  }

  if (!allowed) return null
  return (
    <div
      role="group"
      aria-label={t('hauswerk:assignToObjects')}
      style={{ display: 'flex', gap: 12, alignItems: 'center', margin: '0 0 12px', flexWrap: 'wrap' }}
    >
      <select
        aria-label={t('hauswerk:allocationOffice')}
        value={office}
        onChange={(event) => setOffice(event.target.value)}
      >
        <option value="">{t('hauswerk:chooseAllocationOffice')}</option>
        {offices.map((option) => (
          <option key={option.id} value={String(option.id)}>
            {option.name}
          </option>
        ))}
      </select>
      <label>
        <input type="checkbox" checked={overwrite} onChange={(event) => setOverwrite(event.target.checked)} />{' '}
        {t('hauswerk:assignOverwrite')}
      </label>
      <Button size="small" buttonStyle="secondary" disabled={busy || !office || count === 0} onClick={assign}>
        {t('hauswerk:assignToMarkedObjects')}
      </Button>
    </div>
  )
}
