import { germanDate } from '../values'
import type { GenFunction } from '../world'
import type { Cell, GeneratedKind } from './types'

const row = (fn: GenFunction): Cell[] => [
  fn.key,
  fn.type,
  fn.person,
  fn.unit,
  fn.object,
  fn.tenancy,
  fn.allocationOffice,
  germanDate(fn.from),
  germanDate(fn.until),
  fn.remark,
]

export const functions: GeneratedKind = {
  name: 'functions',
  file: 'functions.csv',
  header: ['key', 'type', 'person', 'unit', 'object', 'tenancy', 'allocationOffice', 'from', 'until', 'remark'],
  global: (world) => world.functions.map(row),
  rows: (world) => world.functions.map(row),
}
