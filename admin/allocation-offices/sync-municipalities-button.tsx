'use client'

import { Button, toast, useAuth, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import type { SyncResult } from '@/lib/sync-municipalities'

import { postJson } from '../lib/api'

/** "Aus Gemeindeliste synchronisieren" (SPEC F-09); disabled without permission 50333. */
export function SyncMunicipalitiesButton() {
  const { permissions } = useAuth()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const english = i18n.language === 'en'
  const allowed = Boolean(permissions?.collections?.['allocation-offices']?.create)

  return (
    <div style={{ margin: '0 0 12px' }}>
      <Button
        buttonStyle="secondary"
        size="small"
        disabled={!allowed || busy}
        tooltip={allowed ? undefined : english ? 'Needs permission 50333' : 'Benötigt Berechtigung 50333'}
        onClick={async () => {
          setBusy(true)
          try {
            const result = await postJson<SyncResult>('/api/allocation-offices/sync-municipalities')
            toast.success(
              english
                ? `${result.created} allocation office(s) created from the municipality list.`
                : `${result.created} Vergabestelle(n) aus der Gemeindeliste angelegt.`,
            )
            router.refresh()
          } catch (error) {
            toast.error((error as Error).message)
          } finally {
            setBusy(false)
          }
        }}
      >
        {english ? 'Synchronise from municipality list' : 'Aus Gemeindeliste synchronisieren'}
      </Button>
    </div>
  )
}
