import type { Access, AccessResult } from 'payload'
import { centreIdOf } from './centreIdOf'
import { hasRole } from './hasRole'

/** Admins delete any user; a centre admin deletes other non-admin users of their own centre. */
export const canDeleteUsers: Access = ({ req: { user } }): AccessResult => {
  if (hasRole(user, 'admin')) return true
  const centre = centreIdOf(user)
  if (!user || !hasRole(user, 'centre-admin') || centre === null) return false
  return {
    and: [{ centre: { equals: centre } }, { role: { not_equals: 'admin' } }, { id: { not_equals: user.id } }],
  }
}
