import type { FieldHook } from 'payload'
import { idOf } from '../../access/idOf'
import { formatDay } from '../../i18n/formatDay'

/**
 * Titles a trajectory for people: "DS-7K3Q9X2M · Leer Praktijk Centrum Rotterdam-Zuid · 14-02-2026"
 * (participant code, centre, start date), never an id or a timestamp. Runs after the collection's
 * hooks have checked the participant with the writer's access and set the centre.
 */
export const titleTrajectory: FieldHook = async ({ data, originalDoc, req }) => {
  const participantId = idOf((data?.participant ?? originalDoc?.participant))
  const centreId = idOf((data?.centre ?? originalDoc?.centre))
  const startDate = (data?.startDate ?? originalDoc?.startDate) as string | undefined
  // One after the other: both reads share the write's transaction, and a Postgres client runs one
  // query at a time (pg warns about, and will refuse, queries sent while another is running).
  const participant =
    participantId === null
      ? null
      : await req.payload.findByID({ collection: 'participants', id: participantId, depth: 0, overrideAccess: true, req, select: { code: true } }).catch(() => null)
  const centre =
    centreId === null
      ? null
      : await req.payload.findByID({ collection: 'centres', id: centreId, depth: 0, overrideAccess: true, req, select: { name: true } }).catch(() => null)
  return [participant?.code, centre?.name, formatDay(startDate)].filter(Boolean).join(' · ')
}
