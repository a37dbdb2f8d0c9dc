import { germanAmount, germanDate } from '../values'
import type { GeneratedKind } from './types'

export const units: GeneratedKind = {
  file: 'units.csv',
  header: [
    'key',
    'object',
    'unitNumber',
    'topNumber',
    'staircase',
    'tenure',
    'holdingType',
    'holdingSubType',
    'status',
    'floor',
    'rooms',
    'netArea',
    'usefulValue',
    'allocationOffice',
    'vacantSince',
  ],
  rows: (world) =>
    world.units.map((unit) => [
      unit.key,
      unit.objectKey,
      unit.unitNumber,
      unit.topNumber,
      unit.staircase,
      unit.tenure,
      unit.holdingType,
      unit.holdingSubType,
      unit.status,
      unit.floor,
      unit.rooms,
      germanAmount(unit.areaCents),
      unit.usefulValue,
      unit.allocationOffice,
      germanDate(unit.vacantSince),
    ]),
}
