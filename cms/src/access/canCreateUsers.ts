import type { Access } from 'payload'
import { centreIdOf } from './centreIdOf'
import { hasRole } from './hasRole'
import { isSameId } from './idOf'

/** Admins create any user; centre admins create non-admin users of their own centre only. */
export const canCreateUsers: Access = ({ req: { user }, data }) => {
  if (hasRole(user, 'admin')) return true
  if (!hasRole(user, 'centre-admin')) return false
  const centre = centreIdOf(user)
  if (centre === null) return false
  if (!data) return true
  const { role, centre: requested } = data as { role?: unknown; centre?: unknown }
  if (role === 'admin') return false
  return requested === undefined || requested === null || isSameId(requested as never, centre)
}
