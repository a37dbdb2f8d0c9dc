'use client'

import { useAuth } from '@payloadcms/ui'
import { usePathname } from 'next/navigation'

import { useReportsText } from './say'

/** "Berichte" in the admin navigation for staff; the page itself shows which reports each may run. */
export function ReportsNavLink() {
  const { user } = useAuth()
  const { say } = useReportsText()
  const pathname = usePathname()
  if (!user || (user as { collection?: string }).collection !== 'users') return null
  const active = pathname?.startsWith('/admin/reports') ?? false
  return (
    <a
      className={`nav__link${active ? ' active' : ''}`}
      href="/admin/reports"
      aria-current={active ? 'page' : undefined}
      id="nav-reports"
    >
      {active ? <div className="nav__link-indicator" /> : null}
      <span className="nav__link-label">{say('reportsTitle')}</span>
    </a>
  )
}
