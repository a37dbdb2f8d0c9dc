'use client'

import { Button, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import type { HauswerkKey } from '@/i18n/language'
import type { CalendarDate } from '@/lib/dates'

import { DayInput } from '../lib/day-input'

/** F-81: the recipients who had not opened the document by a day, as CSV for paper mail. */
export function ReceiptCsv({ csvHref, deadline }: { csvHref: string; deadline?: CalendarDate }) {
  const { t } = useTranslation<object, HauswerkKey>()
  const [day, setDay] = useState<CalendarDate | null>(deadline ?? null)
  const [valid, setValid] = useState(true)
  const href = day ? `${csvHref}?format=csv&deadline=${day}` : undefined
  return (
    <div className="receipt-status__csv">
      <DayInput
        id="receipt-csv-deadline"
        label={t('hauswerk:receiptNotOpenedBy')}
        value={day}
        onChange={setDay}
        onValidity={setValid}
        required
      />
      <Button
        buttonStyle="secondary"
        size="medium"
        el={href && valid ? 'anchor' : 'button'}
        url={href && valid ? href : undefined}
        disabled={!href || !valid}
      >
        {t('hauswerk:receiptCsv')}
      </Button>
    </div>
  )
}
