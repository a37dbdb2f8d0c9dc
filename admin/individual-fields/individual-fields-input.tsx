'use client'

import { DatePicker, useField, useFormFields } from '@payloadcms/ui'
import { useEffect, useMemo, useRef } from 'react'

import { byOrder, formatValue } from '@/lib/individual-fields/format'
import type { IndividualFieldDefinition, IndividualFieldValue } from '@/lib/individual-fields/types'

import './individual-fields.css'

type Values = Record<string, IndividualFieldValue | null>
type Language = 'de' | 'en'

const texts = {
  de: {
    none: '—',
    yes: 'ja',
    no: 'nein',
    other: 'Weitere',
    archived: 'Archiviert (nur lesbar)',
    empty: 'Für dieses Modul sind noch keine individuellen Felder angelegt.',
    defaultIs: 'Standard',
  },
  en: {
    none: '—',
    yes: 'yes',
    no: 'no',
    other: 'Other',
    archived: 'Archived (read only)',
    empty: 'No individual fields are defined for this module yet.',
    defaultIs: 'Default',
  },
}

/** The day the person picked, as written in their time zone. */
function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/**
 * Payload's own date picker (dd.MM.yyyy whatever the browser's language, SPEC section 5). It
 * puts `id` on its wrapper, so the input gets the id here and the label points at it.
 */
function DateInput({
  id,
  value,
  readOnly,
  onChange,
}: {
  id: string
  value: IndividualFieldValue | null | undefined
  readOnly: boolean
  onChange: (value: string | null) => void
}) {
  const wrapper = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const input = wrapper.current?.querySelector('input')
    if (input) input.id = id
  })
  return (
    <div ref={wrapper}>
      <DatePicker
        id={`${id}-picker`}
        pickerAppearance="dayOnly"
        displayFormat="dd.MM.yyyy"
        // Never `new Date(text)`: it turns 31.02.2026 into another day (admin/fields/calendar-date-field.tsx).
        overrides={{ strictParsing: true }}
        readOnly={readOnly}
        value={typeof value === 'string' ? new Date(`${value}T12:00:00`) : undefined}
        onChange={(picked) => onChange(picked ? localDay(picked) : null)}
      />
    </div>
  )
}

function Input({
  definition,
  value,
  onChange,
  readOnly,
  language,
  id,
}: {
  definition: IndividualFieldDefinition
  value: IndividualFieldValue | null | undefined
  onChange: (value: IndividualFieldValue | null) => void
  readOnly: boolean
  language: Language
  id: string
}) {
  const t = texts[language]
  const placeholder = definition.defaultValue ? `${t.defaultIs}: ${definition.defaultValue}` : undefined
  switch (definition.type) {
    case 'longText':
      return (
        <textarea
          id={id}
          value={String(value ?? '')}
          readOnly={readOnly}
          placeholder={placeholder}
          onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
        />
      )
    case 'number':
      return (
        <div className="individual-fields__number">
          <input
            id={id}
            type="number"
            value={value === null || value === undefined ? '' : String(value)}
            step={1 / 10 ** (definition.decimals ?? 0)}
            readOnly={readOnly}
            placeholder={placeholder}
            onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}
          />
          {definition.unit ? <span>{definition.unit}</span> : null}
        </div>
      )
    case 'date':
      return <DateInput id={id} value={value} readOnly={readOnly} onChange={onChange} />
    case 'yesNo':
      return (
        <select
          id={id}
          value={value === true ? 'yes' : value === false ? 'no' : ''}
          disabled={readOnly}
          onChange={(event) => onChange(event.target.value === '' ? null : event.target.value === 'yes')}
        >
          <option value="">{t.none}</option>
          <option value="yes">{t.yes}</option>
          <option value="no">{t.no}</option>
        </select>
      )
    case 'choice':
      return (
        <select
          id={id}
          value={String(value ?? '')}
          disabled={readOnly}
          onChange={(event) => onChange(event.target.value || null)}
        >
          <option value="">{t.none}</option>
          {(definition.options ?? []).map((option) => (
            <option key={option.value} value={option.value}>
              {option.label[language] || option.label.de}
            </option>
          ))}
        </select>
      )
    case 'choices': {
      const selected = Array.isArray(value) ? value : []
      return (
        <div className="individual-fields__choices" role="group" aria-labelledby={`${id}-label`}>
          {(definition.options ?? []).map((option) => (
            <label key={option.value}>
              <input
                type="checkbox"
                checked={selected.includes(option.value)}
                disabled={readOnly}
                onChange={(event) => {
                  const next = event.target.checked
                    ? [...selected, option.value]
                    : selected.filter((item) => item !== option.value)
                  onChange(next.length ? next : null)
                }}
              />{' '}
              {option.label[language] || option.label.de}
            </label>
          ))}
        </div>
      )
    }
    default:
      return (
        <input
          id={id}
          type="text"
          value={String(value ?? '')}
          readOnly={readOnly}
          placeholder={placeholder}
          onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
        />
      )
  }
}

