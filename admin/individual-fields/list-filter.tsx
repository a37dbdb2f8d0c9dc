'use client'

import { Button, SelectInput, TextInput, useConfig, useListQuery, useTranslation } from '@payloadcms/ui'
import type { Where } from 'payload'
import { type ChangeEvent, useEffect, useState } from 'react'

import { type HauswerkKey, languageOf } from '@/i18n/language'
import type { IndividualFieldDefinition, IndividualFieldModule } from '@/lib/individual-fields/types'

import { DayInput } from '../lib/day-input'
import './individual-fields.css'

const fieldPrefix = 'individualFields.'

/** The condition and sort this filter wrote into the list's query, if any. */
function currentOf(where: unknown): { key: string; value: string } | null {
  const text = JSON.stringify(where ?? {})
  const match = /"individualFields\.([a-z0-9_]+)":\{"(?:equals|contains)":"([^"]*)"/.exec(text)
  return match ? { key: match[1], value: match[2] } : null
}

/**
 * Filter and sort a module's list by one individual field. It writes the same `where` and
 * `sort` that API clients use (`where[individualFields.<key>][equals]=…`,
 * `sort=individualFields.<key>`), so the list and the API agree.
 */
export function IndividualFieldListFilter({ module }: { module: IndividualFieldModule }) {
  const { query, handleWhereChange, handleSortChange } = useListQuery()
  const { config } = useConfig()
  const { t, i18n } = useTranslation<object, HauswerkKey>()
  const language = languageOf(i18n)
  const [definitions, setDefinitions] = useState<Array<IndividualFieldDefinition & { id: number }>>([])
  const current = currentOf(query?.where)
  const [key, setKey] = useState(current?.key ?? '')
  const [value, setValue] = useState(current?.value ?? '')

  useEffect(() => {
    const controller = new AbortController()
    const url = `${config.serverURL}${config.routes.api}/individual-field-definitions?where[module][equals]=${module}&where[archived][not_equals]=true&sort=order&limit=0&depth=0`
    fetch(url, { credentials: 'include', signal: controller.signal })
      .then((response) => response.json())
      .then((result: { docs?: Array<IndividualFieldDefinition & { id: number }> }) => setDefinitions(result.docs ?? []))
      .catch(() => undefined)
    return () => controller.abort()
  }, [config.serverURL, config.routes.api, module])

  if (definitions.length === 0) return null
  const definition = definitions.find((candidate) => candidate.key === key)
  const label = (d: IndividualFieldDefinition) => d.label[language] || d.label.de
  const sort = typeof query?.sort === 'string' ? query.sort : ''

  const apply = () => {
    if (!definition || value === '') return
    const operator = definition.type === 'text' || definition.type === 'longText' ? 'contains' : 'equals'
    handleWhereChange?.({ and: [{ [`${fieldPrefix}${definition.key}`]: { [operator]: value } }] } as Where)
  }

  const pick = (option: unknown) =>
    Array.isArray(option) ? '' : String((option as { value?: unknown } | null)?.value ?? '')
  const valueLabel = t('hauswerk:individualFieldsValue')
  const sortOptions = definitions.flatMap((d) => [
    { value: `${fieldPrefix}${d.key}`, label: `${label(d)} ↑` },
    { value: `-${fieldPrefix}${d.key}`, label: `${label(d)} ↓` },
  ])

  return (
    <div className="individual-fields__filter">
      <SelectInput
        name="individual-field-filter"
        path="individual-field-filter"
        label={t('hauswerk:individualFieldsFilterBy')}
        placeholder="—"
        options={definitions.map((d) => ({ value: d.key, label: label(d) }))}
        value={key}
        onChange={(option) => {
          setKey(pick(option))
          setValue('')
        }}
      />
      {definition?.type === 'choice' || definition?.type === 'choices' ? (
        <SelectInput
          name="individual-field-value"
          path="individual-field-value"
          label={valueLabel}
          placeholder="—"
          options={(definition.options ?? []).map((option) => ({
            value: option.value,
            label: option.label[language] || option.label.de,
          }))}
          value={value}
          onChange={(option) => setValue(pick(option))}
        />
      ) : definition?.type === 'yesNo' ? (
        <SelectInput
          name="individual-field-value"
          path="individual-field-value"
          label={valueLabel}
          placeholder="—"
          options={[
            { value: 'true', label: t('hauswerk:yes') },
            { value: 'false', label: t('hauswerk:no') },
          ]}
          value={value}
          onChange={(option) => setValue(pick(option))}
        />
      ) : definition?.type === 'date' ? (
        <DayInput
          id="individual-field-value"
          label={valueLabel}
          value={value || null}
          onChange={(day) => setValue(day ?? '')}
        />
      ) : definition ? (
        <TextInput
          path="individual-field-value"
          label={valueLabel}
          value={value}
          onChange={(event: ChangeEvent<HTMLInputElement>) => setValue(event.target.value)}
        />
      ) : null}
      <Button buttonStyle="secondary" size="medium" disabled={!definition || value === ''} onClick={apply}>
        {t('hauswerk:filter')}
      </Button>
      {current ? (
        <Button buttonStyle="secondary" size="medium" onClick={() => handleWhereChange?.({} as Where)}>
          {t('hauswerk:individualFieldsRemoveFilter')}
        </Button>
      ) : null}
      <SelectInput
        name="individual-field-sort"
        path="individual-field-sort"
        label={t('hauswerk:individualFieldsSortByField')}
        placeholder={t('hauswerk:individualFieldsSortBy')}
        options={sortOptions}
        value={sort.replace(/^-/, '').startsWith(fieldPrefix) ? sort : ''}
        onChange={(option) => handleSortChange?.(pick(option))}
      />
    </div>
  )
}

export const UnitIndividualFieldFilter = () => <IndividualFieldListFilter module="units" />
export const TenancyIndividualFieldFilter = () => <IndividualFieldListFilter module="tenancies" />
export const PersonIndividualFieldFilter = () => <IndividualFieldListFilter module="persons" />
export const ObjectIndividualFieldFilter = () => <IndividualFieldListFilter module="objects" />
