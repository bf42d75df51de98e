import type { CollectionAfterChangeHook } from 'payload'
import type { RelationValue } from '../../access/DoorstartUser'
import { idOf } from '../../access/idOf'
import { recordAuditEvent } from '../../audit/recordAuditEvent'

/** A new coach (who then reads the special-category notes) goes into the audit trail: who, from whom, to whom. */
export const recordCoachChange: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  if (operation !== 'update') return doc
  const before = idOf(previousDoc?.coach as RelationValue)
  const after = idOf(doc.coach as RelationValue)
  if (String(before) === String(after)) return doc
  await recordAuditEvent(
    req.payload,
    {
      type: 'participant.coach-changed',
      actor: req.user?.id ?? null,
      centre: idOf(doc.centre as RelationValue),
      collection: 'participants',
      recordId: doc.id,
      detail: { from: before, to: after },
    },
    req,
  )
  return doc
}
