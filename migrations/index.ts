import * as migration_20261123_162501_initial from './20261123_162501_initial'
import * as migration_20261123_165556_individual_fields from './20261123_165556_individual_fields'

export const migrations = [
  {
    up: migration_20261123_162501_initial.up,
    down: migration_20261123_162501_initial.down,
    name: '20261123_162501_initial',
  },
  {
    up: migration_20261123_165556_individual_fields.up,
    down: migration_20261123_165556_individual_fields.down,
    name: '20261123_165556_individual_fields',
  },
]
