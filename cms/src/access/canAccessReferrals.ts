import type { Access } from 'payload'
import { centreIdOf } from './centreIdOf'
import { hasRole } from './hasRole'

/**
 * Referrals (aanmeldingen) name a person before they are a participant: centre admins and coaches
 * of the centre read and update them, admins all. Supervisors and policy viewers none (policy
 * viewers see refusals only as suppressed counts in the reports).
 */
export const canAccessReferrals: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  const centre = centreIdOf(user)
  return hasRole(user, 'centre-admin', 'coach') && centre !== null ? { centre: { equals: centre } } : false
}
