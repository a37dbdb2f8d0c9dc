import type { ServerProps } from 'payload'

import { today } from '@/globals/settings-reader'

import { ActiveFilter } from './active-filter-button'

export async function TenancyActiveFilter({ payload }: ServerProps) {
  return <ActiveFilter start="moveIn" end="moveOut" day={await today(payload)} />
}

export async function FunctionActiveFilter({ payload }: ServerProps) {
  return <ActiveFilter start="from" end="until" day={await today(payload)} />
}
