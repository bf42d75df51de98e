import type { Access, Where } from 'payload'
import { centreIdOf } from './centreIdOf'
import { hasRole } from './hasRole'

/** Ending an account's sign-in waits: admins for everyone, a centre admin for their centre's non-admins. */
export const canUnlockUsers: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  const centre = centreIdOf(user)
  if (!hasRole(user, 'centre-admin') || centre === null) return false
  const where: Where = { and: [{ centre: { equals: centre } }, { role: { not_equals: 'admin' } }] }
  return where
}
