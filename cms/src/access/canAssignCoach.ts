import type { FieldAccess } from 'payload'
import type { RelationValue } from './DoorstartUser'
import { hasRole } from './hasRole'
import { idOf, isSameId } from './idOf'

/**
 * Who a participant's coach is decides who reads their special-category notes, so changing it is
 * a centre-admin action (admins too): on an update the field is ignored for everyone else.
 */
export const canChangeCoach: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin', 'centre-admin')

/** On create a coach may name only themselves (or nobody) as the coach. */
export const canSetCoachOnCreate: FieldAccess = ({ req: { user }, data }) => {
  if (hasRole(user, 'admin', 'centre-admin')) return true
  if (!user || !hasRole(user, 'coach')) return false
  const requested = (data as { coach?: RelationValue } | undefined)?.coach
  return idOf(requested) === null || isSameId(requested, user.id)
}
