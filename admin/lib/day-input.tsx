'use client'

import { DatePicker, FieldError, FieldLabel, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import type { HauswerkKey } from '@/i18n/language'
import { type CalendarDate, isValidCalendarDate } from '@/lib/dates'

const typedDay = /^(\d{2})\.(\d{2})\.(\d{4})$/

/** `31.02.2026` → null (no such day), `01.03.2026` → `2026-03-01`, anything else → undefined. */
export function parseTypedDay(text: string): CalendarDate | null | undefined {
  const match = typedDay.exec(text.trim())
  if (!match) return undefined
  const day = `${match[3]}-${match[2]}-${match[1]}`
  return isValidCalendarDate(day) ? day : null
}

/** The day the person picked in the calendar, as written in their own time zone. */
function localDay(date: Date): CalendarDate {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/**
 * A calendar day in Payload's date picker: shown and typed as `dd.MM.yyyy` whatever the browser's
 * language (SPEC section 5). An impossible day (`31.02.2026`) is refused with a message instead of
 * rolling over into March; `onValidity` lets a form hold its submit while the text is not a day.
 */
export function DayInput({
  id,
  label,
  value,
  onChange,
  onValidity,
  readOnly = false,
  required = false,
}: {
  id: string
  label?: string
  value: CalendarDate | null | undefined
  onChange: (day: CalendarDate | null) => void
  onValidity?: (valid: boolean) => void
  readOnly?: boolean
  required?: boolean
}) {
  const { t } = useTranslation<object, HauswerkKey>()
  const [problem, setProblem] = useState<string | null>(null)
  const report = (next: string | null) => {
    setProblem(next)
    onValidity?.(next === null)
  }
  // While typing, only a complete but impossible day is refused; the format is checked on leaving.
  const checkTyped = (text: string, leaving: boolean) => {
    const day = text.trim() === '' ? '' : parseTypedDay(text)
    if (day === null) {
      report(t('hauswerk:dayImpossible'))
      onChange(null)
    } else if (day === undefined) {
      if (leaving) report(t('hauswerk:dayFormat'))
    } else report(null)
  }
  return (
    <div className={`field-type date-time-field${problem ? ' date-time-field--has-error error' : ''}`}>
      {label ? <FieldLabel htmlFor={id} label={label} required={required} /> : null}
      <div className="field-type__wrap">
        <DatePicker
          pickerAppearance="dayOnly"
          displayFormat="dd.MM.yyyy"
          placeholder={t('hauswerk:dayPlaceholder')}
          readOnly={readOnly}
          value={value ? new Date(`${value}T12:00:00`) : undefined}
          onChange={(picked) => {
            // Picking in the calendar or clearing with the × is always a real day (or none).
            report(null)
            onChange(picked ? localDay(picked) : null)
          }}
          overrides={{
            id,
            strictParsing: true,
            ariaInvalid: problem ? 'true' : undefined,
            ariaDescribedBy: problem ? `${id}-problem` : undefined,
            onChangeRaw: (event) => {
              const target = event?.target
              if (target instanceof HTMLInputElement) checkTyped(target.value, false)
            },
            onBlur: (event) => {
              if (event.target instanceof HTMLInputElement) checkTyped(event.target.value, true)
            },
          }}
        />
        <div id={`${id}-problem`} role="alert">
          <FieldError message={problem ?? undefined} path={id} showError={Boolean(problem)} />
        </div>
      </div>
    </div>
  )
}
