'use client'

import { Button, useConfig, useListQuery, useTranslation } from '@payloadcms/ui'
import type { Where } from 'payload'
import { useEffect, useState } from 'react'

import type { IndividualFieldDefinition, IndividualFieldModule } from '@/lib/individual-fields/types'

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
  const { i18n } = useTranslation()
  const english = i18n.language === 'en'
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
  const label = (d: IndividualFieldDefinition) => (english ? d.label.en || d.label.de : d.label.de)
  const sort = typeof query?.sort === 'string' ? query.sort : ''

  const apply = () => {
    if (!definition || value === '') return
    const operator = definition.type === 'text' || definition.type === 'longText' ? 'contains' : 'equals'
    handleWhereChange?.({ and: [{ [`${fieldPrefix}${definition.key}`]: { [operator]: value } }] } as Where)
  }

  return (
    <div className="individual-fields__filter">
      <span>{english ? 'Individual field' : 'Indiv. Feld'}</span>
      <select
        aria-label={english ? 'Individual field to filter by' : 'Indiv. Feld zum Filtern'}
        value={key}
        onChange={(event) => {
          setKey(event.target.value)
          setValue('')
        }}
      >
        <option value="">—</option>
        {definitions.map((d) => (
          <option key={d.key} value={d.key}>
            {label(d)}
          </option>
        ))}
      </select>
      {definition?.type === 'choice' || definition?.type === 'choices' ? (
        <select
          aria-label={english ? 'Value' : 'Wert'}
          value={value}
          onChange={(event) => setValue(event.target.value)}
        >
          <option value="">—</option>
          {(definition.options ?? []).map((option) => (
            <option key={option.value} value={option.value}>
              {english ? option.label.en || option.label.de : option.label.de}
            </option>
          ))}
        </select>
      ) : definition?.type === 'yesNo' ? (
        <select
          aria-label={english ? 'Value' : 'Wert'}
          value={value}
          onChange={(event) => setValue(event.target.value)}
        >
          <option value="">—</option>
          <option value="true">{english ? 'yes' : 'ja'}</option>
          <option value="false">{english ? 'no' : 'nein'}</option>
        </select>
      ) : definition ? (
        <input
          aria-label={english ? 'Value' : 'Wert'}
          value={value}
          type={definition.type === 'date' ? 'date' : definition.type === 'number' ? 'number' : 'text'}
          onChange={(event) => setValue(event.target.value)}
        />
      ) : null}
      <Button buttonStyle="secondary" size="small" disabled={!definition || value === ''} onClick={apply}>
        {english ? 'Filter' : 'Filtern'}
      </Button>
      {current ? (
        <Button buttonStyle="secondary" size="small" onClick={() => handleWhereChange?.({} as Where)}>
          {english ? 'Remove filter' : 'Filter entfernen'}
        </Button>
      ) : null}
      <select
        aria-label={english ? 'Sort by individual field' : 'Sortieren nach indiv. Feld'}
        value={sort.replace(/^-/, '').startsWith(fieldPrefix) ? sort : ''}
        onChange={(event) => handleSortChange?.(event.target.value || '')}
      >
        <option value="">{english ? 'Sort by …' : 'Sortieren nach …'}</option>
        {definitions.flatMap((d) => [
          <option key={`${d.key}-asc`} value={`${fieldPrefix}${d.key}`}>
            {label(d)} ↑
          </option>,
          <option key={`${d.key}-desc`} value={`-${fieldPrefix}${d.key}`}>
            {label(d)} ↓
          </option>,
        ])}
      </select>
    </div>
  )
}

export const UnitIndividualFieldFilter = () => <IndividualFieldListFilter module="units" />
export const TenancyIndividualFieldFilter = () => <IndividualFieldListFilter module="tenancies" />
export const PersonIndividualFieldFilter = () => <IndividualFieldListFilter module="persons" />
export const ObjectIndividualFieldFilter = () => <IndividualFieldListFilter module="objects" />
