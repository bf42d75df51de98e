import type { Access, AccessResult } from 'payload'
import { centreIdOf } from './centreIdOf'
import { hasRole } from './hasRole'

/**
 * Reading users: coaches and centre admins see their centre's staff (to assign coaches and
 * supervisors); supervisors and policy viewers see only themselves.
 */
export const canReadUsers: Access = ({ req: { user } }): AccessResult => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const centre = centreIdOf(user)
  if (hasRole(user, 'centre-admin', 'coach') && centre !== null) {
    return { or: [{ id: { equals: user.id } }, { centre: { equals: centre } }] }
  }
  return { id: { equals: user.id } }
}
