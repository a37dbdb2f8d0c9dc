'use client'

import { DateTimeField, useField } from '@payloadcms/ui'
import type { DateFieldClientComponent } from 'payload'
import type { ChangeEvent } from 'react'

import { isValidCalendarDate, storedDate, typedGermanDate } from '@/lib/dates'

/**
 * Payload's date field, parsing typed text strictly: react-datepicker otherwise falls back to
 * `new Date(text)` and turns `31.02.2026` into another day without a word. A whole date that does
 * not exist stays in the form as typed, so the field's validation refuses it with its reason
 * (`invalidDate`) at the field, in the form as on the server; the text stays editable until it
 * is a day again.
 */
export const CalendarDateField: DateFieldClientComponent = (props) => {
  const { value, setValue } = useField<string | null>({ potentiallyStalePath: props.path })
  const typedText = typeof value === 'string' && value !== '' && !isValidCalendarDate(value) ? value : null
  const onChangeRaw = (event?: ChangeEvent<HTMLInputElement>) => {
    const text = event?.target instanceof HTMLInputElement ? event.target.value : undefined
    if (text === undefined) return
    const typed = typedGermanDate(text)
    // Strict parsing takes only `01.03.2026`; `1.3.2026` is the same day.
    if (typed && typed !== 'impossible') setValue(storedDate(typed))
    else if (typed === 'impossible' || typedText !== null) setValue(text || null)
  }
  const date = props.field.admin?.date as { overrides?: Record<string, unknown> } | undefined
  // While the text is no day, the picker shows it as typed and selects nothing (an invalid Date
  // would make it throw).
  const shown = typedText === null ? {} : { selected: null, value: typedText }
  const field = {
    ...props.field,
    admin: {
      ...props.field.admin,
      date: { ...date, overrides: { ...date?.overrides, strictParsing: true, onChangeRaw, ...shown } },
    },
  } as typeof props.field
  return <DateTimeField {...props} field={field} />
}
