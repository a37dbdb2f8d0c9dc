import * as migration_20261123_162501_initial from './20261123_162501_initial'
import * as migration_20261123_183615_features from './20261123_183615_features'
import * as migration_20261123_185954_forms from './20261123_185954_forms'

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
  {
    up: migration_20261123_185954_forms.up,
    down: migration_20261123_185954_forms.down,
    name: '20261123_185954_forms',
  },
]
