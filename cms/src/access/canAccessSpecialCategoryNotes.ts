import type { FieldAccess } from 'payload'
import { hasRole } from './hasRole'
import { isSameId } from './idOf'

/**
 * Special-category data (health, addiction, justice; GDPR art. 9/10): only the participant's own
 * coach, and platform admins. Not centre admins, not colleagues, not supervisors.
 */
export const canAccessSpecialCategoryNotes: FieldAccess = ({ req: { user }, doc, data }) => {
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  if (!hasRole(user, 'coach')) return false
  const coach = (doc as { coach?: unknown } | undefined)?.coach ?? (data as { coach?: unknown } | undefined)?.coach
  return isSameId(coach as never, user.id)
}
