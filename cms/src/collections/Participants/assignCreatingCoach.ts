import type { CollectionBeforeChangeHook } from 'payload'
import { hasRole } from '../../access/hasRole'
import { idOf } from '../../access/idOf'

/** A coach who registers a participant without naming a coach becomes that participant's coach. */
export const assignCreatingCoach: CollectionBeforeChangeHook = ({ data, operation, req: { user } }) =>
  operation === 'create' && user && hasRole(user, 'coach') && idOf(data.coach) === null ? { ...data, coach: user.id } : data
