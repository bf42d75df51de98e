import type { AccessResult, PayloadRequest } from 'payload'
import { centreIdOf } from './centreIdOf'
import { getCentreSettings } from './getCentreSettings'
import { hasRole } from './hasRole'

/**
 * The records of people (participants, trajectories) that admins, centre admins and coaches may
 * read and update: admins all, centre admins their centre's, coaches their centre's or only
 * their own caseload when the centre says so. `null` for any other user, whose rules the caller
 * decides. `coachPath` names the field that holds the coach: `coach` on participants and
 * trajectories, `participant.coach` on records about a participant (assessments, reviews).
 */
export const scopeForCentreStaff = async (
  req: PayloadRequest,
  options: { coachPath?: string } = {},
): Promise<AccessResult | null> => {
  const { user } = req
  if (hasRole(user, 'admin')) return true
  const centre = centreIdOf(user)
  if (!user || centre === null) return false
  if (hasRole(user, 'centre-admin')) return { centre: { equals: centre } }
  if (hasRole(user, 'coach')) {
    const { caseloadOnly } = await getCentreSettings(req, centre)
    return caseloadOnly
      ? { and: [{ centre: { equals: centre } }, { [options.coachPath ?? 'coach']: { equals: user.id } }] }
      : { centre: { equals: centre } }
  }
  return null
}
