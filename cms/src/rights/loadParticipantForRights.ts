import { Forbidden, NotFound, type PayloadRequest } from 'payload'
import { centreIdOf } from '../access/centreIdOf'
import { hasRole } from '../access/hasRole'
import { idOf, isSameId } from '../access/idOf'
import type { Participant } from '../payload-types'

/**
 * The participant a rights request (export, erasure) is about, once it is clear the user may make
 * it: admins for anyone, centre admins for their own centre's participants. Anyone else gets a
 * 403, an unknown id a 404.
 */
export const loadParticipantForRights = async (req: PayloadRequest, id: number | string): Promise<Participant> => {
  const { user } = req
  if (!hasRole(user, 'admin', 'centre-admin')) throw new Forbidden(req.t)
  const participant = await req.payload.findByID({ collection: 'participants', id, depth: 0, overrideAccess: true, req }).catch(() => null)
  if (!participant) throw new NotFound(req.t)
  if (!hasRole(user, 'admin') && !isSameId(idOf(participant.centre), centreIdOf(user))) throw new Forbidden(req.t)
  return participant
}
