import * as migration_20261123_162501_initial from './20261123_162501_initial'

export const migrations = [
  {
    up: migration_20261123_162501_initial.up,
    down: migration_20261123_162501_initial.down,
    name: '20261123_162501_initial',
  },
]