/**
 * Edits the record's `individualFields` JSON through the form state, one input per definition,
 * grouped and in order. Cleared inputs send `null` (the API treats the object as a patch). The
 * server names errors `individualFields.<key>`; they are shown at their input and kept out of
 * the submitted data.
 */
export function IndividualFieldsInput({
  definitions,
  path,
  readOnly,
  language,
}: {
  definitions: IndividualFieldDefinition[]
  path: string
  readOnly: boolean
  language: Language
}) {
  const { value, setValue } = useField<Values | null>({ path })
  const values: Values = value && typeof value === 'object' ? value : {}
  const prefix = `${path}.`
  const errorFields = useFormFields(([fields]) =>
    Object.entries(fields).filter(([fieldPath, state]) => fieldPath.startsWith(prefix) && state?.errorMessage),
  )
  const dispatch = useFormFields(([, dispatchFields]) => dispatchFields)
  const errors = new Map(
    errorFields.map(([fieldPath, state]) => [fieldPath.slice(prefix.length), String(state.errorMessage)]),
  )

  // Error entries the server adds under our path must not be submitted as values.
  useEffect(() => {
    for (const [fieldPath, state] of errorFields) {
      if (!state.disableFormData) dispatch({ type: 'UPDATE', path: fieldPath, disableFormData: true })
    }
  }, [errorFields, dispatch])

  const t = texts[language]
  const active = useMemo(() => definitions.filter((d) => !d.archived).sort(byOrder), [definitions])
  const archived = definitions.filter((d) => d.archived && values[d.key] !== undefined && values[d.key] !== null)
  const groups = new Map<string, IndividualFieldDefinition[]>()
  for (const definition of active) {
    const group = definition.group?.trim() || ''
    groups.set(group, [...(groups.get(group) ?? []), definition])
  }

  const change = (key: string, next: IndividualFieldValue | null) => {
    setValue({ ...values, [key]: next })
    if (errors.has(key)) dispatch({ type: 'UPDATE', path: `${prefix}${key}`, errorMessage: undefined, valid: true })
  }

  if (definitions.length === 0) return <p>{t.empty}</p>
  return (
    <div className="individual-fields">
      {[...groups.entries()].map(([group, members]) => (
        <section className="individual-fields__group" key={group || '-'}>
          {groups.size > 1 || group ? <h4>{group || t.other}</h4> : null}
          <div className="individual-fields__grid">
            {members.map((definition) => {
              const id = `individual-field-${definition.key}`
              const error = errors.get(definition.key)
              return (
                <div
                  key={definition.key}
                  className={`individual-fields__field${error ? ' individual-fields__field--invalid' : ''}`}
                >
                  <label htmlFor={id} id={`${id}-label`}>
                    {definition.label[language] || definition.label.de}
                    {definition.required ? <span className="required"> *</span> : null}
                  </label>
                  <Input
                    id={id}
                    definition={definition}
                    value={values[definition.key]}
                    readOnly={readOnly}
                    language={language}
                    onChange={(next) => change(definition.key, next)}
                  />
                  {definition.helpText ? <div className="individual-fields__help">{definition.helpText}</div> : null}
                  {error ? (
                    <div className="individual-fields__error" role="alert">
                      {error}
                    </div>
                  ) : null}
                </div>
              )
            })}
          </div>
        </section>
      ))}
      {archived.length > 0 ? (
        <section className="individual-fields__group">
          <h4>{t.archived}</h4>
          <dl>
            {archived.map((definition) => (
              <div key={definition.key}>
                <dt>{definition.label[language] || definition.label.de}</dt>
                <dd>{formatValue(definition, values[definition.key] as IndividualFieldValue, language)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
    </div>
  )
}
