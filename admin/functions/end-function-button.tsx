'use client'

import { Button, toast, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { postJson } from '../lib/api'

/** "Enddatum setzen" (SPEC F-08): ends the function today. Disabled without the edit permission. */
export function EndFunctionButton() {
  const { id, docPermissions, data } = useDocumentInfo()
  const { t: translate } = useTranslation()
  const t = translate as (key: string) => string
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  if (!id) return null
  const allowed = Boolean(docPermissions?.update) && data?.source !== 'accounting'

  return (
    <Button
      buttonStyle="secondary"
      size="medium"
      disabled={!allowed || busy}
      onClick={async () => {
        setBusy(true)
        try {
          await postJson(`/api/functions/${id}/end`)
          toast.success(t('hauswerk:endFunctionDone'))
          router.refresh()
        } catch (error) {
          toast.error((error as Error).message)
        } finally {
          setBusy(false)
        }
      }}
    >
      {t('hauswerk:endFunctionToday')}
    </Button>
  )
}
