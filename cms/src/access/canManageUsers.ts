import type { Access, AccessResult } from 'payload'
import { centreIdOf } from './centreIdOf'
import { hasRole } from './hasRole'

/**
 * Users: admins manage all; a centre admin manages the non-admin users of their own centre;
 * everyone else only themselves. Another centre's users (passwords, roles) are out of reach.
 */
export const canManageUsers: Access = ({ req: { user } }): AccessResult => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const centre = centreIdOf(user)
  if (hasRole(user, 'centre-admin') && centre !== null) {
    return {
      or: [
        { id: { equals: user.id } },
        { and: [{ centre: { equals: centre } }, { role: { not_equals: 'admin' } }] },
      ],
    }
  }
  return { id: { equals: user.id } }
}
