'use client'

import { Button, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import type { CalendarDate } from '@/lib/dates'

import { DayInput } from '../lib/day-input'

/** F-81: the recipients who had not opened the document by a day, as CSV for paper mail. */
export function ReceiptCsv({ csvHref, deadline }: { csvHref: string; deadline?: CalendarDate }) {
  const { i18n } = useTranslation()
  const en = i18n.language === 'en'
  const [day, setDay] = useState<CalendarDate | null>(deadline ?? null)
  const [valid, setValid] = useState(true)
  const href = day ? `${csvHref}?format=csv&deadline=${day}` : undefined
  return (
    <div className="receipt-status__csv">
      <DayInput
        id="receipt-csv-deadline"
        label={en ? 'Not opened by' : 'Nicht geöffnet bis'}
        value={day}
        onChange={setDay}
        onValidity={setValid}
        required
        language={en ? 'en' : 'de'}
      />
      <Button
        buttonStyle="secondary"
        size="medium"
        el={href && valid ? 'anchor' : 'button'}
        url={href && valid ? href : undefined}
        disabled={!href || !valid}
      >
        {en ? 'CSV for paper mail' : 'CSV für Postversand'}
      </Button>
    </div>
  )
}
