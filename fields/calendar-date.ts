import type { DateField, FieldHook, TextField } from 'payload'

import { message } from '@/i18n/messages'
import { isValidCalendarDate, storedDate, toCalendarDate } from '@/lib/dates'

import { sealed } from './sealed'

/** Keeps the day as written, whatever time or offset came with it. */
const normalizeCalendarDate: FieldHook = ({ value }) => {
  if (value === undefined || value === null || value === '') return value === '' ? null : value
  if (value instanceof Date || (typeof value === 'string' && isValidCalendarDate(value))) {
    const day = toCalendarDate(value)
    return day ? storedDate(day) : value
  }
  return value
}

type Options = Omit<Partial<DateField>, 'type' | 'name' | 'label'>

/** A calendar date (SPEC section 5), shown as 31.12.2026. */
export function calendarDate(name: string, label: DateField['label'], options: Options = {}): DateField {
  const { hooks, admin, validate, ...rest } = options
  return {
    name,
    label,
    type: 'date',
    ...rest,
    admin: {
      date: { pickerAppearance: 'dayOnly', displayFormat: 'dd.MM.yyyy' },
      ...admin,
      components: { Field: '@/admin/fields/calendar-date-field#CalendarDateField', ...admin?.components },
    },
    hooks: { ...hooks, beforeValidate: [normalizeCalendarDate, ...(hooks?.beforeValidate ?? [])] },
    validate: async (value, args) => {
      if (value !== null && value !== undefined && !(typeof value === 'string' && isValidCalendarDate(value))) {
        return message(args.req, 'invalidDate')
      }
      if (rest.required && !value) return args.req.t('validation:required')
      return validate ? validate(value, args) : true
    },
  } as DateField
}

/**
 * A calendar date stored encrypted (a date of birth, ADR 0063): a text column holding the sealed
 * `storedDate` form, so reads return what a date field returns; the admin still shows a day
 * picker. Neither sortable nor filterable; its hash lets the import compare it.
 */
export function sealedCalendarDate(name: string, label: DateField['label'], options: Options = {}): TextField[] {
  const date = calendarDate(name, label, options)
  return sealed(
    {
      name,
      label,
      type: 'text',
      hooks: date.hooks,
      validate: date.validate,
      admin: {
        ...options.admin,
        components: { Field: '@/admin/fields/sealed-date-field#SealedDateField' },
      },
    } as TextField,
    { fingerprint: true },
  )
}

/** Refuses an end date before the start date of the same record. */
export function notBefore(startField: string) {
  return (
    value: unknown,
    { siblingData, req }: { siblingData: Record<string, unknown>; req: Parameters<typeof message>[0] },
  ) => {
    const start = toCalendarDate(siblingData?.[startField] as string | null)
    const end = toCalendarDate(value as string | null)
    return start && end && end < start ? message(req, 'endBeforeStart') : true
  }
}
