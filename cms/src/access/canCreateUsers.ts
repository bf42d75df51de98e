import type { Access } from 'payload'
import { centreIdOf } from './centreIdOf'
import { hasRole } from './hasRole'
import { isSameId } from './idOf'
import type { User } from '../payload-types'

/** Admins create any user; centre admins create non-admin users of their own centre only. */
export const canCreateUsers: Access<Partial<User>> = ({ req: { user }, data }) => {
  if (hasRole(user, 'admin')) return true
  if (!hasRole(user, 'centre-admin')) return false
  const centre = centreIdOf(user)
  if (centre === null) return false
  if (!data) return true
  if (data.role === 'admin') return false
  return data.centre === undefined || data.centre === null || isSameId(data.centre, centre)
}
