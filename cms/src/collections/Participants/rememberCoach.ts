import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'
import type { RelationValue } from '../../access/DoorstartUser'
import type { Participant } from '../../payload-types'

const key = (id: number | string): string => `doorstart:coach-before-write:${id}`

/**
 * Remembers, for the rest of the request, who a participant's coach was before this write, so
 * field access (special-category notes) keeps deciding by the stored coach and not by one the
 * request has just set.
 */
export const rememberCoach: CollectionBeforeChangeHook<Participant> = ({ data, operation, originalDoc, req }) => {
  if (operation === 'update' && originalDoc?.id !== undefined && !(key(originalDoc.id) in req.context)) {
    req.context[key(originalDoc.id)] = originalDoc.coach ?? null
  }
  return data
}

/** The coach stored before this request wrote the participant; `undefined` when it did not. */
export const coachBeforeWrite = (req: PayloadRequest, id: number | string | undefined): RelationValue | undefined =>
  id === undefined ? undefined : (req.context[key(id)] as RelationValue | undefined)
