import type { TypedUser } from 'payload'
import { asDoorstartUser } from './DoorstartUser'
import { centreIdOf } from './centreIdOf'
import { hasRole } from './hasRole'
import type { RelationValue } from './DoorstartUser'
import { isSameId } from './idOf'

export type ApprovalRefusal = 'own-proposal' | 'not-an-approver'

/**
 * Four eyes: an award is approved by a second person, never its proposer — the work supervisor of
 * the participant's workplace, or an admin of the award's centre (or a platform admin).
 * Returns null when the user may approve, else why not.
 */
export const canApproveAward = (
  user: TypedUser | null | undefined,
  award: { proposedBy?: RelationValue; centre?: RelationValue; atWorkplace?: RelationValue },
): ApprovalRefusal | null => {
  if (!user) return 'not-an-approver'
  if (isSameId(award.proposedBy, user.id)) return 'own-proposal'
  if (hasRole(user, 'admin')) return null
  if (!isSameId(award.centre, centreIdOf(user))) return 'not-an-approver'
  if (hasRole(user, 'centre-admin')) return null
  if (hasRole(user, 'work-supervisor') && isSameId(award.atWorkplace, asDoorstartUser(user)?.workplace)) return null
  return 'not-an-approver'
}

/** Revocation: admins of the award's centre (and platform admins), with a reason. */
export const canRevokeAward = (user: TypedUser | null | undefined, award: { centre?: RelationValue }): boolean =>
  hasRole(user, 'admin') || (hasRole(user, 'centre-admin') && isSameId(award.centre, centreIdOf(user)))
