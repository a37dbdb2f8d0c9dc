'use client'

import { useAuth, useTranslation } from '@payloadcms/ui'

/** "Import" in the admin navigation, for users who may read import runs (permission 900300). */
export function ImportNavLink() {
  const { permissions } = useAuth()
  const { t } = useTranslation()
  if (!permissions?.collections?.['import-runs']?.read) return null
  return (
    <a className="nav__link" href="/admin/import" style={{ display: 'block', padding: '4px 0' }}>
      {(t as (key: string) => string)('hauswerk:importNav')}
    </a>
  )
}
