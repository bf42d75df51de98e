import type { FieldAccess } from 'payload'
import { centreIdOf } from './centreIdOf'
import { getCentreSettings } from './getCentreSettings'
import { hasRole } from './hasRole'
import { idOf } from './idOf'
import type { Participant } from '../payload-types'

/**
 * The BSN: staff who read personal fields, and only where the participant's centre records BSNs
 * (a statute permits it). Without a document (a `where` or `sort` on `bsn`) the signed-in user's
 * own centre decides, so a coach of a centre without BSNs cannot even ask whether one matches.
 */
export const canReadBsn: FieldAccess<Participant> = async ({ req, doc }) => {
  const { user } = req
  if (!hasRole(user, 'admin', 'centre-admin', 'coach')) return false
  const centre = doc ? idOf(doc.centre) : centreIdOf(user)
  if (centre === null) return hasRole(user, 'admin') && !doc
  return (await getCentreSettings(req, centre)).bsnEnabled
}
