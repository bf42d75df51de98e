import * as migration_20261125_134814_initial from './20261125_134814_initial';
import * as migration_20261125_141926_trajectory_policies from './20261125_141926_trajectory_policies';
import * as migration_20261201_094918_trajectory_policies_pluspunt_verbindingskamer from './20261201_094918_trajectory_policies_pluspunt_verbindingskamer';
import * as migration_20261201_100632_audit_events from './20261201_100632_audit_events';
import * as migration_20261201_110025_readable_titles from './20261201_110025_readable_titles';
import * as migration_20261201_112045_sign_in_protection from './20261201_112045_sign_in_protection';
import * as migration_20261201_120741_coach_day from './20261201_120741_coach_day';
import * as migration_20261201_130213_awards from './20261201_130213_awards';
import * as migration_20261201_130723_referrals_retention from './20261201_130723_referrals_retention';
import * as migration_20261201_191500_assessment_audit_trigger from './20261201_191500_assessment_audit_trigger';
import * as migration_20261201_193735_goal_progress from './20261201_193735_goal_progress';
import * as migration_20261201_200700_goal_progress_bulk_refresh from './20261201_200700_goal_progress_bulk_refresh';
import * as migration_20261201_221537_record_titles from './20261201_221537_record_titles';

export const migrations = [
  {
    up: migration_20261125_134814_initial.up,
    down: migration_20261125_134814_initial.down,
    name: '20261125_134814_initial',
  },
  {
    up: migration_20261125_141926_trajectory_policies.up,
    down: migration_20261125_141926_trajectory_policies.down,
    name: '20261125_141926_trajectory_policies',
  },
  {
    up: migration_20261201_094918_trajectory_policies_pluspunt_verbindingskamer.up,
    down: migration_20261201_094918_trajectory_policies_pluspunt_verbindingskamer.down,
    name: '20261201_094918_trajectory_policies_pluspunt_verbindingskamer',
  },
  {
    up: migration_20261201_100632_audit_events.up,
    down: migration_20261201_100632_audit_events.down,
    name: '20261201_100632_audit_events',
  },
  {
    up: migration_20261201_110025_readable_titles.up,
    down: migration_20261201_110025_readable_titles.down,
    name: '20261201_110025_readable_titles',
  },
  {
    up: migration_20261201_112045_sign_in_protection.up,
    down: migration_20261201_112045_sign_in_protection.down,
    name: '20261201_112045_sign_in_protection',
  },
  {
    up: migration_20261201_120741_coach_day.up,
    down: migration_20261201_120741_coach_day.down,
    name: '20261201_120741_coach_day',
  },
  {
    up: migration_20261201_130213_awards.up,
    down: migration_20261201_130213_awards.down,
    name: '20261201_130213_awards',
  },
  {
    up: migration_20261201_130723_referrals_retention.up,
    down: migration_20261201_130723_referrals_retention.down,
    name: '20261201_130723_referrals_retention',
  },
  {
    up: migration_20261201_191500_assessment_audit_trigger.up,
    down: migration_20261201_191500_assessment_audit_trigger.down,
    name: '20261201_191500_assessment_audit_trigger',
  },
  {
    up: migration_20261201_193735_goal_progress.up,
    down: migration_20261201_193735_goal_progress.down,
    name: '20261201_193735_goal_progress',
  },
  {
    up: migration_20261201_200700_goal_progress_bulk_refresh.up,
    down: migration_20261201_200700_goal_progress_bulk_refresh.down,
    name: '20261201_200700_goal_progress_bulk_refresh',
  },
  {
    up: migration_20261201_221537_record_titles.up,
    down: migration_20261201_221537_record_titles.down,
    name: '20261201_221537_record_titles'
  },
];
