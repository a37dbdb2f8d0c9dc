'use client'

import { Button, useListQuery, useTranslation } from '@payloadcms/ui'
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
  const { t } = useTranslation()
  const active = activeOnWhere(start, end, day)
  const isOn = JSON.stringify(query.where) === JSON.stringify(active)

  return (
    <div style={{ display: 'flex', gap: 8, margin: '0 0 12px' }}>
      <Button
        buttonStyle={isOn ? 'primary' : 'secondary'}
        size="small"
        onClick={() => handleWhereChange?.(isOn ? ({} as Where) : active)}
      >
        {(t as (key: string) => string)(isOn ? 'hauswerk:activeOnlyShowAll' : 'hauswerk:activeTodayOnly')}
      </Button>
    </div>
  )
}
