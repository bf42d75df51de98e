import * as migration_20261125_134814_initial from './20261125_134814_initial';
import * as migration_20261125_141926_trajectory_policies from './20261125_141926_trajectory_policies';

export const migrations = [
  {
    up: migration_20261125_134814_initial.up,
    down: migration_20261125_134814_initial.down,
    name: '20261125_134814_initial',
  },
  {
    up: migration_20261125_141926_trajectory_policies.up,
    down: migration_20261125_141926_trajectory_policies.down,
    name: '20261125_141926_trajectory_policies'
  },
];
