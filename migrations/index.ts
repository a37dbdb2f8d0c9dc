import * as migration_20261123_162501_initial from './20261123_162501_initial'
import * as migration_20261123_165556_individual_fields from './20261123_165556_individual_fields'
import * as migration_20261123_165737_import from './20261123_165737_import'

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
  {
    up: migration_20261123_165737_import.up,
    down: migration_20261123_165737_import.down,
    name: '20261123_165737_import',
  },
]
