'use client'

import {
  CheckboxInput,
  FieldLabel,
  SelectInput,
  TextareaInput,
  TextInput,
  useField,
  useFormFields,
  useTranslation,
} from '@payloadcms/ui'
import { type ChangeEvent, useEffect, useMemo } from 'react'

import { type HauswerkKey, languageOf } from '@/i18n/language'
import { toCalendarDate } from '@/lib/dates'
import type { Language } from '@/lib/format'

import { byOrder, formatValue } from '@/lib/individual-fields/format'
import type { IndividualFieldDefinition, IndividualFieldValue } from '@/lib/individual-fields/types'

import { DayInput } from '../lib/day-input'
import './individual-fields.css'

type Values = Record<string, IndividualFieldValue | null>

const none = '—'

function Input({
  definition,
  value,
  onChange,
  readOnly,
  language,
  id,
  invalid,
}: {
  definition: IndividualFieldDefinition
  value: IndividualFieldValue | null | undefined
  onChange: (value: IndividualFieldValue | null) => void
  readOnly: boolean
  language: Language
  id: string
  invalid: boolean
}) {
  const { t } = useTranslation<object, HauswerkKey>()
  const label = definition.label[language] || definition.label.de
  const required = Boolean(definition.required)
  const placeholder = definition.defaultValue
    ? t('hauswerk:individualFieldsDefault', { value: definition.defaultValue })
    : undefined
  const optionLabel = (option: { label: { de: string; en?: string | null } }) =>
    option.label[language] || option.label.de
  const select = (options: Array<{ value: string; label: string }>, current: string) => (
    <SelectInput
      name={id}
      path={id}
      label={label}
      required={required}
      readOnly={readOnly}
      showError={invalid}
      placeholder={none}
      options={options}
      value={current}
      onChange={(option) => {
        const picked = Array.isArray(option) ? undefined : option?.value
        onChange(picked === undefined || picked === null || picked === '' ? null : String(picked))
      }}
    />
  )
  switch (definition.type) {
    case 'longText':
      return (
        <TextareaInput
          path={id}
          label={label}
          required={required}
          readOnly={readOnly}
          showError={invalid}
          placeholder={placeholder}
          value={String(value ?? '')}
          onChange={(event) => onChange(event.target.value === '' ? null : event.target.value)}
        />
      )
    case 'number':
      // Payload's number field is a form field; this is its markup around a plain number input.
      return (
        <div className={`field-type number${invalid ? ' error' : ''}${readOnly ? ' read-only' : ''}`}>
          <FieldLabel htmlFor={id} label={label} required={required} />
          <div className="field-type__wrap individual-fields__number">
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
        </div>
      )
    case 'date':
      return (
        <DayInput
          id={id}
          label={label}
          required={required}
          value={typeof value === 'string' ? toCalendarDate(value) : null}
          readOnly={readOnly}
          onChange={onChange}
        />
      )
    case 'yesNo': {
      const picked = value === true ? 'yes' : value === false ? 'no' : ''
      return (
        <SelectInput
          name={id}
          path={id}
          label={label}
          required={required}
          readOnly={readOnly}
          showError={invalid}
          placeholder={none}
          options={[
            { value: 'yes', label: t('hauswerk:yes') },
            { value: 'no', label: t('hauswerk:no') },
          ]}
          value={picked}
          onChange={(option) => {
            const next = Array.isArray(option) ? undefined : option?.value
            onChange(next === 'yes' ? true : next === 'no' ? false : null)
          }}
        />
      )
    }
    case 'choice':
      return select(
        (definition.options ?? []).map((option) => ({ value: option.value, label: optionLabel(option) })),
        String(value ?? ''),
      )
    case 'choices': {
      const selected = Array.isArray(value) ? value : []
      return (
        <fieldset className="field-type individual-fields__choices">
          <legend className="field-label">
            {label}
            {required ? <span className="required">*</span> : null}
          </legend>
          {(definition.options ?? []).map((option) => (
            <CheckboxInput
              key={option.value}
              id={`${id}-${option.value}`}
              label={optionLabel(option)}
              checked={selected.includes(option.value)}
              readOnly={readOnly}
              onToggle={(event) => {
                const next = event.target.checked
                  ? [...selected, option.value]
                  : selected.filter((item) => item !== option.value)
                onChange(next.length ? next : null)
              }}
            />
          ))}
        </fieldset>
      )
    }
    default:
      return (
        <TextInput
          path={id}
          label={label}
          required={required}
          readOnly={readOnly}
          showError={invalid}
          placeholder={placeholder}
          value={String(value ?? '')}
          onChange={(event: ChangeEvent<HTMLInputElement>) =>
            onChange(event.target.value === '' ? null : event.target.value)
          }
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
}: {
  definitions: IndividualFieldDefinition[]
  path: string
  readOnly: boolean
}) {
  const { t, i18n } = useTranslation<object, HauswerkKey>()
  const language = languageOf(i18n)
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

  if (definitions.length === 0) return <p>{t('hauswerk:individualFieldsNone')}</p>
  return (
    <div className="individual-fields">
      {[...groups.entries()].map(([group, members]) => (
        <section className="individual-fields__group" key={group || '-'}>
          {groups.size > 1 || group ? <h4>{group || t('hauswerk:individualFieldsOther')}</h4> : null}
          <div className="individual-fields__grid">
            {members.map((definition) => {
              const id = `individual-field-${definition.key}`
              const error = errors.get(definition.key)
              return (
                <div
                  key={definition.key}
                  className={`individual-fields__field${error ? ' individual-fields__field--invalid' : ''}`}
                >
                  <Input
                    id={id}
                    definition={definition}
                    value={values[definition.key]}
                    readOnly={readOnly}
                    language={language}
                    invalid={Boolean(error)}
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
          <h4>{t('hauswerk:individualFieldsArchivedGroup')}</h4>
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
