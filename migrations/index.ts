import * as migration_20261123_162501_initial from './20261123_162501_initial'
import * as migration_20261123_183615_features from './20261123_183615_features'

export const migrations = [
  {
    up: migration_20261123_162501_initial.up,
    down: migration_20261123_162501_initial.down,
    name: '20261123_162501_initial',
  },
  {
    up: migration_20261123_183615_features.up,
    down: migration_20261123_183615_features.down,
    name: '20261123_183615_features',
  },
]
