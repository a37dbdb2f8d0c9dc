'use client'

import { Button, toast, useAuth, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import type { SyncResult } from '@/collections/allocation-offices/sync-municipalities'

import { postJson } from '../lib/api'

/** "Aus Gemeindeliste synchronisieren" (SPEC F-09); disabled without permission 50333. */
export function SyncMunicipalitiesButton() {
  const { permissions } = useAuth()
  const { t: translate } = useTranslation()
  const t = translate as (key: string, vars?: Record<string, unknown>) => string
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const allowed = Boolean(permissions?.collections?.['allocation-offices']?.create)

  return (
    <div style={{ margin: '0 0 12px' }}>
      <Button
        buttonStyle="secondary"
        size="small"
        disabled={!allowed || busy}
        tooltip={allowed ? undefined : t('hauswerk:syncNeedsPermission')}
        onClick={async () => {
          setBusy(true)
          try {
            const result = await postJson<SyncResult>('/api/allocation-offices/sync-municipalities')
            toast.success(t('hauswerk:syncCreated', { count: result.created }))
            router.refresh()
          } catch (error) {
            toast.error((error as Error).message)
          } finally {
            setBusy(false)
          }
        }}
      >
        {t('hauswerk:syncMunicipalities')}
      </Button>
    </div>
  )
}
