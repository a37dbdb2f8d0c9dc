'use client'

import { Button, useDocumentInfo } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import { useReportsText } from './say'

type Entry = { key: string; title: { de: string; en: string }; group: string; allowed: boolean; permission: number }

/**
 * The object menu's reports (53031 unit list, 53040 vacancies) on an object: each opens the
 * report's dialog in Berichte with this object filled in; without the code it is disabled.
 */
export function ObjectReportsLinks() {
  const { id } = useDocumentInfo()
  const { say, language } = useReportsText()
  const [entries, setEntries] = useState<Entry[]>([])
  useEffect(() => {
    if (!id) return
    fetch('/api/reports', { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { reports: [] }))
      .then((body: { reports: Entry[] }) => setEntries(body.reports.filter((report) => report.group === 'objectMenu')))
      .catch(() => setEntries([]))
  }, [id])
  if (!id || entries.length === 0) return null
  return (
    <>
      {entries.map((entry) => (
        <Button
          key={entry.key}
          buttonStyle="secondary"
          size="medium"
          el={entry.allowed ? 'link' : undefined}
          url={entry.allowed ? `/admin/reports?report=${entry.key}&object=${id}` : undefined}
          disabled={!entry.allowed}
          tooltip={entry.allowed ? undefined : say('reportsMissingPermission', { code: entry.permission })}
        >
          {entry.title[language]}
        </Button>
      ))}
    </>
  )
}
