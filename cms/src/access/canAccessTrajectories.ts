import type { Access, AccessResult } from 'payload'
import { centreIdOf } from './centreIdOf'
import { getCentreSettings } from './getCentreSettings'
import { hasRole } from './hasRole'

/**
 * Read and update of trajectories: centre admins and coaches of the centre (coaches only their
 * caseload's when the centre says so). Supervisors and policy viewers: none.
 */
export const canAccessTrajectories: Access = async ({ req }): Promise<AccessResult> => {
  const { user } = req
  if (hasRole(user, 'admin')) return true
  const centre = centreIdOf(user)
  if (!user || centre === null) return false
  if (hasRole(user, 'centre-admin')) return { centre: { equals: centre } }
  if (hasRole(user, 'coach')) {
    const { caseloadOnly } = await getCentreSettings(req, centre)
    return caseloadOnly
      ? { and: [{ centre: { equals: centre } }, { coach: { equals: user.id } }] }
      : { centre: { equals: centre } }
  }
  return false
}
