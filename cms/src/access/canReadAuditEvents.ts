import type { Access } from 'payload'
import { centreIdOf } from './centreIdOf'
import { hasRole } from './hasRole'

/**
 * The audit trail: admins read every event, centre admins the events of their own centre, nobody
 * else any (coaches, supervisors and policy viewers never see who read or changed what).
 */
export const canReadAuditEvents: Access = ({ req: { user } }) => {
  if (hasRole(user, 'admin')) return true
  const centre = centreIdOf(user)
  return hasRole(user, 'centre-admin') && centre !== null ? { centre: { equals: centre } } : false
}
