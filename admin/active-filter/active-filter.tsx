'use client'

import { Button, useListQuery } from '@payloadcms/ui'
import { useTranslation } from '@payloadcms/ui'
import type { Where } from 'payload'

import { activeOnWhere } from '@/lib/active-where'
import { today } from '@/lib/dates'

/**
 * "Nur aktive": filters a list to the records active today (start ≤ today ≤ end, open end
 * active). It writes the same `where` that API clients use, so the list and the API agree.
 */
function ActiveFilter({ start, end }: { start: string; end: string }) {
  const { query, handleWhereChange } = useListQuery()
  const { t } = useTranslation()
  const active = activeOnWhere(start, end, today())
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

export function TenancyActiveFilter() {
  return <ActiveFilter start="moveIn" end="moveOut" />
}

export function FunctionActiveFilter() {
  return <ActiveFilter start="from" end="until" />
}
