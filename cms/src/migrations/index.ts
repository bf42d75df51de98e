import * as migration_20261125_134019_initial from './20261125_134019_initial';

export const migrations = [
  {
    up: migration_20261125_134019_initial.up,
    down: migration_20261125_134019_initial.down,
    name: '20261125_134019_initial'
  },
];
