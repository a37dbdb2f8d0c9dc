'use client'

import { Button, useListQuery } from '@payloadcms/ui'
import { useTranslation } from '@payloadcms/ui'
import type { Where } from 'payload'

import { activeOnWhere } from '@/lib/active-where'
import type { CalendarDate } from '@/lib/dates'

/**
 * "Nur aktive": filters a list to the records active today (start ≤ today ≤ end, open end
 * active). It writes the same `where` that API clients use, so the list and the API agree.
 * The day comes from the server (the company's time zone), not from the browser's clock.
 */
export function ActiveFilter({ start, end, day }: { start: string; end: string; day: CalendarDate }) {
  const { query, handleWhereChange } = useListQuery()
  const { i18n } = useTranslation()
  const active = activeOnWhere(start, end, day)
  const isOn = JSON.stringify(query.where) === JSON.stringify(active)
  const english = i18n.language === 'en'

  return (
    <div style={{ display: 'flex', gap: 8, margin: '0 0 12px' }}>
      <Button
        buttonStyle={isOn ? 'primary' : 'secondary'}
        size="small"
        onClick={() => handleWhereChange?.(isOn ? ({} as Where) : active)}
      >
        {isOn
          ? english
            ? 'Showing active only — show all'
            : 'Nur aktive – alle zeigen'
          : english
            ? 'Active today only'
            : 'Nur heute aktive'}
      </Button>
    </div>
  )
}
