import type { Access, AccessResult } from 'payload'
import { centreIdOf } from './centreIdOf'
import { hasRole } from './hasRole'

/** Ladders and learning goals: the built-in ones (no centre) plus the user's centre's own. */
export const canReadOwnCentreOrBuiltin: Access = ({ req: { user } }): AccessResult => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const centre = centreIdOf(user)
  if (centre === null) return { centre: { exists: false } }
  return { or: [{ centre: { equals: centre } }, { centre: { exists: false } }] }
}
