'use client'

import { useAuth, useTranslation } from '@payloadcms/ui'

/** "Berichte" in the admin navigation for staff; the page itself shows which reports each may run. */
export function ReportsNavLink() {
  const { user } = useAuth()
  const { i18n } = useTranslation()
  if (!user || (user as { collection?: string }).collection !== 'users') return null
  return (
    <a className="nav__link" href="/admin/reports" style={{ display: 'block', padding: '4px 0' }}>
      {i18n.language === 'en' ? 'Reports' : 'Berichte'}
    </a>
  )
}
