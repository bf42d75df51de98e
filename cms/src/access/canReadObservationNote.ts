import type { FieldAccess } from 'payload'
import { hasRole } from './hasRole'
import type { Observation } from '../payload-types'

/**
 * The note of an observation: a work supervisor reads only notes written by work supervisors,
 * never a coach's (issue 10: supervisors never see coach notes). Everyone else who may read the
 * observation reads its note.
 */
export const canReadObservationNote: FieldAccess<Observation> = ({ req: { user }, doc }) => {
  if (!user) return false
  if (!hasRole(user, 'work-supervisor')) return true
  return doc?.observerRole === 'supervisor'
}
