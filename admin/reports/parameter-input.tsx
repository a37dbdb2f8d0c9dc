'use client'

import { CheckboxInput, FieldLabel, ReactSelect, TextareaInput, TextInput } from '@payloadcms/ui'
import { useEffect, useState } from 'react'

import type { CalendarDate } from '@/lib/dates'
import type { FormField } from '@/reports/pipeline/parameter-form'

import { DayInput } from '../lib/day-input'

type Option = { value: string; label: string }

/** The label of a related record, whatever its collection calls it (a tenancy: its contract reference). */
function labelOf(doc: Record<string, unknown>): string {
  const parts = [doc.number ?? doc.code, doc.name ?? doc.text ?? doc.displayName ?? doc.unitNumber ?? doc.reference]
  return parts.filter((part) => part !== undefined && part !== null && part !== '').join(' ') || String(doc.id)
}

function useRelationOptions(relationTo: string | undefined): Option[] {
  const [options, setOptions] = useState<Option[]>([])
  useEffect(() => {
    if (!relationTo) return
    fetch(`/api/${relationTo}?limit=500&depth=0`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body: { docs: Array<Record<string, unknown>> }) =>
        setOptions(body.docs.map((doc) => ({ value: String(doc.id), label: labelOf(doc) }))),
      )
      .catch(() => setOptions([]))
  }, [relationTo])
  return options
}

/**
 * One parameter of a report's dialog, drawn from its schema (reports/pipeline/parameter-form.ts)
 * with Payload's own inputs, labelled so that a screen reader and `getByLabel` find it.
 */
export function ParameterInput({
  id,
  field,
  value,
  onChange,
  language,
}: {
  id: string
  field: FormField
  value: unknown
  onChange: (value: unknown) => void
  language: 'de' | 'en'
}) {
  const related = useRelationOptions(
    field.kind === 'relation' || field.kind === 'relations' ? field.relationTo : undefined,
  )
  const label = <FieldLabel htmlFor={id} label={field.label} required={field.required} />
  switch (field.kind) {
    case 'boolean':
      return (
        <div className="field-type checkbox">
          <CheckboxInput
            id={id}
            label={field.label}
            checked={Boolean(value)}
            onToggle={(event) => onChange(event.target.checked)}
          />
        </div>
      )
    case 'date':
      return (
        <DayInput
          id={id}
          label={field.label}
          required={field.required}
          value={typeof value === 'string' && value ? (value as CalendarDate) : null}
          onChange={(day) => onChange(day ?? undefined)}
        />
      )
    case 'select': {
      const options = field.options ?? []
      return (
        <div className="field-type select">
          {label}
          <ReactSelect
            inputId={id}
            options={options}
            isClearable={!field.required}
            value={options.find((option) => option.value === value)}
            onChange={(picked) => onChange((picked as Option | null)?.value)}
          />
        </div>
      )
    }
    case 'multiselect':
    case 'relations': {
      const options = field.kind === 'multiselect' ? (field.options ?? []) : related
      const chosen = new Set(((value as unknown[]) ?? []).map(String))
      return (
        <div className="field-type select">
          {label}
          <ReactSelect
            inputId={id}
            isMulti
            options={options}
            value={options.filter((option) => chosen.has(option.value))}
            onChange={(picked) => {
              const values = ((picked as Option[] | null) ?? []).map((option) => option.value)
              onChange(field.kind === 'relations' ? values.map(Number) : values)
            }}
          />
        </div>
      )
    }
    case 'relation':
      return (
        <div className="field-type select">
          {label}
          <ReactSelect
            inputId={id}
            options={related}
            isClearable={!field.required}
            value={related.find((option) => option.value === String(value))}
            onChange={(picked) => onChange(picked ? Number((picked as Option).value) : undefined)}
          />
        </div>
      )
    case 'longtext':
      return (
        <TextareaInput
          path={id}
          label={field.label}
          required={field.required}
          rows={8}
          description={field.description}
          value={typeof value === 'string' ? value : ''}
          onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
        />
      )
    default:
      return (
        <TextInput
          path={id}
          label={field.label}
          required={field.required}
          value={value === undefined || value === null ? '' : String(value)}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) =>
            onChange(
              event.target.value === ''
                ? undefined
                : field.kind === 'number'
                  ? Number(event.target.value)
                  : event.target.value,
            )
          }
        />
      )
  }
}
