import * as migration_20261123_162501_initial from './20261123_162501_initial';
import * as migration_20261123_165738_documents from './20261123_165738_documents';

export const migrations = [
  {
    up: migration_20261123_162501_initial.up,
    down: migration_20261123_162501_initial.down,
    name: '20261123_162501_initial',
  },
  {
    up: migration_20261123_165738_documents.up,
    down: migration_20261123_165738_documents.down,
    name: '20261123_165738_documents'
  },
];
