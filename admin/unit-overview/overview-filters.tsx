'use client'

import { Button, CheckboxInput, SelectInput, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { type FormEvent, useState } from 'react'

import type { HauswerkKey } from '@/i18n/language'

import type { OverviewQuery } from './query'

type Option = { value: number | string; label: string }
export type FilterOptions = {
  staircases: Option[]
  costSectors: Option[]
  holdingTypes: Option[]
  billingUnits: Record<string, string[]>
}
type Values = Record<string, string>

const asValues = (query: OverviewQuery): Values =>
  Object.fromEntries(
    Object.entries(query)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, String(value)]),
  )

/**
 * The overview's filters in Payload's select and checkbox. Applying them changes the URL, so every
 * state stays a link staff can share.
 */
export function OverviewFilters({
  base,
  query,
  options,
}: {
  base: string
  query: OverviewQuery
  options: FilterOptions
}) {
  const { t } = useTranslation<object, HauswerkKey>()
  const router = useRouter()
  const [values, setValues] = useState<Values>(() => asValues(query))
  const set = (key: string, value: string | undefined) =>
    setValues((current) => {
      const next = { ...current }
      if (value) next[key] = value
      else delete next[key]
      // A billing unit belongs to its cost sector.
      if (key === 'costSector') delete next.billingUnit
      return next
    })

  const apply = (event: FormEvent) => {
    event.preventDefault()
    router.push(`${base}?${new URLSearchParams({ ...values, tab: query.tab })}`)
  }

  const select = (name: string, label: string, choices: Option[], placeholder: string) => (
    <SelectInput
      name={name}
      path={name}
      label={label}
      placeholder={placeholder}
      options={choices.map((choice) => ({ value: String(choice.value), label: choice.label }))}
      value={values[name] ?? ''}
      onChange={(selected) => set(name, Array.isArray(selected) ? undefined : (selected?.value as string | undefined))}
    />
  )
  const check = (name: string, label: string) => (
    <CheckboxInput
      id={`overview-${name}`}
      label={label}
      checked={values[name] === '1'}
      onToggle={(event) => set(name, event.target.checked ? '1' : undefined)}
    />
  )
  const billingUnits = values.costSector ? (options.billingUnits[values.costSector] ?? []) : []

  return (
    <form className="unit-overview__filters" aria-label={t('hauswerk:overviewFilters')} onSubmit={apply}>
      {query.tab === 'units' ? (
        <>
          {select('staircase', t('hauswerk:overviewStaircase'), options.staircases, t('hauswerk:overviewAll'))}
          {select('costSector', t('hauswerk:overviewCostSector'), options.costSectors, '–')}
          {select(
            'billingUnit',
            t('hauswerk:overviewBillingUnit'),
            billingUnits.map((unit) => ({ value: unit, label: unit })),
            values.costSector ? t('hauswerk:overviewAll') : t('hauswerk:overviewCostSectorFirst'),
          )}
          {check('inactive', t('hauswerk:overviewAlsoInactive'))}
        </>
      ) : (
        <>
          {select(
            'holderKind',
            t('hauswerk:overviewHolders'),
            [
              { value: 'tenant', label: t('hauswerk:overviewOnlyTenants') },
              { value: 'owner', label: t('hauswerk:overviewOnlyOwners') },
            ],
            t('hauswerk:overviewTenantsAndOwners'),
          )}
          {select('holdingType', t('hauswerk:overviewHoldingType'), options.holdingTypes, t('hauswerk:overviewAll'))}
          {check('movedOut', t('hauswerk:overviewAlsoMovedOut'))}
          {check('inactive', t('hauswerk:overviewAlsoInactive'))}
        </>
      )}
      <Button type="submit" buttonStyle="secondary" size="medium">
        {t('hauswerk:filter')}
      </Button>
    </form>
  )
}
