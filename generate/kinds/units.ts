import { Random } from '../random'
import { germanAmount, germanDate } from '../values'
import type { Cell, GeneratedKind } from './types'

/** Units of earlier objects, so that a value can be unique in the whole dataset (a metering point). */
const serialBase = (index: number) => index * 1000

export const units: GeneratedKind = {
  name: 'units',
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
  // Individual fields (`--individual-fields N`) as extra columns named by their key (issue 6).
  extraColumns: (global) => global.individualFields.map((definition) => definition.key),
  rows: (world, global) => {
    // Their own random stream: with or without individual fields, the other columns stay the same.
    const random = new Random(global.seed, world.index, 0x1f1d)
    return world.units.map((unit, position) => [
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
      ...global.individualFields.map((definition): Cell =>
        definition.value({
          unit,
          serial: serialBase(world.index) + position + 1,
          round: definition.round,
          random,
          asOf: global.asOf,
        }),
      ),
    ])
  },
}
