import { storedDate } from '@/lib/dates'

import {
  costSectors,
  functionTypes,
  holdingTypes,
  interestRates,
  municipalities,
  objectGroups,
  rentCategories,
  unitStatuses,
  vacancyReasons,
} from './configuration-data'
import type { SeedContext } from './context'
import { shippedRoles } from './roles'

export type Configuration = Awaited<ReturnType<typeof seedConfiguration>>

/** Roles, configuration tables and settings: what every fresh Hauswerk needs, demo or not. */
export async function seedConfiguration({ payload, req }: SeedContext) {
  const create = <T extends Parameters<typeof payload.create>[0]['collection']>(
    collection: T,
    data: Record<string, unknown>,
  ) => payload.create({ collection, data: data as never, req, depth: 0 })

  const roles = {} as Record<
    'administrator' | 'clerk' | 'clerkWithoutBankData' | 'accounting' | 'auditor',
    { id: number }
  >
  for (const role of shippedRoles) {
    roles[role.key as keyof typeof roles] = await create('roles', {
      name: role.name,
      description: role.description,
      readOnly: role.readOnly,
      permissions: role.permissions.map(String),
    })
  }

  const statuses = new Map<number, number>()
  for (const status of unitStatuses) statuses.set(status.code, (await create('unit-statuses', status)).id)

  const holding = new Map<number, { id: number; subTypes: Map<string, number> }>()
  for (const type of holdingTypes) {
    const created = await create('holding-types', { code: type.code, text: type.text })
    const subTypes = new Map<string, number>()
    for (const [index, name] of type.subTypes.entries()) {
      subTypes.set(name, (await create('holding-sub-types', { holdingType: created.id, name, sortOrder: index })).id)
    }
    holding.set(type.code, { id: created.id, subTypes })
  }

  const byCode = async <T extends { code: string | number }>(
    collection: Parameters<typeof create>[0],
    rows: readonly T[],
  ) => {
    const ids = new Map<T['code'], number>()
    for (const row of rows) ids.set(row.code, (await create(collection, row)).id)
    return ids
  }
  const rent = await byCode('rent-categories', rentCategories)
  const reasons = await byCode('vacancy-reasons', vacancyReasons)
  const groups = await byCode('object-groups', objectGroups)
  const sectors = await byCode('cost-sectors', costSectors)
  const functions = await byCode(
    'function-types',
    functionTypes.map((type) => ({ ...type, appliesTo: [...type.appliesTo] })),
  )
  const places = await byCode('municipalities', municipalities)
  for (const rate of interestRates) await create('interest-rates', { ...rate, validFrom: storedDate(rate.validFrom) })

  await payload.updateGlobal({
    slug: 'settings',
    req,
    data: {
      unitGroupLabels: { group1: 'Bauteil-Nr.', group2: 'Förderaktion', group3: '', group4: '' },
      allocatingFunctionCode: 50,
      contractDataViewEnabled: true,
      ibanCheckModules: ['company', 'person', 'prospect', 'member', 'holder'],
      timeZone: 'Europe/Vienna',
      company: {
        name: 'Hauswerk Demo Hausverwaltung GmbH',
        address: {
          street: 'Landstraßer Hauptstraße',
          houseNumber: '71',
          postcode: '1030',
          city: 'Wien',
          country: 'AT',
        },
        iban: 'AT611904300234573201',
        bic: 'BKAUATWW',
        letterhead: 'Hauswerk Demo Hausverwaltung GmbH · Landstraßer Hauptstraße 71 · 1030 Wien',
      },
    },
  })

  return { roles, statuses, holding, rent, reasons, groups, sectors, functions, places }
}
