import type { Access, AccessResult } from 'payload'
import { scopeForCentreStaff } from './scopeForCentreStaff'

/**
 * Read and update of trajectories: centre admins and coaches of the centre (coaches only their
 * caseload's when the centre says so). Supervisors and policy viewers: none.
 */
export const canAccessTrajectories: Access = async ({ req }): Promise<AccessResult> =>
  (await scopeForCentreStaff(req)) ?? false
